// The baseline mapper: neurons in id order fill core 0, then core 1, ... A core is closed when the
// next neuron would break any of its limits (neurons, input axons, synapse memory bits, dendritic
// accumulators = neurons x (largest delay onto the core + 1)); output
// axons are checked once placement is known. A network that cannot fit throws CapacityError naming
// the binding resource, the population and by how much it is short.
#pragma once

#include <cstdint>

#include "cores/core_params.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

// Bits one synapse costs in a core's synapse memory with a single-sign weight field of
// core.weight_bits: weight, delay (when the network uses any delay) and the target compartment
// index (ceil(log2(neurons per core)) bits). The mapper itself charges each synapse by its
// projection's encoding (mapper/synapse_cost.h: a mixed-sign field adds a sign bit, plastic
// synapses a learning tag).
std::uint32_t synapse_cost_bits(const CoreCapacity& cap, bool network_has_delays);

Mapping map_sequential(const SnnNetwork& net, const CoreCapacity& cap, std::uint32_t cores);

}  // namespace nm
