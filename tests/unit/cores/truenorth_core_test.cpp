// The TrueNorth core (cores/truenorth_core.h): crossbar and axon-type integration, the axon
// scheduler's delivery ticks, the packet it emits (target, delivery-tick field, cycle), and the
// sequential timing and counts.
#include "cores/truenorth_core.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/errors.h"

namespace nm {
namespace {

class TnCoreTest : public ::testing::Test {
 protected:
  TnCoreTest() {
    timing_.axon_fetch_cycles = 2;
    timing_.synop_cycles = 3;
    timing_.neuron_update_active_cycles = 11;
    timing_.neuron_update_idle_cycles = 7;
    timing_.spike_out_cycles = 5;
    img_.resize(2);
    img_.neuron_of = {100, 101};
    for (TnNeuronParams& p : img_.params) {
      p.weights[0] = 4;
      p.weights[1] = -1;
      p.weights[2] = 9;
      p.threshold = 8;
      p.neg_threshold = 100;
    }
    img_.crossbar.set_axon_type(0, 0);
    img_.crossbar.set_axon_type(1, 1);
    img_.crossbar.set_axon_type(2, 2);
    img_.crossbar.connect(0, 0);
    img_.crossbar.connect(1, 0);
    img_.crossbar.connect(2, 1);
    img_.crossbar.connect(0, 1);
    img_.targets[1] = {true, 7, 33, 3};
  }
  CoreStepResult step(TrueNorthCore& core, std::uint64_t t) {
    out_.clear();
    spikes_.clear();
    voltages_.clear();
    return core.run_step(t, 1000, out_, spikes_, voltages_);
  }
  CoreTiming timing_;
  TrueNorthImage img_;
  std::vector<OutgoingSpike> out_;
  std::vector<SpikeRecord> spikes_;
  std::vector<VoltageSample> voltages_;
};

TEST_F(TnCoreTest, IntegratesConnectedAxonsByTheirType) {
  TrueNorthCore core(0, "c", img_, timing_);
  core.receive(0, 1);
  core.receive(1, 1);
  const CoreStepResult r = step(core, 1);
  EXPECT_EQ(core.v(0), 3);  // axon 0 (type 0: +4) and axon 1 (type 1: -1)
  EXPECT_EQ(core.v(1), 4);  // axon 0 only: axon 1 is not connected to neuron 1
  EXPECT_EQ(r.counts.axon_events, 2u);
  EXPECT_EQ(r.counts.synops, 3u);
  EXPECT_EQ(r.counts.neuron_updates_idle, 2u);
  EXPECT_TRUE(out_.empty());
}

TEST_F(TnCoreTest, DeliversAtTheTickNamedByThePacket) {
  TrueNorthCore core(0, "c", img_, timing_);
  core.receive(0, 3);  // due at tick 3 (and 19, 35 ...)
  step(core, 1);
  step(core, 2);
  EXPECT_EQ(core.v(0), 0);
  step(core, 3);
  EXPECT_EQ(core.v(0), 4);
  step(core, 19);  // the slot was cleared when tick 3 read it
  EXPECT_EQ(core.v(0), 4);
}

TEST_F(TnCoreTest, EmitsOnePacketToItsTargetWithDeliveryTickAndCycle) {
  TrueNorthCore core(0, "c", img_, timing_);
  core.receive(2, 14);
  core.receive(0, 14);
  const CoreStepResult r = step(core, 14);  // neuron 1: 9 + 4 = 13 >= 8, spikes
  ASSERT_EQ(out_.size(), 1u);
  EXPECT_EQ(out_[0].dst_core, 7u);
  EXPECT_EQ(out_[0].dst_axon, 33u);
  EXPECT_EQ(out_[0].src_neuron, 101u);
  EXPECT_EQ(out_[0].payload, (14 + 3) % 16);  // delivery tick field wraps at 16
  // 2 axons x 2, neuron 0: 1 synop x 3 + idle 7, neuron 1: 2 synops x 3 + active 11, out 5.
  const Cycle expected = 1000 + 4 + 3 + 7 + 6 + 11 + 5;
  EXPECT_EQ(out_[0].emit_cycle, expected);
  EXPECT_EQ(r.done_cycle, expected);
  EXPECT_EQ(r.counts.busy_cycles, expected - 1000);
  EXPECT_EQ(r.counts.neuron_updates_active, 1u);
  EXPECT_EQ(r.counts.packets_out, 1u);
  EXPECT_EQ(core.v(1), 0);  // normal reset to R = 0
}

TEST_F(TnCoreTest, SpikesWithoutTargetSendNothing) {
  img_.targets[1].valid = false;
  img_.record_spikes[1] = 1;
  TrueNorthCore core(0, "c", img_, timing_);
  core.receive(2, 1);
  step(core, 1);
  EXPECT_TRUE(out_.empty());
  ASSERT_EQ(spikes_.size(), 1u);
  EXPECT_EQ(spikes_[0].neuron, 101u);
}

// Stochastic leak only: each neuron steps +1 with p = 101/256 per tick, threshold 3.
std::vector<std::int32_t> stochastic_run(TrueNorthImage img, const std::string& name,
                                         std::uint64_t seed) {
  for (TnNeuronParams& p : img.params) {
    p = TnNeuronParams{};
    p.leak = 100;
    p.stochastic_leak = true;
    p.threshold = 3;
  }
  img.prng_seed = seed;
  TrueNorthCore core(0, name, img, CoreTiming{});
  std::vector<OutgoingSpike> out;
  std::vector<SpikeRecord> spikes;
  std::vector<VoltageSample> v;
  std::vector<std::int32_t> trace;
  for (std::uint64_t t = 1; t <= 40; ++t) {
    core.run_step(t, 0, out, spikes, v);
    trace.push_back(core.v(0));
    trace.push_back(core.v(1));
  }
  return trace;
}

TEST_F(TnCoreTest, StochasticRunsRepeatForASeedAndNameAndDifferOtherwise) {
  const auto a = stochastic_run(img_, "chip.tile_0_0.core_0", 5);
  EXPECT_EQ(a, stochastic_run(img_, "chip.tile_0_0.core_0", 5));
  EXPECT_NE(a, stochastic_run(img_, "chip.tile_1_0.core_0", 5));
  EXPECT_NE(a, stochastic_run(img_, "chip.tile_0_0.core_0", 6));
  // Hand replay of neuron 0: one rho per neuron per tick, neuron 0 first.
  Rng rng(5, "chip.tile_0_0.core_0");
  std::int32_t v = 0;
  for (std::size_t t = 0; t < 40; ++t) {
    v += (rng.next_u64() & 0xFF) <= 100 ? 1 : 0;  // neuron 0's draw
    rng.next_u64();                               // neuron 1's draw
    if (v >= 3) v = 0;
    EXPECT_EQ(a[2 * t], v) << "tick " << t + 1;
  }
}

TEST(TnCrossbar, PacksBitsPerNeuronAndKeepsAxonTypes) {
  TnCrossbar x;
  x.connect(255, 0);
  x.connect(64, 0);
  x.connect(0, 255);
  x.set_axon_type(255, 3);
  EXPECT_TRUE(x.connected(255, 0));
  EXPECT_TRUE(x.connected(64, 0));
  EXPECT_FALSE(x.connected(63, 0));
  EXPECT_TRUE(x.connected(0, 255));
  EXPECT_EQ(x.axon_type(255), 3u);
  EXPECT_EQ(x.axon_type(0), 0u);
  EXPECT_EQ(x.synapse_count(), 3u);
  Bits256 active;
  active.set(64);
  active.set(0);
  EXPECT_EQ(x.hits(active, 0).count(), 1u);
  EXPECT_THROW(x.connect(256, 0), InternalError);
  EXPECT_THROW(x.set_axon_type(0, 4), InternalError);
}

TEST(TnScheduler, HoldsSixteenTicksAndClearsOnRead) {
  TnScheduler s;
  s.schedule(5, 15);
  s.schedule(6, 0);
  EXPECT_TRUE(s.peek(15).test(5));
  EXPECT_TRUE(s.take(31).test(5));  // 31 mod 16 = 15
  EXPECT_FALSE(s.peek(15).test(5));
  EXPECT_TRUE(s.take(16).test(6));
  EXPECT_THROW(s.schedule(1, 16), InternalError);
}

}  // namespace
}  // namespace nm
