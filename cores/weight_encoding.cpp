#include "cores/weight_encoding.h"

#include <algorithm>

namespace nm {

namespace {

// floor(x / 2^shift) for any sign, without relying on the implementation's >> of negatives.
std::int64_t floor_shift(std::int64_t x, std::uint32_t shift) {
  const std::int64_t d = std::int64_t{1} << shift;
  return x >= 0 ? x / d : -((-x + d - 1) / d);
}

}  // namespace

std::int32_t min_mantissa(SignMode sign) {
  return sign == SignMode::Excitatory ? 0 : sign == SignMode::Inhibitory ? -255 : -256;
}

std::int32_t max_mantissa(SignMode sign) { return sign == SignMode::Inhibitory ? 0 : 255; }

const char* sign_mode_name(SignMode sign) {
  switch (sign) {
    case SignMode::Excitatory:
      return "excitatory";
    case SignMode::Inhibitory:
      return "inhibitory";
    case SignMode::Mixed:
      break;
  }
  return "mixed";
}

std::int32_t truncate_mantissa(std::int32_t mantissa, std::uint32_t weight_bits) {
  const std::uint32_t drop = 8 - std::min<std::uint32_t>(weight_bits, 8);
  return static_cast<std::int32_t>(floor_shift(mantissa, drop) * (std::int64_t{1} << drop));
}

std::int64_t effective_weight(std::int32_t mantissa, const WeightEncoding& enc) {
  const std::int64_t w = truncate_mantissa(mantissa, enc.weight_bits);
  // w * 2^(6 + e) floored to a multiple of 64 = 64 * floor(w * 2^e).
  const std::int64_t scaled = enc.exponent >= 0
                                  ? w * (std::int64_t{1} << (6 + enc.exponent))
                                  : floor_shift(w, static_cast<std::uint32_t>(-enc.exponent)) * 64;
  return std::clamp(scaled, -kMaxEffectiveWeight, kMaxEffectiveWeight);
}

std::uint32_t weight_field_bits(const WeightEncoding& enc) {
  return enc.weight_bits + (enc.sign == SignMode::Mixed ? 1u : 0u);
}

}  // namespace nm
