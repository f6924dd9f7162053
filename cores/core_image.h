// Everything a core is loaded with before the run: its compartments (neurons or spike sources),
// its synapse memory and its output axon table. Built by hw_model's chip builder from the network
// and the mapping; the core itself knows nothing about populations.
#pragma once

#include <cstdint>
#include <vector>

#include "common/types.h"
#include "cores/learning_image.h"
#include "cores/lif_neuron.h"
#include "cores/synapse_memory.h"

namespace nm {

// A spike source compartment: fires at listed steps, or with a fixed probability per step
// drawn from its own seeded stream (so the draws do not depend on placement).
struct SourceCompartment {
  std::vector<std::uint32_t> steps;  // ascending steps at which it fires (listed sources)
  double probability = 0.0;          // per-step spike probability (Poisson sources)
  std::uint64_t rng_seed = 0;        // seed of the Poisson stream (0 with probability 0: unused)
};

// One fan-out edge of the core: a spike of `compartment` is sent to input axon `axon` of `core`.
struct OutputAxon {
  CoreId core;
  std::uint32_t axon;
};

struct CoreImage {
  // Per compartment, in compartment order.
  std::vector<NeuronId> neuron_of;        // global neuron id
  std::vector<std::uint8_t> is_source;    // 1 = spike source, 0 = LIF neuron
  std::vector<std::uint8_t> record_spikes;
  std::vector<std::uint8_t> record_voltage;
  std::vector<LifConstants> lif;          // meaningful for LIF compartments
  std::vector<std::uint8_t> payload_bits; // graded spikes: payload width, 0 = binary spike [bits]
  std::vector<std::int32_t> u0, v0;       // state before step 1
  std::vector<SourceCompartment> sources; // indexed by compartment; empty entries for LIF ones

  SynapseMemory synapses;                 // fan-in, by input axon

  // Fan-out: compartment c sends to out_axons[out_offsets[c] .. out_offsets[c+1]).
  std::vector<std::uint32_t> out_offsets;
  std::vector<OutputAxon> out_axons;

  std::uint32_t max_delay_steps = 0;      // largest delay onto this core: sizes its delay ring [steps]

  LearningImage learning;                 // plastic projections (empty: no learning engine)

  std::uint32_t compartments() const { return static_cast<std::uint32_t>(neuron_of.size()); }
};

}  // namespace nm
