// Everything one run produced, in counts and cycles. Energy and reports are derived from it.
#pragma once

#include <cstdint>
#include <vector>

#include "cores/core_counters.h"
#include "cores/core_model.h"
#include "hw_model/chip_model.h"
#include "hw_model/step_record.h"
#include "noc/mesh.h"
#include "noc/router_counters.h"

namespace nm {

struct SimulationResult {
  std::vector<StepRecord> steps;
  CoreCounters cores;          // summed over every core
  std::vector<CoreCounters> per_core;      // every core's own counters, by global core index
  RouterCounters routers;      // summed over every router (max_buffer_occupancy: the maximum)
  std::vector<RouterCounters> per_router;  // every router's own counters, row-major by tile
  MeshStats mesh;
  std::vector<RecordedSpike> spikes;    // recorded populations only, in (step, neuron) order
  std::vector<VoltageSample> voltages;  // recorded neurons only, in (step, neuron) order
  std::vector<PlasticSynapseState> plastic;  // final state of every plastic synapse
  Cycle total_cycles = 0;      // end of the last step's barrier and learning phase [cycles]
  double host_seconds = 0.0;   // wall time of the simulation loop alone [s]
  double host_cpu_seconds = 0.0;  // CPU time of this process during that loop [s]
  std::uint64_t synapse_memory_bytes = 0;  // host memory of every core's synapse memory [bytes]
};

}  // namespace nm
