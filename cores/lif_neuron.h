// Loihi CUBA leaky integrate-and-fire, bit-exact with Lava's PyLifModelBitAcc
// (../shared/reference/loihi_lif/README.md; hardware.md section 1.6). Plain integers, no state
// beyond u and v: the core keeps the state arrays and calls lif_step once per neuron per step.
#pragma once

#include <cstdint>

namespace nm {

// Per-neuron constants in their hardware encoding.
struct LifConstants {
  std::int32_t decay_u_keep = 4096;  // 4096 - (du + 1): kept fraction of u per step [1/4096]
  std::int32_t decay_v_keep = 4096;  // 4096 - dv: kept fraction of v per step [1/4096]
  std::int64_t bias = 0;             // bias_mant << bias_exp [v units]
  std::int64_t threshold = 0;        // vth << 6 [v units]
};

LifConstants make_lif_constants(std::int32_t du, std::int32_t dv, std::int32_t vth,
                                std::int32_t bias_mant, std::int32_t bias_exp);

constexpr std::int64_t kLifStateMax = (std::int64_t{1} << 23) - 1;  // v saturates to +-this

// One time step of one neuron. `a_in` is the summed weight mantissa that arrived for this step
// (the effect on u is a_in * 64). Updates u (wrapping to 24 bits) and v (saturating), returns true
// when the neuron spikes (v > threshold), in which case v is reset to 0 and u is kept.
bool lif_step(const LifConstants& k, std::int64_t a_in, std::int32_t& u, std::int32_t& v);

}  // namespace nm
