// The core's functional model and its pipeline timing, on tiny hand-computable images.
#include "cores/core_model.h"

#include <gtest/gtest.h>

#include "core_fixture.h"

namespace nm {
namespace {

// Three LIF compartments; input axon 0 feeds compartments 0 and 1; compartment 2 always spikes
// (bias above threshold) and fans out to two destinations.
class CoreModelTest : public CoreFixture {
 protected:
  CoreImage make_image(std::uint32_t delay_of_second_synapse = 0) {
    CoreImage img;
    img.neuron_of = {10, 11, 12};
    img.is_source = {0, 0, 0};
    img.record_spikes = {1, 1, 1};
    img.record_voltage = {1, 0, 0};
    img.lif = {make_lif_constants(4095, 0, 1000, 0, 0), make_lif_constants(4095, 0, 1000, 0, 0),
               make_lif_constants(0, 4095, 1, 100, 0)};
    img.u0 = {0, 0, 0};
    img.v0 = {0, 0, 0};
    img.sources.assign(3, SourceCompartment{});
    img.synapses.add(0, {0, 7 * 64, 0});  // effective weights: mantissa x 64
    img.synapses.add(0, {1, 9 * 64, static_cast<std::uint16_t>(delay_of_second_synapse)});
    img.synapses.seal(1);
    img.out_offsets = {0, 0, 0, 2};
    img.out_axons = {{4, 0}, {5, 3}};
    img.max_delay_steps = 2;
    return img;
  }

  // A core holding one spike-source compartment with no fan-out.
  static CoreImage source_image(const SourceCompartment& src) {
    CoreImage img;
    img.neuron_of = {0};
    img.is_source = {1};
    img.record_spikes = {0};
    img.record_voltage = {0};
    img.lif.assign(1, LifConstants{});
    img.u0 = {0};
    img.v0 = {0};
    img.sources = {src};
    img.synapses.seal(0);
    img.out_offsets = {0, 0};
    return img;
  }

};

TEST_F(CoreModelTest, StepTimeIsSumOfStagesWhenNoInput) {
  NeuroCore core(0, "c", make_image(), timing_);
  const CoreStepResult r = step(core, 1, 100);
  // idle, idle, active(5) + 2 packets x spike_out(1)
  EXPECT_EQ(r.done_cycle, 100u + 3 + 3 + 5 + 2);
  EXPECT_EQ(r.counts.neuron_updates_idle, 2u);
  EXPECT_EQ(r.counts.neuron_updates_active, 1u);
  ASSERT_EQ(packets_.size(), 2u);
  EXPECT_EQ(packets_[0].emit_cycle, 100u + 3 + 3 + 5 + 1);
  EXPECT_EQ(packets_[1].emit_cycle, 100u + 3 + 3 + 5 + 2);
  EXPECT_EQ(packets_[0].dst_core, 4u);
  EXPECT_EQ(packets_[1].dst_axon, 3u);
  EXPECT_EQ(packets_[0].src_neuron, 12u);
}

TEST_F(CoreModelTest, ReceivedAxonCostsFetchPlusSynopsNextStep) {
  NeuroCore core(0, "c", make_image(), timing_);
  step(core, 1, 0);
  core.receive(0);
  const CoreStepResult r = step(core, 2, 1000);
  EXPECT_EQ(r.counts.axon_events, 1u);
  EXPECT_EQ(r.counts.synops, 2u);
  EXPECT_EQ(r.done_cycle, 1000u + 1 + 2 * 2 + 3 + 3 + 5 + 2);
}

TEST_F(CoreModelTest, WeightReachesCurrentInTheStepItIsProcessed) {
  NeuroCore core(0, "c", make_image(), timing_);
  step(core, 1, 0);
  core.receive(0);
  step(core, 2, 100);
  EXPECT_EQ(core.u(0), 7 * 64);
  EXPECT_EQ(core.u(1), 9 * 64);
}

TEST_F(CoreModelTest, DelayedSynapseArrivesDelayStepsLater) {
  NeuroCore core(0, "c", make_image(/*delay=*/2), timing_);
  step(core, 1, 0);
  core.receive(0);
  step(core, 2, 100);
  EXPECT_EQ(core.u(1), 0);  // du = 4095: u carries nothing over, so u shows only this step's input
  step(core, 3, 200);
  EXPECT_EQ(core.u(1), 0);
  step(core, 4, 300);
  EXPECT_EQ(core.u(1), 9 * 64);
  step(core, 5, 400);
  EXPECT_EQ(core.u(1), 0);
}

TEST_F(CoreModelTest, RecordsVoltageAtTheCycleItsUpdateEnds) {
  NeuroCore core(0, "c", make_image(), timing_);
  step(core, 1, 50);
  ASSERT_EQ(voltages_.size(), 1u);
  EXPECT_EQ(voltages_[0].neuron, 10u);
  EXPECT_EQ(voltages_[0].cycle, 53u);
  ASSERT_EQ(spikes_.size(), 1u);
  EXPECT_EQ(spikes_[0].neuron, 12u);
  EXPECT_EQ(spikes_[0].cycle, 50u + 3 + 3 + 5);
}

TEST_F(CoreModelTest, ListedSourceFiresExactlyAtItsSteps) {
  SourceCompartment src;
  src.steps = {2, 3, 7};
  NeuroCore core(0, "c", source_image(src), timing_);
  std::vector<std::uint64_t> fired;
  for (std::uint64_t t = 1; t <= 8; ++t) {
    const auto r = step(core, t, t * 10);
    if (r.counts.source_spikes) fired.push_back(t);
    EXPECT_EQ(r.done_cycle, t * 10);  // a source takes no pipeline cycles
  }
  EXPECT_EQ(fired, (std::vector<std::uint64_t>{2, 3, 7}));
}

TEST_F(CoreModelTest, PoissonSourceIsReproducibleAndNearItsRate) {
  SourceCompartment src;
  src.probability = 0.2;
  src.rng_seed = 99;
  NeuroCore a(0, "a", source_image(src), timing_), b(1, "b", source_image(src), timing_);
  std::uint64_t count = 0;
  for (std::uint64_t t = 1; t <= 5000; ++t) {
    const auto ra = step(a, t, 0);
    const auto rb = step(b, t, 0);
    EXPECT_EQ(ra.counts.source_spikes, rb.counts.source_spikes);
    count += ra.counts.source_spikes;
  }
  // 5000 draws at p = 0.2: mean 1000, sd about 28; 6 sd bounds.
  EXPECT_GT(count, 830u);
  EXPECT_LT(count, 1170u);
}

}  // namespace
}  // namespace nm
