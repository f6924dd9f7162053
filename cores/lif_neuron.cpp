#include "cores/lif_neuron.h"

#include <algorithm>

namespace nm {

LifConstants make_lif_constants(std::int32_t du, std::int32_t dv, std::int32_t vth,
                                std::int32_t bias_mant, std::int32_t bias_exp) {
  LifConstants k;
  k.decay_u_keep = 4096 - (du + 1);  // the hardware's ds_offset of 1 makes a full decay reachable
  k.decay_v_keep = 4096 - dv;        // dm_offset is 0
  k.bias = static_cast<std::int64_t>(bias_mant) * (std::int64_t{1} << bias_exp);
  k.threshold = static_cast<std::int64_t>(vth) << 6;
  return k;
}

void set_lif_extensions(LifConstants& k, std::uint32_t refractory_steps,
                        std::int32_t vth_adapt_increment, std::int32_t vth_adapt_decay) {
  k.refractory_steps = refractory_steps;
  k.adapt_increment = static_cast<std::int64_t>(vth_adapt_increment) << 6;
  k.adapt_keep = 4096 - vth_adapt_decay;
}

// sgn(x) * ((|x| * keep) >> 12): truncation toward zero, as the hardware does.
static std::int64_t decay_toward_zero(std::int64_t x, std::int64_t keep) {
  const std::int64_t magnitude = ((x < 0 ? -x : x) * keep) >> 12;
  return x < 0 ? -magnitude : magnitude;
}

// Wraps to Lava's 24-bit range (-2^23, 2^23]: identical to its single asymmetric wrap (> 2^23
// subtract 2^24, <= -2^23 add 2^24) whenever that lands in range, and modular beyond.
static std::int64_t wrap24(std::int64_t x) {
  constexpr std::int64_t kWrap = std::int64_t{1} << 24;
  constexpr std::int64_t kHalf = std::int64_t{1} << 23;
  std::int64_t r = (x + kHalf - 1) % kWrap;
  if (r < 0) r += kWrap;
  return r - kHalf + 1;
}

bool lif_step(const LifConstants& k, std::int64_t a_in, LifState& s, std::int64_t* v_at_spike) {
  s.u = static_cast<std::int32_t>(wrap24(decay_toward_zero(s.u, k.decay_u_keep) + a_in));
  const std::int64_t threshold = k.threshold + s.threshold_rise;
  s.threshold_rise = decay_toward_zero(s.threshold_rise, k.adapt_keep);
  if (s.refractory_left > 0) {  // v held (no decay, no input, no bias), no spike
    --s.refractory_left;
    return false;
  }
  const std::int64_t next_v = std::clamp(decay_toward_zero(s.v, k.decay_v_keep) + s.u + k.bias,
                                         -kLifStateMax, kLifStateMax);
  const bool spiked = next_v > threshold;
  s.v = spiked ? 0 : static_cast<std::int32_t>(next_v);
  if (spiked) {
    if (v_at_spike != nullptr) *v_at_spike = next_v;
    s.refractory_left = k.refractory_steps;
    s.threshold_rise = std::min(s.threshold_rise + k.adapt_increment, kLifStateMax);
  }
  return spiked;
}

}  // namespace nm
