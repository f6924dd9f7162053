// What a core's step produces, for either core family: its packets (with the cycle each leaves),
// recorded spikes and membrane samples, and the step's counts and cycles.
#pragma once

#include <cstdint>

#include "common/types.h"
#include "cores/core_counters.h"

namespace nm {

struct OutgoingSpike {
  CoreId dst_core;
  std::uint32_t dst_axon;
  NeuronId src_neuron;
  Cycle emit_cycle;
  std::int32_t payload = 1;  // graded spike payload (1 for a binary spike)
};

struct VoltageSample {
  NeuronId neuron;
  std::uint64_t step;
  Cycle cycle;  // when the update ended
  std::int32_t u;
  std::int32_t v;
};

struct SpikeRecord {
  NeuronId neuron;
  Cycle cycle;  // when the neuron's update ended
};

struct CoreStepResult {
  Cycle start_cycle = 0;
  Cycle done_cycle = 0;   // the last pipeline stage of this step ends here
  CoreCounters counts;    // this step only
};

// The learning phase of one core at one step (docs/learning.md section 6).
struct LearningStepResult {
  std::uint64_t synapse_updates = 0;  // plastic synapses evaluated [count]
  Cycle cycles = 0;                   // this core's learning-phase latency [cycles]
  bool epoch_end = false;             // some plastic projection on this core ended an epoch
};

}  // namespace nm
