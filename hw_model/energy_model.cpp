#include "hw_model/energy_model.h"

namespace nm {

double EnergyBreakdown::cores_pj() const {
  return axon_fetch_pj + synaptic_ops_pj + neuron_updates_active_pj + neuron_updates_idle_pj +
         spike_out_pj;
}

double EnergyBreakdown::noc_pj() const {
  return noc_local_delivery_pj + noc_hops_east_west_pj + noc_hops_north_south_pj;
}

double simulated_seconds(const ArchParams& arch, Cycle cycles) {
  return static_cast<double>(cycles) * static_cast<double>(arch.chip.clock_period_ps) * 1e-12;
}

EnergyBreakdown compute_energy(const ArchParams& arch, const SimulationResult& r) {
  const CoreEnergy& ce = arch.core.energy;
  const NocParams& noc = arch.noc;
  EnergyBreakdown e;
  e.axon_fetch_pj = static_cast<double>(r.cores.axon_events) * ce.axon_fetch_pj;
  e.synaptic_ops_pj = static_cast<double>(r.cores.synops) * ce.synop_pj;
  e.neuron_updates_active_pj =
      static_cast<double>(r.cores.neuron_updates_active) * ce.neuron_update_active_pj;
  e.neuron_updates_idle_pj =
      static_cast<double>(r.cores.neuron_updates_idle) * ce.neuron_update_idle_pj;
  e.spike_out_pj = static_cast<double>(r.cores.packets_out) * ce.spike_out_pj;
  e.noc_local_delivery_pj = static_cast<double>(r.mesh.delivered) * noc.local_delivery_pj;
  e.noc_hops_east_west_pj = static_cast<double>(r.routers.flits_east_west) * noc.hop_east_west_pj;
  e.noc_hops_north_south_pj =
      static_cast<double>(r.routers.flits_north_south) * noc.hop_north_south_pj;
  // mW x s = mJ = 1e9 pJ
  e.static_pj = arch.chip.static_power_mw * simulated_seconds(arch, r.total_cycles) * 1e9;
  return e;
}

}  // namespace nm
