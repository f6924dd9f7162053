// The core counts u's 24-bit wraps (CoreCounters::u_wraps) on each of its neuron loops: the
// 32-bit lanes, the one-neuron-at-a-time plain loop (lif_step_basic, and lif_step when an
// extension is in use) and the general loop (voltage probes, stage overlap).
//
// Compartment 0 forgets u and v every step (du = dv = 4095) and has 5 input axons of effective
// weight -255 x 2^13 = -2,088,960 each (a mantissa of -255 at weight exponent 7). Four spikes
// sum to -8,355,840, inside (-2^23, 2^23]; five to -10,444,800, which wraps to
// -10,444,800 + 2^24 = 6,332,416 > the threshold 1000 x 64: a spurious spike. Compartment 1
// gets no input.
#include <gtest/gtest.h>

#include <algorithm>

#include "core_fixture.h"

namespace nm {
namespace {

constexpr std::int32_t kInhibitory = -255 * (1 << 13);  // [u units]

enum class Loop { Lanes, PlainBasic, PlainFull, General, Overlapped };
constexpr Loop kLoops[] = {Loop::Lanes, Loop::PlainBasic, Loop::PlainFull, Loop::General,
                           Loop::Overlapped};
const char* name(Loop loop) {
  const char* names[] = {"lanes", "plain basic", "plain full", "general", "overlapped"};
  return names[static_cast<int>(loop)];
}

class CoreWraps : public CoreFixture {
 protected:
  CoreImage make_image(Loop loop) const {
    CoreImage img;
    img.neuron_of = {0, 1};
    img.is_source = {0, 0};
    img.record_spikes = {1, 1};
    img.record_voltage = {loop == Loop::General ? std::uint8_t{1} : std::uint8_t{0}, 0};
    img.lif = {make_lif_constants(4095, 4095, 1000, 0, 0), make_lif_constants(0, 4095, 1000, 0, 0)};
    // A refractory period on compartment 1 puts the plain loop on lif_step.
    if (loop == Loop::PlainFull) set_lif_extensions(img.lif[1], 2, 0, 0);
    img.u0 = {0, 0};
    // A v0 beyond the lanes' range keeps the plain loop on lif_step_basic for a step.
    img.v0 = {0, loop == Loop::PlainBasic ? (1 << 30) : 0};
    img.sources.assign(2, SourceCompartment{});
    for (std::uint32_t axon = 0; axon < 5; ++axon) img.synapses.add(axon, {0, kInhibitory, 0});
    img.synapses.seal(5);
    img.out_offsets = {0, 0, 0};
    return img;
  }

  // Runs 3 steps with `spikes` inhibitory spikes arriving for step 1; returns the core's totals.
  CoreCounters run(Loop loop, std::uint32_t spikes) {
    CoreTiming timing = timing_;
    if (loop == Loop::Overlapped) timing.overlap = PipelineOverlap::SynapseNeuron;
    NeuroCore core(0, "c", make_image(loop), timing);
    for (std::uint32_t axon = 0; axon < spikes; ++axon) core.receive(axon);
    step(core, 1, 0);
    u_after_first_step_ = core.u(0);
    spiked_first_step_ = std::any_of(spikes_.begin(), spikes_.end(),
                                     [](const SpikeRecord& r) { return r.neuron == 0; });
    step(core, 2, 100);
    step(core, 3, 200);
    return core.totals();
  }

  std::int32_t u_after_first_step_ = 0;
  bool spiked_first_step_ = false;
};

TEST_F(CoreWraps, CountsTheBurstThatWrapsUOnEveryNeuronLoop) {
  for (Loop loop : kLoops) {
    SCOPED_TRACE(name(loop));
    EXPECT_EQ(run(loop, 5).u_wraps, 1u);
    EXPECT_EQ(u_after_first_step_, 5 * kInhibitory + (1 << 24));
    EXPECT_TRUE(spiked_first_step_);
  }
}

TEST_F(CoreWraps, CountsNoWrapWhenTheBurstStaysInRange) {
  for (Loop loop : kLoops) {
    SCOPED_TRACE(name(loop));
    EXPECT_EQ(run(loop, 4).u_wraps, 0u);
    EXPECT_EQ(u_after_first_step_, 4 * kInhibitory);
    EXPECT_FALSE(spiked_first_step_);
    EXPECT_EQ(run(loop, 0).u_wraps, 0u);
  }
}

}  // namespace
}  // namespace nm
