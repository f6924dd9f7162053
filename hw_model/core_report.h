// The per-core part of report.json: how busy each used core's pipeline was and what it did
// (`core_activity[]`, docs/report.md), read from the run's per-core counters.
#pragma once

#include <nlohmann/json.hpp>

#include "hw_model/arch_params.h"
#include "hw_model/sim_result.h"
#include "mapper/mapping.h"

namespace nm {

// One object per core that holds at least one neuron, by global core index: `core`, `tile`,
// `busy_cycles`, `utilisation` (busy_cycles / time.total_cycles), `synaptic_ops`, `spikes`,
// `packets`. Empty when the result carries no per-core counters.
nlohmann::json core_activity_json(const ArchParams& arch, const Mapping& mapping,
                                  const SimulationResult& r);

}  // namespace nm
