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

}  // namespace
}  // namespace nm
