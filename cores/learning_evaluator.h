// Evaluates one equation of a learning rule for one synapse in Loihi's arithmetic
// (docs/learning.md section 3, "Arithmetic"): a 16-bit signed accumulator holding the target
// with 7 fractional bits; each active product is exact in 64 bits, scaled by m x 2^e, rounded to
// the accumulator's resolution, clipped to 16 bits and accumulated with clipping; the result is
// rounded stochastically to the target's precision. Range clipping is the caller's (it knows the
// sign mode and the delay ring).
#pragma once

#include <cstdint>

#include "common/rng.h"
#include "cores/learning_rule.h"

namespace nm {

constexpr std::uint32_t kAccumulatorFractionBits = 7;
constexpr std::int32_t kAccumulatorMin = -(1 << 15);
constexpr std::int32_t kAccumulatorMax = (1 << 15) - 1;

// Trace values (0..127) seen by the products of one dependency.
struct TraceSample {
  std::uint8_t x1 = 0, x2 = 0, y1 = 0, y2 = 0, y3 = 0, r1 = 0;
};

// Everything a rule reads for one synapse at one epoch end.
struct RuleInputs {
  bool x0 = false;               // the pre neuron spiked in the epoch
  bool y0 = false;               // the post neuron spiked in the epoch
  std::uint64_t epoch_index = 0; // epochs completed, counting this one (u_k: index mod 2^k == 0)
  TraceSample at_pre;            // traces at the pre spike's step (x0 products)
  TraceSample at_post;           // traces at the post spike's step (y0 products)
  TraceSample at_end;            // traces at the epoch end (u_k products)
  std::int32_t w = 0, d = 0, t = 0;  // synapse state: weight mantissa, delay [steps], tag
};

bool product_active(const RuleProduct& p, const RuleInputs& in);
// True when some product of some equation of `rule` is active for `in`.
bool rule_active(const LearningRule& rule, const RuleInputs& in);

// The target's current value plus the sum of the active products, in accumulator units
// (value x 2^7), clipped to 16 bits after each product.
std::int32_t accumulate(const RuleEquation& eq, std::int32_t current, const RuleInputs& in);

// Rounds an accumulator stochastically to a multiple of 2^(7 + precision_bits) and returns the
// target value (a multiple of 2^precision_bits).
std::int32_t round_accumulator(std::int32_t acc, std::uint32_t precision_bits, Rng& rng);

}  // namespace nm
