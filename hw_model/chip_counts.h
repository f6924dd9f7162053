// The chip's event counts so far, gathered from its plain model: every core's counters (summed
// and per core), every router's counters (summed and per router) and the mesh's delivery
// statistics. Shared by the SystemC run (simulation.cpp) and the plain runner
// (plain_chip_runner.h); energy follows from these by compute_energy().
#pragma once

#include "hw_model/chip_model.h"
#include "hw_model/sim_result.h"

namespace nm {

// Fills cores, per_core, routers, per_router and mesh of a SimulationResult (the rest stays empty).
SimulationResult chip_counts(const ChipModel& chip);

}  // namespace nm
