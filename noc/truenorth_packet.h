// TrueNorth's 32-bit spike packet (Akopyan et al. 2015 sections V-C, V-D; Merolla et al. 2014
// Fig. S4; hardware.md section 2.4): dx (9 bits signed), dy (9 bits signed), the destination
// axon (8 bits), the delivery tick (4 bits) and 2 debug bits. Routing is x first, then y; once x
// is done the packet travels north/south without its dx (24 bits). Bit layout, LSB first:
//   [0..8] dx, [9..17] dy, [18..25] axon, [26..29] delivery tick, [30..31] debug.
#pragma once

#include <cstdint>

namespace nm {

constexpr std::int32_t kTnOffsetMin = -256;  // 9-bit signed dx, dy [tiles]
constexpr std::int32_t kTnOffsetMax = 255;   // [tiles]
constexpr std::uint32_t kTnPacketBits = 32;          // whole packet [bits]
constexpr std::uint32_t kTnVerticalPacketBits = 24;  // north/south, dx dropped [bits]

struct TnPacket {
  std::int32_t dx = 0;               // columns to go, east > 0 [tiles]
  std::int32_t dy = 0;               // rows to go, north > 0 [tiles]
  std::uint32_t axon = 0;            // destination axon, 0..255
  std::uint32_t delivery_tick = 0;   // tick at which the axon is active, modulo 16
  std::uint32_t debug = 0;           // 0..3
};

// Packs `p`; throws UserError naming the field, its value and its range when a field does not
// fit (dx or dy outside -256..255, axon > 255, tick > 15, debug > 3).
std::uint32_t encode_tn_packet(const TnPacket& p);
// Unpacks a 32-bit word (sign-extends dx and dy). Every word decodes.
TnPacket decode_tn_packet(std::uint32_t word);

}  // namespace nm
