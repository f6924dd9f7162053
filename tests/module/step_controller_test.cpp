// The step controller's phases on the `tiny` preset (1 ns clock; idle update 2 cycles, active 3,
// axon fetch 1, synop 1, east-west hop 2, north-south hop 3, local delivery 1, barrier 5 cycles;
// 2x2 tiles of 2 cores: cores 0,1 on tile (0,0), cores 2,3 on tile (1,0), cores 4,5 on (0,1)).
#include <gtest/gtest.h>

#include <algorithm>

#include "hw_model/simulation.h"
#include "tiny_network.h"

namespace nm::test {
namespace {

LifParams quiet_neuron() {
  LifParams p;
  p.vth = 1000;  // 64000: never reached here
  return p;
}

// Maps `net` sequentially on `arch` and simulates `steps` steps.
SimulationResult run(const ArchParams& arch, const SnnNetwork& net, std::uint64_t steps,
                     bool lockstep = false) {
  const Mapping m = map_sequential(net, arch.core.capacity, arch.chip.cores());
  RunOptions o;
  o.steps = steps;
  o.lockstep = lockstep;
  return simulate(arch, net, m, o);
}

// Source 0 (core 0) fires at step 1; pad neuron 1 (core 1); target neuron 2 (core 2, one hop east).
SnnNetwork one_hop_network() {
  return make_network({listed_source("src", {{1}}), lif_population("pad", 1, quiet_neuron()),
                       lif_population("dst", 1, quiet_neuron())},
                      {{0, 2, 5, 0}}, /*neurons_per_core=*/1);
}

// The hand-computed timing of one_hop_network() over two steps on `tiny`.
void expect_one_hop_timing(const SimulationResult& r) {
  ASSERT_EQ(r.steps.size(), 2u);
  // Step 1: the source emits at cycle 0; one east hop (2) and local delivery (1): arrives at 3.
  // The cores are done at 2 (one idle update each), so the step's activity ends at 3, not 2.
  EXPECT_EQ(r.steps[0].cores_done_cycle, 2u);
  EXPECT_EQ(r.steps[0].last_delivery_cycle, 3u);
  EXPECT_EQ(r.steps[0].end_cycle, 3u + 5u);
  EXPECT_EQ(r.mesh.latency_max, 3u);
  EXPECT_EQ(r.routers.flits_east_west, 1u);
  // Step 2 starts at 8; core 2 fetches the axon (1), one synop (1), one idle update (2): done at 12.
  EXPECT_EQ(r.steps[1].start_cycle, 8u);
  EXPECT_EQ(r.steps[1].cores_done_cycle, 12u);
  EXPECT_EQ(r.steps[1].synops, 1u);
  EXPECT_EQ(r.steps[1].end_cycle, 17u);
}

TEST(StepController, StepEndsAtSlowestCorePlusBarrierWhenNothingIsSent) {
  const ArchParams arch = tiny_arch();
  const SnnNetwork net = make_network({lif_population("a", 3, quiet_neuron())}, {}, 0);
  const SimulationResult r = run(arch, net, 3);
  ASSERT_EQ(r.steps.size(), 3u);
  // Three idle updates of 2 cycles on one core, then a 5-cycle barrier.
  EXPECT_EQ(r.steps[0].start_cycle, 0u);
  EXPECT_EQ(r.steps[0].cores_done_cycle, 6u);
  EXPECT_EQ(r.steps[0].end_cycle, 11u);
  EXPECT_EQ(r.steps[1].start_cycle, 11u);
  EXPECT_EQ(r.steps[2].end_cycle, 33u);
  EXPECT_EQ(r.total_cycles, 33u);
}

TEST(StepController, StepWaitsForTheLastDeliveryWhenItComesAfterTheCores) {
  const ArchParams arch = tiny_arch();
  const SnnNetwork net = one_hop_network();
  ASSERT_EQ(map_sequential(net, arch.core.capacity, arch.chip.cores()).core_of[2], 2u);
  expect_one_hop_timing(run(arch, net, 2));
}

TEST(StepController, LockstepModeGivesTheSameStepsAsEventMode) {
  // Each SystemC design needs its own process, so lockstep is checked against the same
  // hand-computed figures as the event-mode twin (StepWaitsForTheLastDelivery...).
  const ArchParams arch = tiny_arch();
  expect_one_hop_timing(run(arch, one_hop_network(), 2, /*lockstep=*/true));
}

TEST(StepController, SpikeReachesTargetCurrentOneStepLater) {
  const ArchParams arch = tiny_arch();
  LifParams eager;
  eager.du = 4095;  // u holds only this step's input
  eager.vth = 5;    // 320 < 5 * 64 * 2
  const SnnNetwork net =
      make_network({listed_source("src", {{1, 2}}), lif_population("pad", 1, quiet_neuron()),
                    lif_population("dst", 1, eager)},
                   {{0, 2, 5, 0}}, 1);
  const SimulationResult r = run(arch, net, 4);
  // dst gets 320 into u at steps 2 and 3; v = 320, then 640 > 320 at step 3: one spike at step 3.
  std::vector<std::uint64_t> dst_steps;
  for (const RecordedSpike& s : r.spikes) {
    if (s.neuron == 2) dst_steps.push_back(s.step);
  }
  EXPECT_EQ(dst_steps, (std::vector<std::uint64_t>{3}));
}

TEST(StepController, BackPressureDelaysDeliveriesButLosesNothing) {
  ArchParams arch = tiny_arch();
  arch.noc.link_cycles_per_flit = 4;  // a slow link; buffers of 2 flits fill up
  std::vector<std::vector<std::uint32_t>> times(16, std::vector<std::uint32_t>{1});
  std::vector<Synapse> syn;
  for (NeuronId s = 0; s < 16; ++s) syn.push_back({s, 16, 1, 0});
  // 16 sources on cores 0..1 (8 per core), target on core 2 (tile (1,0)).
  const SnnNetwork net = make_network({listed_source("src", times),
                                       lif_population("dst", 1, quiet_neuron())},
                                      syn, 8);
  ASSERT_EQ(map_sequential(net, arch.core.capacity, arch.chip.cores()).core_of[16], 2u);
  const SimulationResult r = run(arch, net, 2);
  EXPECT_EQ(r.mesh.delivered, 16u);
  EXPECT_EQ(r.steps[1].synops, 16u);
  // 16 flits share one east link at one flit per 4 cycles: the last leaves at 60, arrives 63.
  EXPECT_EQ(r.steps[0].last_delivery_cycle, 60u + 2u + 1u);
  EXPECT_GT(r.routers.stall_cycles, 0u);
}

}  // namespace
}  // namespace nm::test
