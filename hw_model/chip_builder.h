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

// Fills what every core family's image (CoreImage, TrueNorthImage) holds alike for neuron i of
// `pop` in compartment c: its global id, whether its spikes are recorded and, for a spike
// source, its schedule. Returns true for a spike source, whose compartment needs nothing else.
template <class Image>
bool place_common_fields(Image& img, std::uint32_t c, const Population& pop, std::uint32_t i,
                         std::uint64_t run_seed) {
  img.neuron_of[c] = pop.first_id + i;
  img.record_spikes[c] = pop.record_spikes ? 1 : 0;
  if (pop.model != Population::Model::SpikeSource) return false;
  img.is_source[c] = 1;
  img.sources[c] = make_source_compartment(pop, i, run_seed);
  return true;
}

// One image per core of the chip (unused cores get empty images). `run_seed` is mixed into
// every Poisson source's stream together with the network's seed and the neuron's name.
std::vector<CoreImage> build_core_images(const SnnNetwork& net, const Mapping& mapping,
                                         const ArchParams& arch, std::uint64_t run_seed);

}  // namespace nm
