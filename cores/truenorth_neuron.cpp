#include "cores/truenorth_neuron.h"

#include <algorithm>
#include <cstdlib>

namespace nm {

namespace {

std::int32_t sgn(std::int64_t v) { return (v > 0) - (v < 0); }

}  // namespace

std::int32_t tn_stochastic_step(std::int32_t s, std::uint32_t rho) {
  return static_cast<std::uint32_t>(std::abs(s)) >= rho ? sgn(s) : 0;
}

std::int32_t tn_saturate(std::int64_t v) {
  return static_cast<std::int32_t>(
      std::clamp<std::int64_t>(v, kTnMembraneMin, kTnMembraneMax));
}

void tn_integrate(const TnNeuronParams& p, std::uint32_t type, std::int32_t& v, TnPrng& prng) {
  const std::int32_t s = p.weights[type];
  const std::int32_t add = p.stochastic_synapse[type] ? tn_stochastic_step(s, prng.rho8()) : s;
  v = tn_saturate(std::int64_t{v} + add);
}

bool tn_leak_threshold_reset(const TnNeuronParams& p, std::int32_t& v, TnPrng& prng) {
  // 2. Leak (the reversal sign is taken from V before the leak).
  const std::int32_t omega = p.leak_reversal ? sgn(v) : 1;
  const std::int32_t leak = p.stochastic_leak ? tn_stochastic_step(p.leak, prng.rho8()) : p.leak;
  v = tn_saturate(std::int64_t{v} + std::int64_t{omega} * leak);

  // 3. Threshold with its pseudo-random mask.
  const std::int64_t eta = p.threshold_mask != 0 ? prng.masked(p.threshold_mask) : 0;
  const std::int64_t alpha = std::int64_t{p.threshold} + eta;
  if (v >= alpha) {
    if (p.reset_mode == TnResetMode::Normal) v = tn_saturate(p.reset_potential);
    if (p.reset_mode == TnResetMode::Linear) v = tn_saturate(std::int64_t{v} - alpha);
    return true;
  }
  // 4. Negative threshold: saturate at -beta, or mirror the reset mode.
  const std::int64_t beta = p.neg_saturate ? p.neg_threshold : std::int64_t{p.neg_threshold} + eta;
  if (v < -beta) {
    if (p.neg_saturate) {
      v = tn_saturate(-std::int64_t{p.neg_threshold});
    } else if (p.reset_mode == TnResetMode::Normal) {
      v = tn_saturate(-std::int64_t{p.reset_potential});
    } else if (p.reset_mode == TnResetMode::Linear) {
      v = tn_saturate(std::int64_t{v} + beta);
    }
  }
  return false;
}

}  // namespace nm
