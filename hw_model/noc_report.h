// The NoC part of report.json beyond the totals: packet latency distribution, hops, conservation,
// buffer traffic and, per router, link utilisation, buffer occupancy and stalls (docs/report.md).
#pragma once

#include <nlohmann/json.hpp>

#include "hw_model/arch_params.h"
#include "hw_model/sim_result.h"

namespace nm {

// Adds the detail keys to the report's `noc` object.
void add_noc_details(nlohmann::json& noc, const ArchParams& arch, const SimulationResult& r);

}  // namespace nm
