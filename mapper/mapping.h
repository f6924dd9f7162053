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
  std::uint64_t plastic_synapses = 0;   // synapses with learning enabled [count] (0 until
                                        // projections carry plasticity)
  std::uint32_t max_delay_steps = 0;    // largest delay of a synapse onto this core [steps]
  // Dendritic accumulators the delay ring needs: neurons x (max_delay_steps + 1) [count]
  std::uint64_t dendritic_accumulators = 0;
};

// What the mapper expects the placement to cost on the mesh, per time step, from the expected
// spike rate of every neuron (one packet per (source neuron, destination core), XY/YX routes).
struct TrafficPrediction {
  std::string rates_from;          // "inputs" (rates estimated from the inputs) or "profile:N"
  double packets_per_step = 0.0;   // expected packets injected per step [packets/step]
  double hops_per_step = 0.0;      // expected mesh link traversals per step [flit-hops/step]
  double mean_hops = 0.0;          // hops_per_step / packets_per_step [hops/packet]
  double max_link_load = 0.0;      // expected flits over the busiest directed link [flits/step]
};

struct Mapping {
  std::string strategy;                      // mapper that produced it ("sequential")
  std::vector<CoreId> core_of;               // neuron id -> core
  std::vector<std::uint32_t> compartment_of; // neuron id -> compartment index within its core
  std::vector<CoreUsage> usage;              // one per core of the chip (unused cores all zero)
  std::uint32_t cores_used = 0;
  std::uint32_t slice_neurons = 1;           // neurons per population slice the mapper moved
  TrafficPrediction predicted;               // filled by the mapper registry
  double mapping_seconds = 0.0;              // host time to map [s]
};

}  // namespace nm
