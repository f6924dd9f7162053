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
void encode_relative(Flit& f, TileCoord src, TileCoord dst, const NocParams& p);

}  // namespace nm
