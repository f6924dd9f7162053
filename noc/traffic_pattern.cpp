#include "noc/traffic_pattern.h"

#include "common/errors.h"

namespace nm {

TrafficPattern parse_traffic_pattern(const std::string& name) {
  if (name == "uniform") return TrafficPattern::Uniform;
  if (name == "transpose") return TrafficPattern::Transpose;
  if (name == "bitcomplement") return TrafficPattern::BitComplement;
  if (name == "hotspot") return TrafficPattern::Hotspot;
  throw UserError("--traffic must be uniform, transpose, bitcomplement or hotspot, not '" + name +
                  "'");
}

TrafficDestinations::TrafficDestinations(TrafficPattern pattern, const MeshShape& shape,
                                         double hotspot_fraction)
    : pattern_(pattern), shape_(shape), hotspot_fraction_(hotspot_fraction) {
  if (pattern == TrafficPattern::Transpose && shape.width != shape.height)
    throw UserError("--traffic transpose needs a square mesh, this one is " +
                    std::to_string(shape.width) + "x" + std::to_string(shape.height));
  if (!(hotspot_fraction >= 0.0 && hotspot_fraction <= 1.0))
    throw UserError("--hotspot-fraction must be between 0 and 1");
}

CoreId TrafficDestinations::destination(CoreId src, Rng& rng) const {
  const std::uint32_t slot = src % shape_.local_ports;
  const std::uint32_t r = src / shape_.local_ports;
  const std::uint32_t x = r % shape_.width, y = r / shape_.width;
  const auto node = [this](std::uint32_t nx, std::uint32_t ny, std::uint32_t s) {
    return static_cast<CoreId>((ny * shape_.width + nx) * shape_.local_ports + s);
  };
  switch (pattern_) {
    case TrafficPattern::Uniform: return static_cast<CoreId>(rng.below(nodes()));
    case TrafficPattern::Transpose: return node(y, x, slot);
    case TrafficPattern::BitComplement:
      return node(shape_.width - 1 - x, shape_.height - 1 - y, slot);
    case TrafficPattern::Hotspot:
      if (rng.bernoulli(hotspot_fraction_)) return node(shape_.width / 2, shape_.height / 2, 0);
      return static_cast<CoreId>(rng.below(nodes()));
  }
  throw InternalError("unknown traffic pattern");
}

}  // namespace nm
