#include "cores/lif_neuron.h"

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

// sgn(x) * ((|x| * keep) >> 12): truncation toward zero, as the hardware does.
static std::int64_t decay_toward_zero(std::int64_t x, std::int64_t keep) {
  const std::int64_t magnitude = ((x < 0 ? -x : x) * keep) >> 12;
  return x < 0 ? -magnitude : magnitude;
}

bool lif_step(const LifConstants& k, std::int64_t a_in, std::int32_t& u, std::int32_t& v) {
  constexpr std::int64_t kWrap = std::int64_t{1} << 24;
  constexpr std::int64_t kHalf = std::int64_t{1} << 23;
  std::int64_t next_u = decay_toward_zero(u, k.decay_u_keep) + a_in * 64;
  // Asymmetric wrap (> and <=), exactly as Lava does it.
  if (next_u > kHalf) {
    next_u -= kWrap;
  } else if (next_u <= -kHalf) {
    next_u += kWrap;
  }
  std::int64_t next_v = decay_toward_zero(v, k.decay_v_keep) + next_u + k.bias;
  if (next_v > kLifStateMax) next_v = kLifStateMax;
  if (next_v < -kLifStateMax) next_v = -kLifStateMax;
  u = static_cast<std::int32_t>(next_u);
  const bool spiked = next_v > k.threshold;
  v = spiked ? 0 : static_cast<std::int32_t>(next_v);
  return spiked;
}

}  // namespace nm
