// Parameters of one neurosynaptic core: capacities, pipeline timing and energy per operation.
// Plain structs; the architecture loader fills them from YAML and calls validate().
#pragma once

#include <cstdint>
#include <string>

#include "common/types.h"

namespace nm {

// What one core can hold (Davies et al. 2018, p. 89 constraints 1-4 for the Loihi preset).
struct CoreCapacity {
  std::uint32_t neurons = 1024;                   // compartments per core [count]
  std::uint32_t input_axons = 4096;               // distinct (source neuron) fan-in lists [count]
  std::uint32_t output_axons = 4096;              // (neuron, destination core) fan-out edges [count]
  std::uint64_t synapse_memory_bits = 1048576;    // synapse memory per core [bits]
  std::uint32_t max_delay_steps = 62;             // largest synaptic delay beyond the minimum [steps]
  std::uint32_t weight_bits = 8;                  // bits of one stored weight mantissa [bits]
  std::uint32_t delay_bits = 6;                   // bits of one stored delay (when any delay > 0) [bits]
  // Dendritic accumulator budget: compartments x (largest delay onto the core + 1) may not exceed
  // it, so long delays cost compartments (Davies 2018 p. 92: >= 8 delay units at full size).
  std::uint64_t dendritic_accumulators = 8192;    // [accumulators]
  std::uint32_t learning_tag_bits = 9;            // extra bits per plastic synapse (Table 1 tag) [bits]
  std::uint64_t plastic_synapses = 0;             // plastic synapses per core, 0 = no own cap [count]
};

// How the core's pipeline stages overlap (docs/models.md, "Pipeline timing").
//   None:          synaptic stage, then the neuron stage; spike-out inline after each update.
//   SynapseNeuron: the neuron stage starts with the step; compartment c's update waits only for
//                  the last delay-0 synaptic operation that targets c (and for c - 1's update).
enum class PipelineOverlap { None, SynapseNeuron };

// Cycles each pipeline operation takes; derived from picosecond figures and the clock period.
struct CoreTiming {
  Cycle axon_fetch_cycles = 0;             // fetch one input axon's synapse list [cycles]
  Cycle synop_cycles = 35;                 // one synaptic operation [cycles]
  Cycle neuron_update_active_cycles = 84;  // update of a compartment that spikes [cycles]
  Cycle neuron_update_idle_cycles = 53;    // update of a compartment that does not spike [cycles]
  Cycle spike_out_cycles = 0;              // generate one output packet [cycles]
  Cycle learning_update_cycles = 61;       // one plastic synapse update, learning phase [cycles]
  PipelineOverlap overlap = PipelineOverlap::None;  // stage overlap
};

// Energy per operation (Davies et al. 2018 Table 2 for the Loihi preset).
struct CoreEnergy {
  double axon_fetch_pj = 0.0;              // per input axon list fetched [pJ]
  double synop_pj = 23.6;                  // per synaptic operation [pJ]
  double neuron_update_active_pj = 81.0;   // per spiking compartment update [pJ]
  double neuron_update_idle_pj = 52.0;     // per non-spiking compartment update [pJ]
  double spike_out_pj = 0.0;               // per output packet generated [pJ]
  double learning_update_pj = 120.0;       // per plastic synapse update, learning phase [pJ]
};

struct CoreParams {
  std::string model = "loihi_lif";  // neuron model the core implements
  CoreCapacity capacity;
  CoreTiming timing;
  CoreEnergy energy;
  // Throws UserError when a value is inconsistent (e.g. zero neurons).
  void validate() const;
};

}  // namespace nm
