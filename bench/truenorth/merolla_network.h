// Merolla et al. 2014's power benchmark network, programmed straight into TrueNorth cores (a
// network file would expand 1M neurons x 128 synapses = 134M synapse records): every core's
// 256 neurons each connect to 128 of the core's 256 axons (a random half, so 128 active
// synapses per neuron), axons alternate between type 0 (S = +weight) and type 1 (S = -weight),
// and every neuron targets one axon of a uniformly random core (each axon of the chip is the
// target of exactly one neuron: a random permutation), delivery delay 1 tick. The neurons
// fire by a stochastic leak (lambda = leak, stochastic) and the balanced recurrent input; the
// parameters below give about 20 Hz (measured, docs/validation.md).
#pragma once

#include <cstdint>
#include <vector>

#include "cores/truenorth_image.h"
#include "hw_model/arch_params.h"

namespace nm::bench {

struct MerollaParams {
  std::uint32_t synapses_per_neuron = 128;  // active crossbar bits per neuron [count]
  std::int32_t weight = 1;                  // |S| of both axon types [units]
  std::int32_t leak = 4;                    // stochastic leak: +1 with p = (leak + 1) / 256
  std::int32_t threshold = 1;               // alpha [units]
  std::int32_t neg_threshold = 0;           // beta: the potential saturates at -beta [units]
  std::uint64_t seed = 1;                   // network seed (crossbar and targets)
  std::uint64_t run_seed = 1;               // the cores' PRNG seed
};

std::vector<TrueNorthImage> build_merolla_images(const ArchParams& arch, const MerollaParams& p);

}  // namespace nm::bench
