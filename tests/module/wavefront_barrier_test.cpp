// The wavefront barrier through the SystemC step controller, on the `tiny` preset (1 ns clock,
// 2x2 tiles, idle update 2 cycles) with barrier.model switched to wavefront: every step ends at
// its activity end + base + 2 x the slowest root-to-tile path.
#include <gtest/gtest.h>

#include "hw_model/simulation.h"
#include "tiny_network.h"

namespace nm::test {
namespace {

LifParams quiet_neuron() {
  LifParams p;
  p.vth = 1000;  // never reached here
  return p;
}

// Wavefront from root (1,0): base 3, east-west hop 2, north-south hop 3.
ArchParams wavefront_arch() {
  ArchParams arch = tiny_arch();
  arch.barrier.model = BarrierParams::Model::Wavefront;
  arch.barrier.root = {1, 0};
  arch.barrier.base_cycles = 3;
  arch.barrier.hop_east_west_cycles = 2;
  arch.barrier.hop_north_south_cycles = 3;
  return arch;
}

// Three quiet neurons on core 0, nothing sent: each step's cores are done after 3 x 2 = 6 cycles.
SimulationResult run_quiet(const ArchParams& arch, std::uint64_t steps) {
  const SnnNetwork net = make_network({lif_population("a", 3, quiet_neuron())}, {}, 0);
  const Mapping m = map_sequential(net, arch.core.capacity, arch.chip.cores());
  RunOptions o;
  o.steps = steps;
  return simulate(arch, net, m, o);
}

TEST(WavefrontBarrier, StepEndsAtActivityEndPlusTheWavefrontLatency) {
  const ArchParams arch = wavefront_arch();
  // From (1,0): (0,0) 2, (1,1) 3, (0,1) 2 + 3 = 5. Latency 3 + 2 x 5 = 13 (fixed model: 5).
  ASSERT_EQ(barrier_latency_cycles(arch), 13u);
  const SimulationResult r = run_quiet(arch, 2);
  ASSERT_EQ(r.steps.size(), 2u);
  EXPECT_EQ(r.steps[0].cores_done_cycle, 6u);
  EXPECT_EQ(r.steps[0].barrier_cycles, 13u);
  EXPECT_EQ(r.steps[0].end_cycle, 6u + 13u);
  EXPECT_EQ(r.steps[1].start_cycle, 19u);
  EXPECT_EQ(r.steps[1].cores_done_cycle, 25u);
  EXPECT_EQ(r.steps[1].end_cycle, 25u + 13u);
  EXPECT_EQ(r.total_cycles, 38u);
}

TEST(WavefrontBarrier, InterChipHopsLengthenEveryStep) {
  ArchParams arch = wavefront_arch();
  arch.noc.chip_boundary_every_x = 1;  // the x = 0 -> 1 link crosses a chip
  arch.noc.inter_chip_hop_cycles = 7;
  // From (1,0): (0,0) 7 (inter-chip), (1,1) 3, (0,1) 7 + 3 = 10. Latency 3 + 2 x 10 = 23.
  ASSERT_EQ(barrier_latency_cycles(arch), 23u);
  const SimulationResult r = run_quiet(arch, 2);
  ASSERT_EQ(r.steps.size(), 2u);
  EXPECT_EQ(r.steps[0].end_cycle, 6u + 23u);
  EXPECT_EQ(r.steps[1].start_cycle, 29u);
  EXPECT_EQ(r.steps[1].end_cycle, 29u + 6u + 23u);
  EXPECT_EQ(r.total_cycles, 58u);
}

}  // namespace
}  // namespace nm::test
