#include "hw_model/core_report.h"

namespace nm {

nlohmann::json core_activity_json(const ArchParams& arch, const Mapping& mapping,
                                  const SimulationResult& r) {
  nlohmann::json cores = nlohmann::json::array();
  const double total_cycles = static_cast<double>(r.total_cycles);
  for (CoreId k = 0; k < r.per_core.size() && k < mapping.usage.size(); ++k) {
    if (mapping.usage[k].neurons == 0) continue;
    const CoreCounters& c = r.per_core[k];
    const std::uint32_t tile = k / arch.chip.cores_per_tile;
    cores.push_back(
        {{"core", k},
         {"tile", {tile % arch.chip.mesh_width, tile / arch.chip.mesh_width}},
         {"busy_cycles", c.busy_cycles},
         {"utilisation", total_cycles > 0 ? static_cast<double>(c.busy_cycles) / total_cycles : 0.0},
         {"synaptic_ops", c.synops},
         {"spikes", c.neuron_spikes + c.source_spikes},
         {"packets", c.packets_out},
         {"u_wraps", c.u_wraps}});
  }
  return cores;
}

}  // namespace nm
