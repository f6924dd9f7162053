// Compiles a mapped network into what each core is loaded with: compartments with their LIF
// constants or spike schedules, input axons (one per distinct source neuron that reaches the core,
// numbered in ascending source id), the synapse lists behind each input axon, and each
// compartment's fan-out (one output axon per destination core, ascending core id), and for
// projections with `learning:` the core's learning image: one group per plastic projection, its
// synapses' places in the synapse memory, and an input axon per reward neuron (docs/learning.md).
#pragma once

#include <cstdint>
#include <vector>

#include "cores/core_image.h"
#include "hw_model/arch_params.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

// Spike schedule of input neuron i of spike-source population `pop`: its listed steps, or its
// Poisson probability with a stream seeded from the population's seed, `run_seed` and "pop[i]".
SourceCompartment make_source_compartment(const Population& pop, std::uint32_t i,
                                          std::uint64_t run_seed);

// One image per core of the chip (unused cores get empty images). `run_seed` is mixed into
// every Poisson source's stream together with the network's seed and the neuron's name.
std::vector<CoreImage> build_core_images(const SnnNetwork& net, const Mapping& mapping,
                                         const ArchParams& arch, std::uint64_t run_seed);

}  // namespace nm
