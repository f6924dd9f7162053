// Programs TrueNorth cores from a mapped network (core.model: truenorth). Per core: one neuron
// slot per mapped neuron (compartment order), one axon per distinct source neuron that reaches
// the core (numbered in ascending source id) carrying the axon type of its projection, a
// crossbar bit per synapse, and per neuron its single target: (core, axon, delay 1 + synapse
// delay ticks). Each core's PRNG is seeded with the run seed and the core's name.
// Throws CapacityError when a neuron's synapses reach more than one core (insert splitters
// first: mapper/splitter_insertion.h) or a core needs more than 256 axons or neurons, and
// UserError when one source reaches a core through two axon types, its synapses disagree on the
// delay, a delay exceeds 15 ticks, a target is out of the packet's dx/dy reach, or a population
// is not a TrueNorth (or input) population.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "cores/truenorth_core.h"
#include "hw_model/arch_params.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

std::vector<TrueNorthImage> build_truenorth_images(const SnnNetwork& net, const Mapping& mapping,
                                                   const ArchParams& arch,
                                                   std::uint64_t run_seed);

}  // namespace nm
