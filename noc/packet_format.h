// TrueNorth's relative packet format: the destination is a signed (dx, dy) offset of
// packet_offset_bits bits each (TrueNorth: 9 bits, reach -256..255 tiles), counted down hop by
// hop. A destination out of reach cannot be encoded: that is the user's mapping or config error.
#pragma once

#include <cstdint>

#include "common/types.h"
#include "noc/flit.h"
#include "noc/noc_params.h"

namespace nm {

// Smallest and largest offset a signed field of `bits` bits holds [tiles].
inline std::int32_t min_offset(std::uint32_t bits) { return -(1 << (bits - 1)); }
inline std::int32_t max_offset(std::uint32_t bits) { return (1 << (bits - 1)) - 1; }

// Sets f.dx, f.dy for a packet from `src` to `dst`; throws UserError naming both tiles and the
// range when an offset does not fit packet_offset_bits.
// Inline: once per injected packet.
[[noreturn]] void throw_out_of_reach(TileCoord src, TileCoord dst, const char* field,
                                     std::int32_t offset, const NocParams& p);
inline void encode_relative(Flit& f, TileCoord src, TileCoord dst, const NocParams& p) {
  const std::int32_t lo = min_offset(p.packet_offset_bits);
  const std::int32_t hi = max_offset(p.packet_offset_bits);
  const std::int32_t dx = dst.x - src.x;
  const std::int32_t dy = dst.y - src.y;
  if (dx < lo || dx > hi) throw_out_of_reach(src, dst, "dx", dx, p);
  if (dy < lo || dy > hi) throw_out_of_reach(src, dst, "dy", dy, p);
  f.dx = dx;
  f.dy = dy;
}

}  // namespace nm
