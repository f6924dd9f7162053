// Energy from counts: every dynamic term is (events x energy per event) from the architecture's
// tables, and static energy is static power x simulated time. Computed after the run, so a new
// energy table needs no re-run and every figure can be checked by hand.
#pragma once

#include "hw_model/arch_params.h"
#include "hw_model/sim_result.h"

namespace nm {

struct EnergyBreakdown {
  double axon_fetch_pj = 0;             // input axon list fetches [pJ]
  double synaptic_ops_pj = 0;           // synaptic operations [pJ]
  double neuron_updates_active_pj = 0;  // spiking compartment updates [pJ]
  double neuron_updates_idle_pj = 0;    // non-spiking compartment updates [pJ]
  double spike_out_pj = 0;              // output packets generated [pJ]
  double noc_local_delivery_pj = 0;     // every packet's delivery within its destination tile [pJ]
  double noc_hops_east_west_pj = 0;     // flit-hops along x [pJ]
  double noc_hops_north_south_pj = 0;   // flit-hops along y [pJ]
  double noc_inter_chip_pj = 0;         // flit-hops over inter-chip links: flit_bits x pJ/bit [pJ]
  double noc_buffer_write_pj = 0;       // flits written into router input buffers [pJ]
  double noc_buffer_read_pj = 0;        // flits read out of router input buffers [pJ]
  double static_pj = 0;                 // chip static power x simulated time [pJ]
  double noc_static_pj = 0;             // router static power x routers x simulated time [pJ]
  double learning_pj = 0;               // plastic synapse updates in learning phases [pJ]

  double cores_pj() const;
  double noc_pj() const;
  double inference_pj() const { return cores_pj() + noc_pj(); }
  double dynamic_pj() const { return inference_pj() + learning_pj; }
  double total_pj() const { return dynamic_pj() + static_pj + noc_static_pj; }
};

// Simulated time of `cycles` cycles [s].
double simulated_seconds(const ArchParams& arch, Cycle cycles);
// Average power of `energy_pj` spent over `seconds` of simulated time [mW] (0 when no time).
double average_power_mw(double energy_pj, double seconds);
EnergyBreakdown compute_energy(const ArchParams& arch, const SimulationResult& result);

}  // namespace nm
