// Loihi's synaptic traces (Davies et al. 2018, "Trace Evaluation"; hardware.md 1.8): 7-bit
// unsigned approximations of first-order filters. A spike adds an impulse (integer part plus an
// 8-bit fraction, the fraction rounded stochastically); every step the trace decays by a 12-bit
// factor q / 4096 = exp(-1 / tau), stochastically rounded. Every draw comes from the caller's
// seeded Rng, so a trace's history is reproducible (docs/learning.md, section 2).
#pragma once

#include <cstdint>

#include "common/rng.h"

namespace nm {

constexpr std::uint8_t kTraceMax = 127;        // 7-bit trace [trace units]
constexpr std::uint32_t kImpulseFractionBits = 8;
constexpr std::uint32_t kDecayFractionBits = 12;

struct TraceParams {
  std::uint32_t impulse_q8 = 0;  // impulse x 256 (8 fractional bits), 0..127 x 256 [trace units]
  std::uint32_t decay_q12 = 4096;  // per-step multiplier x 4096; 4096 = no decay [1/4096]
  bool active() const { return impulse_q8 != 0; }
};

// impulse in [0, 127] (rounded to 1/256), tau_steps >= 0 (0 = no decay) [steps].
// Throws InternalError on values out of range (loaders validate first).
TraceParams make_trace_params(double impulse, double tau_steps);

// floor(value / 2^bits), plus 1 with probability (value mod 2^bits) / 2^bits; value >= 0 or not.
// Draws one number only when the remainder is not zero.
std::int64_t stochastic_shift(std::int64_t value, std::uint32_t bits, Rng& rng);

// One step of decay: stochastic_shift(v x q, 12).
std::uint8_t trace_decay(std::uint8_t v, const TraceParams& p, Rng& rng);

// A spike: v + impulse, the impulse's fraction rounded stochastically, saturated at 127.
std::uint8_t trace_impulse(std::uint8_t v, const TraceParams& p, Rng& rng);

}  // namespace nm
