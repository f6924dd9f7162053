#include "noc/truenorth_packet.h"

#include <string>

#include "common/errors.h"

namespace nm {

namespace {

void check(const char* field, std::int64_t v, std::int64_t lo, std::int64_t hi) {
  if (v < lo || v > hi)
    throw UserError(std::string("TrueNorth packet: ") + field + " = " + std::to_string(v) +
                    " is outside its range [" + std::to_string(lo) + ", " + std::to_string(hi) +
                    "]");
}

std::int32_t sign_extend9(std::uint32_t bits) {
  return static_cast<std::int32_t>(bits & 0x1FFu) - ((bits & 0x100u) ? 512 : 0);
}

}  // namespace

std::uint32_t encode_tn_packet(const TnPacket& p) {
  check("dx", p.dx, kTnOffsetMin, kTnOffsetMax);
  check("dy", p.dy, kTnOffsetMin, kTnOffsetMax);
  check("axon", p.axon, 0, 255);
  check("delivery_tick", p.delivery_tick, 0, 15);
  check("debug", p.debug, 0, 3);
  return (static_cast<std::uint32_t>(p.dx) & 0x1FFu) |
         ((static_cast<std::uint32_t>(p.dy) & 0x1FFu) << 9) | (p.axon << 18) |
         (p.delivery_tick << 26) | (p.debug << 30);
}

TnPacket decode_tn_packet(std::uint32_t word) {
  TnPacket p;
  p.dx = sign_extend9(word);
  p.dy = sign_extend9(word >> 9);
  p.axon = (word >> 18) & 0xFFu;
  p.delivery_tick = (word >> 26) & 0xFu;
  p.debug = word >> 30;
  return p;
}

}  // namespace nm
