#include "noc/packet_format.h"

#include <string>

#include "common/errors.h"

namespace nm {

namespace {

std::string tile(TileCoord t) { return "(" + std::to_string(t.x) + "," + std::to_string(t.y) + ")"; }

}  // namespace

void encode_relative(Flit& f, TileCoord src, TileCoord dst, const NocParams& p) {
  const std::int32_t lo = min_offset(p.packet_offset_bits);
  const std::int32_t hi = max_offset(p.packet_offset_bits);
  const std::int32_t dx = dst.x - src.x;
  const std::int32_t dy = dst.y - src.y;
  for (const auto& [name, v] : {std::pair<const char*, std::int32_t>{"dx", dx}, {"dy", dy}}) {
    if (v < lo || v > hi)
      throw UserError("noc.packet_format relative: a packet from tile " + tile(src) + " to tile " +
                      tile(dst) + " needs " + name + " = " + std::to_string(v) +
                      ", outside the " + std::to_string(p.packet_offset_bits) +
                      "-bit signed range [" + std::to_string(lo) + ", " + std::to_string(hi) +
                      "] of noc.packet_offset_bits");
  }
  f.dx = dx;
  f.dy = dy;
}

}  // namespace nm
