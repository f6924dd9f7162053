// How one projection's weights are stored and what they add to a compartment's current: Loihi's
// synapse encoding (Davies et al. 2018 p. 87; hardware.md 1.7). A stored weight is a mantissa of
// `weight_bits` magnitude bits (low bits truncated), with a sign mode, scaled by 2^(6 + exponent)
// and floored to a multiple of 64 per synapse (the hardware / Brian2Loihi rule; docs/models.md).
#pragma once

#include <cstdint>
#include <string>

namespace nm {

enum class SignMode { Mixed, Excitatory, Inhibitory };

struct WeightEncoding {
  std::uint32_t weight_bits = 8;   // magnitude bits of the mantissa, 1..8 [bits]
  SignMode sign = SignMode::Mixed; // mixed adds a sign bit to the stored field
  std::int32_t exponent = 0;       // weight exponent, -8..7: scale 2^(6 + exponent)
  bool plastic = false;            // synapses carry a learning tag (reserved for learning)
};

constexpr std::int32_t kWeightExponentMin = -8;
constexpr std::int32_t kWeightExponentMax = 7;
// Largest magnitude of an effective weight: 2^21 - 2^6 (hardware.md 1.7) [u units].
constexpr std::int64_t kMaxEffectiveWeight = (std::int64_t{1} << 21) - 64;

// Inclusive mantissa range a network may give under a sign mode: excitatory 0..255,
// inhibitory -255..0, mixed -256..255 (a 9-bit two's-complement field).
std::int32_t min_mantissa(SignMode sign);
std::int32_t max_mantissa(SignMode sign);
const char* sign_mode_name(SignMode sign);

// The mantissa the memory holds: the low (8 - weight_bits) bits cleared by an arithmetic shift
// right then left (floor for negative values, as Lava's truncate_weights).
std::int32_t truncate_mantissa(std::int32_t mantissa, std::uint32_t weight_bits);

// What one spike through this synapse adds to u [u units]: the truncated mantissa times
// 2^(6 + exponent), floored to a multiple of 64, clipped to +-kMaxEffectiveWeight.
// Exponent 0 and 8 bits give exactly mantissa * 64.
std::int64_t effective_weight(std::int32_t mantissa, const WeightEncoding& enc);

// Bits of the stored weight field: weight_bits, plus one sign bit in mixed mode [bits].
std::uint32_t weight_field_bits(const WeightEncoding& enc);

}  // namespace nm
