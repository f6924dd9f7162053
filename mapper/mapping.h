// Where every neuron lives, and how much of each core's resources the placement uses.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/types.h"

namespace nm {

// Resource use of one core, in the units of CoreCapacity.
struct CoreUsage {
  std::uint32_t neurons = 0;            // compartments [count]
  std::uint32_t input_axons = 0;        // distinct source neurons with a synapse here [count]
  std::uint32_t output_axons = 0;       // (neuron on this core, destination core) pairs [count]
  std::uint64_t synapse_bits = 0;       // synapse memory [bits]
  std::uint64_t synapses = 0;           // synapses stored [count]
};

struct Mapping {
  std::string strategy;                      // mapper that produced it ("sequential")
  std::vector<CoreId> core_of;               // neuron id -> core
  std::vector<std::uint32_t> compartment_of; // neuron id -> compartment index within its core
  std::vector<CoreUsage> usage;              // one per core of the chip (unused cores all zero)
  std::uint32_t cores_used = 0;
};

}  // namespace nm
