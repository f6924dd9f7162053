// Loihi CUBA leaky integrate-and-fire, bit-exact with Lava's PyLifModelBitAcc
// (../shared/reference/loihi_lif/README.md; hardware.md section 1.6), plus three options:
// a refractory period (v held while u keeps decaying, as Lava's LIFRefractory and Brian2Loihi),
// threshold adaptation (an extension: Loihi 1 has none) and the v-at-spike used as the payload of
// graded spikes. Plain integers: the core keeps one LifState per compartment and calls lif_step
// once per compartment per step. Equations and order: docs/models.md.
#pragma once

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
// null) gets v before its reset to 0.
bool lif_step(const LifConstants& k, std::int64_t a_in, LifState& s,
              std::int64_t* v_at_spike = nullptr);

}  // namespace nm
