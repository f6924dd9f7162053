#include "hw_model/energy_model.h"

namespace nm {

double EnergyBreakdown::cores_pj() const {
  return axon_fetch_pj + synaptic_ops_pj + neuron_updates_active_pj + neuron_updates_idle_pj +
         spike_out_pj;
}

double EnergyBreakdown::noc_pj() const {
  return noc_local_delivery_pj + noc_hops_east_west_pj + noc_hops_north_south_pj +
         noc_inter_chip_pj + noc_buffer_write_pj + noc_buffer_read_pj;
}

double simulated_seconds(const ArchParams& arch, Cycle cycles) {
  return static_cast<double>(cycles) * static_cast<double>(arch.chip.clock_period_ps) * 1e-12;
}

double average_power_mw(double energy_pj, double seconds) {
  return seconds > 0 ? energy_pj * 1e-9 / seconds : 0.0;  // pJ -> mJ, mJ/s = mW
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
  e.learning_pj = static_cast<double>(r.cores.learning_updates) * ce.learning_update_pj;
  e.noc_local_delivery_pj = static_cast<double>(r.mesh.delivered) * noc.local_delivery_pj;
  // An inter-chip hop is charged per bit instead of the on-chip hop energy of its direction.
  const RouterCounters& rc = r.routers;
  e.noc_hops_east_west_pj =
      static_cast<double>(rc.flits_east_west - rc.flits_inter_chip_east_west) * noc.hop_east_west_pj;
  e.noc_hops_north_south_pj = static_cast<double>(rc.flits_north_south -
                                                  rc.flits_inter_chip_north_south) *
                              noc.hop_north_south_pj;
  e.noc_inter_chip_pj =
      static_cast<double>(rc.flits_inter_chip_east_west + rc.flits_inter_chip_north_south) *
      static_cast<double>(noc.flit_bits) * noc.inter_chip_pj_per_bit;
  e.noc_buffer_write_pj = static_cast<double>(rc.buffer_writes) * noc.buffer_write_pj;
  e.noc_buffer_read_pj = static_cast<double>(rc.buffer_reads) * noc.buffer_read_pj;
  e.noc_static_pj = noc.router_static_power_mw * arch.chip.tiles() *
                    simulated_seconds(arch, r.total_cycles) * 1e9;
  // mW x s = mJ = 1e9 pJ
  e.static_pj = arch.chip.static_power_mw * simulated_seconds(arch, r.total_cycles) * 1e9;
  return e;
}

}  // namespace nm
