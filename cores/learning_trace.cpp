#include "cores/learning_trace.h"

#include <algorithm>
#include <cmath>

#include "common/errors.h"

namespace nm {

TraceParams make_trace_params(double impulse, double tau_steps) {
  if (!(impulse >= 0.0 && impulse <= kTraceMax) || !(tau_steps >= 0.0))
    throw InternalError("make_trace_params: impulse or tau_steps out of range");
  TraceParams p;
  p.impulse_q8 = static_cast<std::uint32_t>(std::lround(impulse * (1u << kImpulseFractionBits)));
  p.decay_q12 = tau_steps == 0.0 ? 1u << kDecayFractionBits
                                 : static_cast<std::uint32_t>(std::lround(
                                       std::exp(-1.0 / tau_steps) * (1u << kDecayFractionBits)));
  return p;
}

std::int64_t stochastic_shift(std::int64_t value, std::uint32_t bits, Rng& rng) {
  if (bits == 0) return value;
  const std::int64_t step = std::int64_t{1} << bits;
  const std::int64_t floor = value >= 0 ? value / step : -((-value + step - 1) / step);
  const auto remainder = static_cast<std::uint64_t>(value - floor * step);
  if (remainder == 0) return floor;
  return floor + (rng.below(static_cast<std::uint64_t>(step)) < remainder ? 1 : 0);
}

std::uint8_t trace_decay(std::uint8_t v, const TraceParams& p, Rng& rng) {
  if (v == 0 || p.decay_q12 == (1u << kDecayFractionBits)) return v;
  return static_cast<std::uint8_t>(
      stochastic_shift(std::int64_t{v} * p.decay_q12, kDecayFractionBits, rng));
}

std::uint8_t trace_impulse(std::uint8_t v, const TraceParams& p, Rng& rng) {
  const std::int64_t add = stochastic_shift(p.impulse_q8, kImpulseFractionBits, rng);
  return static_cast<std::uint8_t>(std::min<std::int64_t>(v + add, kTraceMax));
}

}  // namespace nm
