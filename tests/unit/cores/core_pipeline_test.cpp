// The core's pipeline timing (stage overlap, exact completion cycles) and graded spikes, on tiny
// images computed by hand. Costs: axon fetch 1, synop 2, update active 5 / idle 3, spike out 1.
#include <gtest/gtest.h>

#include "core_fixture.h"
#include "cores/core_model.h"

namespace nm {
namespace {

class CorePipelineTest : public CoreFixture {
 protected:
  // `n` quiet LIF compartments (threshold far away); synapses added by the test.
  static CoreImage quiet_image(std::uint32_t n) {
    CoreImage img;
    for (std::uint32_t c = 0; c < n; ++c) {
      img.neuron_of.push_back(c);
      img.lif.push_back(make_lif_constants(4095, 4095, 100000, 0, 0));
    }
    img.is_source.assign(n, 0);
    img.record_spikes.assign(n, 0);
    img.record_voltage.assign(n, 1);
    img.payload_bits.assign(n, 0);
    img.u0.assign(n, 0);
    img.v0.assign(n, 0);
    img.sources.assign(n, SourceCompartment{});
    img.out_offsets.assign(n + 1, 0);
    return img;
  }

  // Axon 0 -> c2 then c0 (delay 0); axon 1 -> c1 with delay 1. Both axons receive a spike.
  CoreStepResult run_three(PipelineOverlap overlap) {
    timing_.overlap = overlap;
    CoreImage img = quiet_image(3);
    img.synapses.add(0, {2, 64, 0});
    img.synapses.add(0, {0, 64, 0});
    img.synapses.add(1, {1, 64, 1});
    img.synapses.seal(2);
    img.max_delay_steps = 1;
    NeuroCore core(0, "c", std::move(img), timing_);
    core.receive(0);
    core.receive(1);
    return step(core, 1, 0);
  }

  // The payload of the one packet of a compartment with v_at_spike = 1000 (bias 1000 > 64).
  std::int32_t payload_with_bits(std::uint8_t bits) {
    CoreImage img = quiet_image(1);
    img.lif[0] = make_lif_constants(0, 4095, 1, 1000, 0);
    img.payload_bits = {bits};
    img.out_offsets = {0, 1};
    img.out_axons = {{7, 2}};
    img.synapses.seal(0);
    NeuroCore core(0, "c", std::move(img), timing_);
    step(core, 1, 0);
    return packets_.size() == 1 ? packets_[0].payload : -1;
  }
};

TEST_F(CorePipelineTest, NeuronStageWaitsForWholeSynapticStageWhenNoOverlap) {
  // Synapses: fetch 1, synop -> 3, synop -> 5, fetch 6, synop -> 8. Neurons 8 -> 11 -> 14 -> 17.
  const CoreStepResult r = run_three(PipelineOverlap::None);
  EXPECT_EQ(r.done_cycle, 17u);  // not 16: the last idle update ends at 17
  ASSERT_EQ(voltages_.size(), 3u);
  EXPECT_EQ(voltages_[0].cycle, 11u);
  EXPECT_EQ(voltages_[2].cycle, 17u);
  EXPECT_EQ(r.counts.busy_cycles, 17u);
}

TEST_F(CorePipelineTest, CompartmentStartsAtItsLastDelayZeroSynopWhenOverlapping) {
  // c0 ready at 5 (its synop ends there) -> 8; c1's only synop is delayed, so it does not wait:
  // 8 -> 11; c2 ready at 3 -> 11 -> 14. The synaptic stage ends at 8. Done at 14, not 13.
  const CoreStepResult r = run_three(PipelineOverlap::SynapseNeuron);
  EXPECT_EQ(r.done_cycle, 14u);
  ASSERT_EQ(voltages_.size(), 3u);
  EXPECT_EQ(voltages_[0].cycle, 8u);
  EXPECT_EQ(voltages_[1].cycle, 11u);
  EXPECT_EQ(voltages_[2].cycle, 14u);
}

TEST_F(CorePipelineTest, DoneWhenSynapticStageEndsIfItOutlastsNeuronsWhenOverlapping) {
  timing_.overlap = PipelineOverlap::SynapseNeuron;
  CoreImage img = quiet_image(1);
  img.synapses.add(0, {0, 64, 0});
  for (int k = 0; k < 5; ++k) img.synapses.add(0, {0, 64, 2});
  img.synapses.seal(1);
  img.max_delay_steps = 2;
  NeuroCore core(0, "c", std::move(img), timing_);
  core.receive(0);
  // Synapses: fetch 1, synop -> 3, five more -> 13. c0: 3 -> 6. Done 13.
  EXPECT_EQ(step(core, 1, 100).done_cycle, 113u);
  EXPECT_EQ(voltages_[0].cycle, 106u);
}

TEST_F(CorePipelineTest, SendsClippedVoltageAsPayloadWhenGraded) {
  EXPECT_EQ(payload_with_bits(3), 7);  // 1000 >> 6 = 15, clipped to 3 bits = 7
}

TEST_F(CorePipelineTest, SendsVoltageInThresholdUnitsWhenPayloadFits) {
  EXPECT_EQ(payload_with_bits(8), 15);
}

TEST_F(CorePipelineTest, SendsPayloadOneWhenSpikesAreBinary) { EXPECT_EQ(payload_with_bits(0), 1); }

TEST_F(CorePipelineTest, MultipliesWeightByPayloadWhenReceivingGradedSpike) {
  CoreImage img = quiet_image(2);
  img.synapses.add(0, {0, 7 * 64, 0});
  img.synapses.add(0, {1, -3 * 64, 0});
  img.synapses.seal(1);
  NeuroCore core(0, "c", std::move(img), timing_);
  core.receive(0, 5);
  step(core, 1, 0);
  EXPECT_EQ(core.u(0), 5 * 7 * 64);
  EXPECT_EQ(core.u(1), -5 * 3 * 64);
}

TEST_F(CorePipelineTest, DeliversAtLongestDelayExactlyWhenDelayIs62) {
  CoreImage img = quiet_image(1);
  img.synapses.add(0, {0, 64, 62});
  img.synapses.seal(1);
  img.max_delay_steps = 62;
  NeuroCore core(0, "c", std::move(img), timing_);
  core.receive(0);
  for (std::uint64_t t = 1; t <= 64; ++t) {
    step(core, t, 0);
    EXPECT_EQ(core.u(0), t == 63 ? 64 : 0) << "step " << t;  // du = 4095: u shows one step only
  }
}

}  // namespace
}  // namespace nm
