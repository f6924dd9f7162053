// What happened in one algorithmic time step: its timing and its event counts.
#pragma once

#include <cstdint>

#include "common/types.h"

namespace nm {

struct StepRecord {
  std::uint64_t step = 0;            // 1-based
  Cycle start_cycle = 0;             // cores start integrate-and-fire [cycle]
  Cycle cores_done_cycle = 0;        // the slowest core's pipeline ends [cycle]
  Cycle last_delivery_cycle = 0;     // the last spike of the step reaches its core [cycle]
  Cycle barrier_cycles = 0;          // barrier latency [cycles]
  Cycle learning_cycles = 0;         // learning phase after the barrier (0 unless an epoch ends) [cycles]
  Cycle end_cycle = 0;               // barrier and learning done; the next step starts here [cycle]
  std::uint64_t neuron_spikes = 0;   // [count]
  std::uint64_t source_spikes = 0;   // [count]
  std::uint64_t synops = 0;          // [count]
  std::uint64_t packets = 0;         // [count]
  std::uint64_t hops_east_west = 0;  // [flit-hops]
  std::uint64_t hops_north_south = 0;  // [flit-hops]
  std::uint64_t learning_updates = 0;  // plastic synapse updates in the learning phase [count]
  Cycle latency_cycles() const { return end_cycle - start_cycle; }
};

}  // namespace nm
