// The core's functional model and its pipeline timing, on tiny hand-computable images.
#include "cores/core_model.h"

#include <gtest/gtest.h>

#include <random>

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

// The same random core twice, its synapse memory sealed narrow and wide: every step's packets,
// spikes, timing and neuron state agree, for binary and graded spikes, with and without
// SynapseNeuron overlap, on a ring of one slot and of several.
TEST_F(CoreModelTest, NarrowAndWideSynapseLayoutsGiveTheSameSteps) {
  constexpr std::uint32_t kCompartments = 40, kAxons = 24;
  for (const bool overlap : {false, true}) {
    for (const std::uint32_t max_delay : {0u, 3u}) {
      std::mt19937 rng(7 + max_delay);
      CoreImage img;
      for (std::uint32_t c = 0; c < kCompartments; ++c) {
        img.neuron_of.push_back(c);
        img.lif.push_back(make_lif_constants(static_cast<std::int32_t>(rng() % 4096),
                                             static_cast<std::int32_t>(rng() % 4096), 50,
                                             static_cast<std::int32_t>(rng() % 200), 0));
        img.u0.push_back(0);
        img.v0.push_back(0);
      }
      img.is_source.assign(kCompartments, 0);
      img.record_spikes.assign(kCompartments, 1);
      img.record_voltage.assign(kCompartments, 0);
      img.sources.assign(kCompartments, SourceCompartment{});
      img.payload_bits.assign(kCompartments, 4);
      for (std::uint32_t a = 0; a < kAxons; ++a)
        for (std::uint32_t k = 0; k < 1 + rng() % 12; ++k)
          img.synapses.add(a, {static_cast<std::uint32_t>(rng() % kCompartments),
                               static_cast<std::int32_t>(rng() % 8000) - 4000, 0});
      for (std::uint32_t c = 0; c <= kCompartments; ++c) img.out_offsets.push_back(c);
      for (std::uint32_t c = 0; c < kCompartments; ++c) img.out_axons.push_back({1, c});
      img.max_delay_steps = max_delay;
      CoreImage wide_img = img;
      img.synapses.seal(kAxons);
      wide_img.synapses.seal(kAxons, false);
      ASSERT_TRUE(img.synapses.narrow());
      ASSERT_FALSE(wide_img.synapses.narrow());
      CoreTiming timing = timing_;
      if (overlap) timing.overlap = PipelineOverlap::SynapseNeuron;
      NeuroCore narrow(0, "n", img, timing), wide(0, "w", wide_img, timing);
      for (std::uint64_t t = 1; t <= 30; ++t) {
        for (std::uint32_t k = 0; k < rng() % 20; ++k) {
          const std::uint32_t axon = rng() % kAxons;
          const std::int32_t payload = t % 3 == 0 ? static_cast<std::int32_t>(rng() % 16) : 1;
          narrow.receive(axon, payload);
          wide.receive(axon, payload);
        }
        const CoreStepResult a = step(narrow, t, 10 * t);
        const std::vector<OutgoingSpike> packets = packets_;
        const std::vector<SpikeRecord> spikes = spikes_;
        const CoreStepResult b = step(wide, t, 10 * t);
        ASSERT_EQ(a.done_cycle, b.done_cycle) << "step " << t;
        ASSERT_EQ(packets.size(), packets_.size()) << "step " << t;
        for (std::size_t i = 0; i < packets.size(); ++i) {
          EXPECT_EQ(packets[i].dst_axon, packets_[i].dst_axon);
          EXPECT_EQ(packets[i].emit_cycle, packets_[i].emit_cycle);
          EXPECT_EQ(packets[i].payload, packets_[i].payload);
        }
        EXPECT_EQ(spikes.size(), spikes_.size());
        for (std::uint32_t c = 0; c < kCompartments; ++c) {
          EXPECT_EQ(narrow.u(c), wide.u(c));
          EXPECT_EQ(narrow.v(c), wide.v(c));
        }
      }
      EXPECT_GT(narrow.totals().neuron_spikes, 0u);
      EXPECT_EQ(narrow.totals().synops, wide.totals().synops);
      EXPECT_GT(narrow.totals().synops, 0u);
    }
  }
}

// An initial voltage beyond the 24-bit range (v0 is not range-checked) keeps the fast neuron
// loop on its one-neuron-at-a-time path until v is in range: results as lif_step_basic's.
TEST_F(CoreModelTest, FastLoopMatchesScalarStepWhenInitialVoltageIsOutOfRange) {
  CoreImage img;
  img.neuron_of = {0, 1};
  img.is_source = {0, 0};
  img.record_spikes = {1, 1};
  img.record_voltage = {0, 0};
  img.lif = {make_lif_constants(100, 300, 1000, 5, 2), make_lif_constants(0, 4095, 1000, 0, 0)};
  img.u0 = {1 << 30, -(1 << 30)};
  img.v0 = {1 << 30, -(1 << 30)};
  img.sources.assign(2, SourceCompartment{});
  img.synapses.add(0, {0, 64 * 50, 0});
  img.synapses.add(0, {1, 64 * 70, 0});
  img.synapses.seal(1);
  img.out_offsets = {0, 0, 0};
  std::vector<LifState> ref(2);
  for (std::uint32_t c = 0; c < 2; ++c) {
    ref[c].u = img.u0[c];
    ref[c].v = img.v0[c];
  }
  const std::vector<LifConstants> k = img.lif;
  NeuroCore core(0, "c", img, timing_);
  std::uint64_t wraps = 0;  // u0 = 2^30 wraps at once
  for (std::uint64_t t = 1; t <= 6; ++t) {
    step(core, t, 0);
    core.receive(0);  // its input lands at step t + 1
    for (std::uint32_t c = 0; c < 2; ++c) {
      std::int64_t v_at_spike = 0;
      lif_step_basic(k[c], t >= 2 ? (c == 0 ? 64 * 50 : 64 * 70) : 0, ref[c], v_at_spike, &wraps);
      EXPECT_EQ(core.u(c), ref[c].u) << "step " << t;
      EXPECT_EQ(core.v(c), ref[c].v) << "step " << t;
    }
  }
  EXPECT_GT(wraps, 0u);
  EXPECT_EQ(core.totals().u_wraps, wraps);
}

}  // namespace
}  // namespace nm
