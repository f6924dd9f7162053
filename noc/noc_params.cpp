#include "noc/noc_params.h"

#include <cmath>

#include "common/errors.h"

namespace nm {

namespace {

void require_at_least_one(std::uint64_t value, const char* key) {
  if (value < 1) throw UserError(std::string(key) + " must be at least 1, got 0");
}

void require_energy(double value, const char* key) {
  if (!std::isfinite(value) || value < 0.0)
    throw UserError(std::string(key) + " must be a finite energy >= 0 pJ, got " +
                    std::to_string(value));
}

}  // namespace

void NocParams::validate() const {
  require_at_least_one(buffer_depth_flits, "noc.buffer_depth_flits");
  require_at_least_one(link_cycles_per_flit, "noc.link_cycles_per_flit");
  require_at_least_one(hop_east_west_cycles, "noc.hop_east_west_cycles");
  require_at_least_one(hop_north_south_cycles, "noc.hop_north_south_cycles");
  require_at_least_one(local_delivery_cycles, "noc.local_delivery_cycles");
  require_at_least_one(credit_return_cycles, "noc.credit_return_cycles");
  require_energy(hop_east_west_pj, "noc.hop_east_west_pj");
  require_energy(hop_north_south_pj, "noc.hop_north_south_pj");
  require_energy(local_delivery_pj, "noc.local_delivery_pj");
}

std::string to_string(RoutingAlgorithm r) {
  switch (r) {
    case RoutingAlgorithm::XY:
      return "xy";
    case RoutingAlgorithm::YX:
      return "yx";
  }
  throw InternalError("unknown RoutingAlgorithm value");
}

}  // namespace nm
