// Loihi CUBA leaky integrate-and-fire, bit-exact with Lava's PyLifModelBitAcc
// (../shared/reference/loihi_lif/README.md; hardware.md section 1.6), plus three options:
// a refractory period (v held while u keeps decaying, as Lava's LIFRefractory and Brian2Loihi),
// threshold adaptation (an extension: Loihi 1 has none) and the v-at-spike used as the payload of
// graded spikes. Plain integers: the core keeps one LifState per compartment and calls lif_step
// once per compartment per step. Equations and order: docs/models.md.
#pragma once

#include <algorithm>
#include <cstdint>

namespace nm {

// Per-neuron constants in their hardware encoding.
struct LifConstants {
  std::int32_t decay_u_keep = 4096;  // 4096 - (du + 1): kept fraction of u per step [1/4096]
  std::int32_t decay_v_keep = 4096;  // 4096 - dv: kept fraction of v per step [1/4096]
  std::int64_t bias = 0;             // bias_mant << bias_exp [v units]
  std::int64_t threshold = 0;        // vth << 6 [v units]
  std::uint32_t refractory_steps = 0;   // steps v is held after a spike, 0..63 [steps]
  std::int64_t adapt_increment = 0;     // vth_adapt_increment << 6: threshold rise per spike [v units]
  std::int32_t adapt_keep = 4096;       // 4096 - vth_adapt_decay: kept fraction of the rise [1/4096]
};

// The state of one compartment.
struct LifState {
  std::int32_t u = 0;                  // synaptic current, 24-bit signed [u units]
  std::int32_t v = 0;                  // membrane voltage, 24-bit signed [v units]
  std::int64_t threshold_rise = 0;     // adaptive addition to the threshold [v units]
  std::uint32_t refractory_left = 0;   // steps v is still held [steps]
};

LifConstants make_lif_constants(std::int32_t du, std::int32_t dv, std::int32_t vth,
                                std::int32_t bias_mant, std::int32_t bias_exp);
// Adds the refractory period and threshold adaptation (both off when zero) to `k`.
void set_lif_extensions(LifConstants& k, std::uint32_t refractory_steps,
                        std::int32_t vth_adapt_increment, std::int32_t vth_adapt_decay);

constexpr std::int64_t kLifStateMax = (std::int64_t{1} << 23) - 1;  // v saturates to +-this

// One time step of one neuron. `a_in` is the summed effective input that arrived for this step
// [u units] (a weight mantissa m with exponent 0 contributes m * 64). Updates the state and
// returns true when the neuron spikes (v > threshold + threshold_rise); then `v_at_spike` (if not
// null) gets v before its reset to 0. `u_wraps` (if not null) is incremented when u wrapped:
// decay(u) + a_in fell outside Lava's 24-bit range (-2^23, 2^23] [compartment updates].
inline bool lif_step(const LifConstants& k, std::int64_t a_in, LifState& s,
                     std::int64_t* v_at_spike = nullptr, std::uint64_t* u_wraps = nullptr);

// Inline (the cores call it once per compartment per step).
// sgn(x) * ((|x| * keep) >> 12): truncation toward zero, as the hardware does.
// `keep` is in [0, 4096] (the loaders' ranges), so this is x * keep / 4096 truncated toward zero:
// a multiply and a branch-free signed shift.
inline std::int64_t decay_toward_zero(std::int64_t x, std::int64_t keep) {
  return (x * keep) / 4096;
}

// Wraps to Lava's 24-bit range (-2^23, 2^23]: identical to its single asymmetric wrap (> 2^23
// subtract 2^24, <= -2^23 add 2^24) whenever that lands in range, and modular beyond.
inline std::int64_t wrap24(std::int64_t x) {
  constexpr std::int64_t kWrap = std::int64_t{1} << 24;
  constexpr std::int64_t kHalf = std::int64_t{1} << 23;
  if (x > -kHalf && x <= kHalf) return x;  // in range: the common case, no division
  std::int64_t r = (x + kHalf - 1) % kWrap;
  if (r < 0) r += kWrap;
  return r - kHalf + 1;
}

// The two halves of a step both step functions share: u decays and takes the input (wrapping to
// 24 bits; a wrap increments `u_wraps` if not null); v's next value from the new u (saturating
// to +-kLifStateMax), before any spike test.
inline void lif_integrate_u(const LifConstants& k, std::int64_t a_in, LifState& s,
                            std::uint64_t* u_wraps) {
  const std::int64_t sum = decay_toward_zero(s.u, k.decay_u_keep) + a_in;
  const std::int64_t u = wrap24(sum);
  s.u = static_cast<std::int32_t>(u);
  if (u_wraps != nullptr) *u_wraps += u != sum;
}
inline std::int64_t lif_next_v(const LifConstants& k, const LifState& s) {
  return std::clamp(decay_toward_zero(s.v, k.decay_v_keep) + s.u + k.bias, -kLifStateMax,
                    kLifStateMax);
}

inline bool lif_step(const LifConstants& k, std::int64_t a_in, LifState& s,
                     std::int64_t* v_at_spike, std::uint64_t* u_wraps) {
  lif_integrate_u(k, a_in, s, u_wraps);
  const std::int64_t threshold = k.threshold + s.threshold_rise;
  if (s.threshold_rise != 0) s.threshold_rise = decay_toward_zero(s.threshold_rise, k.adapt_keep);
  if (s.refractory_left > 0) {  // v held (no decay, no input, no bias), no spike
    --s.refractory_left;
    return false;
  }
  const std::int64_t next_v = lif_next_v(k, s);
  const bool spiked = next_v > threshold;
  s.v = spiked ? 0 : static_cast<std::int32_t>(next_v);
  if (spiked) {
    if (v_at_spike != nullptr) *v_at_spike = next_v;
    s.refractory_left = k.refractory_steps;
    s.threshold_rise = std::min(s.threshold_rise + k.adapt_increment, kLifStateMax);
  }
  return spiked;
}

// lif_step for a neuron whose extensions are idle: no refractory period (k.refractory_steps == 0,
// s.refractory_left == 0) and no threshold adaptation (k.adapt_increment == 0,
// s.threshold_rise == 0). The same arithmetic and results without their branches, for the
// cores' tight neuron loop. `u_wraps` as lif_step's.
inline bool lif_step_basic(const LifConstants& k, std::int64_t a_in, LifState& s,
                           std::int64_t& v_at_spike, std::uint64_t* u_wraps = nullptr) {
  lif_integrate_u(k, a_in, s, u_wraps);
  const std::int64_t next_v = lif_next_v(k, s);
  const bool spiked = next_v > k.threshold;
  s.v = spiked ? 0 : static_cast<std::int32_t>(next_v);
  v_at_spike = next_v;
  return spiked;
}

}  // namespace nm
