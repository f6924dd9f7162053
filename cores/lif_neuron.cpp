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

void set_lif_extensions(LifConstants& k, std::uint32_t refractory_steps,
                        std::int32_t vth_adapt_increment, std::int32_t vth_adapt_decay) {
  k.refractory_steps = refractory_steps;
  k.adapt_increment = static_cast<std::int64_t>(vth_adapt_increment) << 6;
  k.adapt_keep = 4096 - vth_adapt_decay;
}

}  // namespace nm
