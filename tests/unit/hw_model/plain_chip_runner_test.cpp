// The plain chip runner without the kernel: phases, input rates, state reset, energy bookkeeping.
#include "hw_model/plain_chip_runner.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "common/errors.h"
#include "cores/core_model.h"
#include "hw_model/arch_loader.h"
#include "hw_model/energy_model.h"
#include "mapper/sequential_mapper.h"

namespace nm {
namespace {

// The Loihi core behind core k (these tests build loihi_lif chips only).
const NeuroCore& loihi_core(PlainChipRunner& r, CoreId k) {
  const auto* core = dynamic_cast<const NeuroCore*>(&r.chip().core(k));
  if (core == nullptr) throw std::logic_error("core is not a NeuroCore");
  return *core;
}

// Input 0 (Poisson, probability 0 until set) -> LIF neuron 1 with weight 100 (it fires one step
// after each input spike); LIF neuron 2 starts at v0 = 500 and has no input.
class PlainChipRunnerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    arch_ = read_arch(resolve_arch_tree("tiny", {}), "tiny");
    Population in;
    in.name = "in";
    in.size = 1;
    in.model = Population::Model::SpikeSource;
    in.source.kind = SpikeSourceSpec::Kind::Poisson;
    in.source.probability_per_step = {0.0};
    in.source.seed = 3;
    Population out;
    out.name = "out";
    out.size = 2;
    out.first_id = 1;
    LifParams p;
    p.du = 4095;
    p.dv = 0;
    p.vth = 50;
    out.lif = {p, p};
    out.lif[1].v0 = 500;
    out.record_spikes = true;
    net_.populations = {in, out};
    net_.synapses = {{0, 1, 100, 0}};
    mapping_ = map_sequential(net_, arch_.core.capacity, arch_.chip.cores());
  }
  ArchParams arch_;
  SnnNetwork net_;
  Mapping mapping_;
};

TEST_F(PlainChipRunnerTest, InputIsSilentUntilItsProbabilityIsSet) {
  PlainChipRunner r(arch_, net_, mapping_, 1);
  r.run(10);
  EXPECT_EQ(r.spike_counts()[1], 0u);
  r.set_input_probability(0, 1.0);
  r.run(10);
  // Input spikes at steps 11..20 reach neuron 1 one step later: it fires at steps 12..20.
  EXPECT_EQ(r.spike_counts()[1], 9u);
  EXPECT_EQ(r.spike_counts()[0], 0u);  // inputs are not counted unless recorded
  r.clear_spike_counts();
  r.set_input_probability(0, 0.0);
  r.run(5);
  EXPECT_EQ(r.spike_counts()[1], 1u);  // the spike of step 20 still lands at step 21
}

TEST_F(PlainChipRunnerTest, CountsEveryNeuronWhenAsked) {
  PlainChipRunner r(arch_, net_, mapping_, 1, /*count_all=*/true);
  r.set_input_probability(0, 1.0);
  r.run(4);
  EXPECT_EQ(r.spike_counts()[0], 4u);
}

TEST_F(PlainChipRunnerTest, ResetPutsVoltagesBackToTheirInitialValues) {
  PlainChipRunner r(arch_, net_, mapping_, 1);
  const CoreId core = mapping_.core_of[2];
  const std::uint32_t c = mapping_.compartment_of[2];
  r.set_input_probability(0, 1.0);
  r.run(3);
  EXPECT_EQ(loihi_core(r, core).v(c), 500);  // dv = 0: v holds
  r.reset_neuron_state();
  EXPECT_EQ(loihi_core(r, core).v(c), 500);
  EXPECT_EQ(loihi_core(r, mapping_.core_of[1]).v(mapping_.compartment_of[1]), 0);
  // The input spike of step 3 was queued: the reset dropped it, so neuron 1 stays silent.
  r.set_input_probability(0, 0.0);
  r.clear_spike_counts();
  r.run(3);
  EXPECT_EQ(r.spike_counts()[1], 0u);
}

TEST_F(PlainChipRunnerTest, PhaseCostsAddUpToTheTotals) {
  PlainChipRunner r(arch_, net_, mapping_, 1);
  r.set_input_probability(0, 0.5);
  const PhaseCost a = r.run(7);
  const PhaseCost b = r.run(9);
  EXPECT_EQ(a.steps + b.steps, 16u);
  EXPECT_EQ(a.cycles + b.cycles, r.now());
  EXPECT_EQ(r.totals().total_cycles, r.now());
  EXPECT_NEAR(a.energy_pj + b.energy_pj, compute_energy(arch_, r.totals()).total_pj(), 1e-6);
  EXPECT_GT(a.energy_pj, 0.0);
  EXPECT_EQ(r.steps_done(), 16u);
}

TEST_F(PlainChipRunnerTest, FrozenThresholdAdaptationKeepsTheRiseReachedSoFar) {
  net_.populations[1].lif[0].vth_adapt_increment = 10;  // +640 per spike, no decay
  mapping_ = map_sequential(net_, arch_.core.capacity, arch_.chip.cores());
  PlainChipRunner r(arch_, net_, mapping_, 1);
  const CoreId core = mapping_.core_of[1];
  const std::uint32_t c = mapping_.compartment_of[1];
  r.set_input_probability(0, 1.0);
  r.run(3);  // fires at steps 2 and 3
  EXPECT_EQ(loihi_core(r, core).state(c).threshold_rise, 2 * 640);
  r.set_threshold_adaptation(false);
  r.run(3);
  EXPECT_EQ(loihi_core(r, core).state(c).threshold_rise, 2 * 640);
  r.set_threshold_adaptation(true);
  const std::uint32_t before = r.spike_counts()[1];
  r.run(10);
  EXPECT_EQ(loihi_core(r, core).state(c).threshold_rise,
            640 * static_cast<std::int64_t>(2 + r.spike_counts()[1] - before));
}

// Neuron 1 keeps u (du = 0: 4095/4096 per step) and gets -255 x 2^13 = -2,088,960 per input
// spike. u after each arrival (hand-iterated): -2,088,960, -4,177,410, -6,265,350, -8,352,780,
// then -10,439,700, which wraps to 6,337,516; then 4,247,008, 2,157,011, 67,524, -2,021,453,
// -4,109,919: far from the next wrap.
TEST_F(PlainChipRunnerTest, PhaseCostCountsTheWrapsOfUInItsPhaseOnly) {
  ProjectionSpec strong;
  strong.encoding.exponent = 7;
  net_.projections = {strong};
  net_.synapses = {{0, 1, -255, 0, 0}};
  net_.populations[1].lif[0].du = 0;
  mapping_ = map_sequential(net_, arch_.core.capacity, arch_.chip.cores());
  PlainChipRunner r(arch_, net_, mapping_, 1);
  EXPECT_EQ(r.run(5).u_wraps, 0u);
  r.set_input_probability(0, 1.0);
  EXPECT_EQ(r.run(10).u_wraps, 1u);  // spikes at steps 6..15 arrive at 7..16: the fifth wraps
  r.set_input_probability(0, 0.0);
  EXPECT_EQ(r.run(5).u_wraps, 0u);   // the tenth arrival (step 16) does not
  EXPECT_EQ(r.totals().cores.u_wraps, 1u);
}

TEST_F(PlainChipRunnerTest, RejectsSettingTheRateOfALifNeuron) {
  PlainChipRunner r(arch_, net_, mapping_, 1);
  EXPECT_THROW(r.set_input_probability(1, 0.5), InternalError);
  EXPECT_THROW(r.set_input_probability(99, 0.5), InternalError);
}

}  // namespace
}  // namespace nm
