// Energy is counts x table + static power x time: checked by arithmetic.
#include "hw_model/energy_model.h"

#include <gtest/gtest.h>

namespace nm {
namespace {

TEST(EnergyModel, EveryTermIsCountTimesItsTableEntry) {
  ArchParams arch;  // the struct defaults are the Loihi Table 2 figures
  arch.chip.clock_period_ps = 100;
  SimulationResult r;
  r.cores.synops = 10;
  r.cores.neuron_updates_active = 2;
  r.cores.neuron_updates_idle = 5;
  r.cores.axon_events = 3;
  r.cores.packets_out = 4;
  r.mesh.delivered = 4;
  r.routers.flits_east_west = 6;
  r.routers.flits_north_south = 1;
  const EnergyBreakdown e = compute_energy(arch, r);
  EXPECT_DOUBLE_EQ(e.synaptic_ops_pj, 10 * 23.6);
  EXPECT_DOUBLE_EQ(e.neuron_updates_active_pj, 2 * 81.0);
  EXPECT_DOUBLE_EQ(e.neuron_updates_idle_pj, 5 * 52.0);
  EXPECT_DOUBLE_EQ(e.noc_local_delivery_pj, 4 * 1.7);
  EXPECT_DOUBLE_EQ(e.noc_hops_east_west_pj, 6 * 3.0);
  EXPECT_DOUBLE_EQ(e.noc_hops_north_south_pj, 1 * 4.0);
  EXPECT_DOUBLE_EQ(e.dynamic_pj(), 236.0 + 162.0 + 260.0 + 6.8 + 18.0 + 4.0);
  EXPECT_DOUBLE_EQ(e.static_pj, 0.0);
}

TEST(EnergyModel, StaticEnergyIsPowerTimesSimulatedTime) {
  ArchParams arch;
  arch.chip.clock_period_ps = 100;
  arch.chip.static_power_mw = 104.0;
  SimulationResult r;
  r.total_cycles = 10'000'000;  // 1 ms
  const EnergyBreakdown e = compute_energy(arch, r);
  EXPECT_DOUBLE_EQ(simulated_seconds(arch, r.total_cycles), 1e-3);
  EXPECT_NEAR(e.static_pj, 104e-3 * 1e-3 * 1e12, 1e-3);  // 104 mW x 1 ms = 104 nJ
  EXPECT_DOUBLE_EQ(e.total_pj(), e.dynamic_pj() + e.static_pj);
}

TEST(EnergyModel, NocBufferInterChipAndRouterStaticTerms) {
  ArchParams arch;  // 8 x 4 = 32 tiles, 100 ps clock, hop energies 3.0 (EW) and 4.0 (NS) pJ
  arch.noc.buffer_write_pj = 0.5;
  arch.noc.buffer_read_pj = 0.25;
  arch.noc.inter_chip_pj_per_bit = 0.125;
  arch.noc.flit_bits = 32;
  arch.noc.router_static_power_mw = 2.0;
  SimulationResult r;
  r.routers.buffer_writes = 12;
  r.routers.buffer_reads = 10;
  r.routers.flits_east_west = 6;  // of which 2 over inter-chip links
  r.routers.flits_inter_chip_east_west = 2;
  r.routers.flits_north_south = 3;  // of which 1 over an inter-chip link
  r.routers.flits_inter_chip_north_south = 1;
  r.total_cycles = 1000;  // 1000 x 100 ps = 1e-7 s
  const EnergyBreakdown e = compute_energy(arch, r);
  EXPECT_DOUBLE_EQ(e.noc_buffer_write_pj, 6.0);   // 12 x 0.5
  EXPECT_DOUBLE_EQ(e.noc_buffer_read_pj, 2.5);    // 10 x 0.25
  EXPECT_DOUBLE_EQ(e.noc_inter_chip_pj, 12.0);    // (2 + 1) flits x 32 bits x 0.125 pJ/bit
  EXPECT_DOUBLE_EQ(e.noc_hops_east_west_pj, 12.0);    // (6 - 2) on-chip x 3.0
  EXPECT_DOUBLE_EQ(e.noc_hops_north_south_pj, 8.0);   // (3 - 1) on-chip x 4.0
  EXPECT_DOUBLE_EQ(e.noc_static_pj, 6400.0);  // 2 mW x 32 routers x 1e-7 s = 6.4e-6 mJ = 6400 pJ
  EXPECT_DOUBLE_EQ(e.static_pj, 0.0);         // chip static power 0
  EXPECT_DOUBLE_EQ(e.noc_pj(), 40.5);         // 12 + 8 + 12 + 6 + 2.5 (no local deliveries)
  EXPECT_DOUBLE_EQ(e.total_pj(), 6440.5);     // no core events: 40.5 + 0 + 6400
}

}  // namespace
}  // namespace nm
