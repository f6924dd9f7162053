// The learning phase on the plain chip model driven by a plain loop (docs/learning.md 6-7):
// counts, cycles and energy by arithmetic; reward routed from a reward population gating the
// weights; determinism with a fixed seed; the final weights' CSV loading back.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../mapper/temp_dir_test.h"
#include "common/config_tree.h"
#include "hw_model/arch_loader.h"
#include "hw_model/chip_builder.h"
#include "hw_model/chip_model.h"
#include "hw_model/energy_model.h"
#include "hw_model/weights_csv.h"
#include "mapper/network_loader.h"
#include "mapper/sequential_mapper.h"
#include "noc/event_driver.h"

namespace nm {
namespace {

struct LoopRun {
  std::vector<PlasticSynapseState> initial, final;
  std::vector<LearningPhaseResult> phases;  // one per step
  std::vector<Cycle> phase_start;
  CoreCounters totals;
};

// Drives the chip as hw_model/activity_profiler does, with a learning phase after every step.
LoopRun run_loop(const ArchParams& arch, const SnnNetwork& net, std::uint64_t steps,
                 std::uint64_t seed) {
  const Mapping m = map_sequential(net, arch.core.capacity, arch.chip.cores());
  ChipModel chip(arch, build_core_images(net, m, arch, seed));
  EventDriver driver(chip.mesh(), false);
  chip.mesh().set_scheduler(&driver);
  LoopRun r;
  r.initial = chip.plastic_synapses();
  Cycle start = 0;
  for (std::uint64_t step = 1; step <= steps; ++step) {
    Cycle end = start;
    for (CoreId k = 0; k < chip.core_count(); ++k)
      end = std::max(end, chip.run_core(k, step, start).done_cycle);
    end = std::max(end, driver.run_until_drained(start, Cycle{1} << 40));
    r.phase_start.push_back(end);
    r.phases.push_back(chip.learn(step, end));
    start = r.phases.back().end_cycle + 1;
  }
  r.final = chip.plastic_synapses();
  for (CoreId k = 0; k < chip.core_count(); ++k) r.totals += chip.core(k).totals();
  return r;
}

class LearningChip : public test::TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    arch_ = read_arch(resolve_arch_tree("tiny", {}), "tiny");
  }
  SnnNetwork load(const std::string& yaml) {
    return load_network(ConfigNode::parse(yaml, "net.yaml"), dir_.string(), "net");
  }
  ArchParams arch_;
};

// Two inputs firing once each (steps 1 and 3) onto 3 silent neurons; pair STDP, epoch 2.
const char* const kSilentPost = R"(
inputs:
  - {name: stim, size: 2, type: spike_times, times: [[1], [3]]}
populations:
  - {name: exc, size: 3, model: loihi_lif, params: {du: 0, dv: 0, vth: 131071, bias_mant: 0, bias_exp: 0}}
projections:
  - {pre: stim, post: exc, connector: {type: all_to_all}, weight: 10,
     learning: {rule: "dw = 2^-2*x1*y0 - 2^-2*y1*x0", epoch_steps: 2,
                traces: {x1: {impulse: 16}, y1: {impulse: 16}}}}
)";

TEST_F(LearningChip, CountsUpdatesCyclesAndEnergyByArithmetic) {
  const SnnNetwork net = load(kSilentPost);
  const LoopRun r = run_loop(arch_, net, 8, 1);
  // stim[0]'s spike reaches the synapses at step 2, stim[1]'s at step 4: each epoch end
  // evaluates the 3 synapses of the axon that fired (x0); nothing else fires.
  std::vector<std::uint64_t> updates;
  for (const LearningPhaseResult& p : r.phases) updates.push_back(p.synapse_updates);
  EXPECT_EQ(updates, (std::vector<std::uint64_t>{0, 3, 0, 3, 0, 0, 0, 0}));
  EXPECT_TRUE(r.phases[1].epoch_end);
  EXPECT_FALSE(r.phases[2].epoch_end);
  // tiny: 10 cycles and 5 pJ per update; all synapses on one core.
  EXPECT_EQ(r.phases[1].end_cycle - r.phase_start[1], 30u);
  EXPECT_EQ(r.phases[2].end_cycle, r.phase_start[2]);
  EXPECT_EQ(r.totals.learning_updates, 6u);
  EXPECT_EQ(r.totals.learning_cycles, 60u);
  SimulationResult sim;
  sim.cores = r.totals;
  const EnergyBreakdown e = compute_energy(arch_, sim);
  EXPECT_DOUBLE_EQ(e.learning_pj, 30.0);
  EXPECT_DOUBLE_EQ(e.dynamic_pj(), e.inference_pj() + 30.0);
  // y1 stayed 0: no weight moved.
  for (const PlasticSynapseState& s : r.final) EXPECT_EQ(s.weight, 10);
}

// Four inputs every 5 steps drive 2 neurons that fire at the step the spikes arrive; R-STDP
// builds a positive tag (x1 impulse 64 > y1 impulse 16); reward spikes come from `da`.
std::string rewarded_net(const std::string& reward_times) {
  return R"(
inputs:
  - {name: stim, size: 4, type: spike_times, times: [[1, 6, 11, 16, 21, 26, 31, 36], [2, 7, 12, 17, 22, 27, 32, 37], [1, 11, 21, 31], [3, 13, 23, 33]]}
  - {name: da, size: 1, type: spike_times, times: [)" + reward_times + R"(]}
populations:
  - {name: exc, size: 2, model: loihi_lif, params: {du: 4095, dv: 4095, vth: 1, bias_mant: 0, bias_exp: 0}}
projections:
  - {name: plastic, pre: stim, post: exc, connector: {type: all_to_all}, weight: 40,
     sign_mode: excitatory,
     learning: {rule: rstdp, traces: {y1: {impulse: 16}},
                reward: {population: da, impulse: 64, tau_steps: 8}}}
)";
}

TEST_F(LearningChip, ChangesWeightsOnlyWhenRewardSpikesArrive) {
  const LoopRun none = run_loop(arch_, load(rewarded_net("[]")), 40, 1);
  const LoopRun rewarded = run_loop(arch_, load(rewarded_net("[15, 25, 35]")), 40, 1);
  ASSERT_EQ(none.final.size(), 8u);
  int tagged = 0, moved = 0;
  for (std::size_t i = 0; i < none.final.size(); ++i) {
    EXPECT_EQ(none.final[i].weight, 40) << "synapse " << i;  // no reward: weights frozen
    tagged += none.final[i].tag > 0 ? 1 : 0;
    moved += rewarded.final[i].weight != 40 ? 1 : 0;
  }
  EXPECT_EQ(tagged, 8);  // yet every synapse became eligible
  EXPECT_EQ(moved, 8);
  EXPECT_GT(rewarded.totals.learning_updates, 0u);
}

TEST_F(LearningChip, GivesIdenticalWeightsWhenSeedIsTheSame) {
  const SnnNetwork net = load(rewarded_net("[15, 25, 35]"));
  auto weights = [&](std::uint64_t seed) {
    std::vector<std::int32_t> w;
    for (const PlasticSynapseState& s : run_loop(arch_, net, 40, seed).final) {
      w.push_back(s.weight);
      w.push_back(s.tag);
    }
    return w;
  };
  const std::vector<std::int32_t> a = weights(7);
  EXPECT_EQ(a, weights(7));
  bool any_differs = false;
  for (std::uint64_t seed = 8; seed < 14 && !any_differs; ++seed) any_differs = weights(seed) != a;
  EXPECT_TRUE(any_differs) << "the run seed never reached the learning PRNG";
}

TEST_F(LearningChip, LoadsFinalWeightsBackFromTheirCsv) {
  const SnnNetwork net = load(rewarded_net("[15, 25, 35]"));
  const LoopRun r = run_loop(arch_, net, 40, 3);
  const std::string csv = plastic_weights_csv(net, 0, r.final);
  write("weights.csv", csv);
  std::string again = rewarded_net("[15, 25, 35]");
  const std::string from = "connector: {type: all_to_all}, weight: 40,";
  again.replace(again.find(from), from.size(), "connector: {type: from_file, file: weights.csv},");
  const SnnNetwork reloaded = load(again);
  const LoopRun zero = run_loop(arch_, reloaded, 0, 3);  // builds the chip, runs no step
  ASSERT_EQ(zero.initial.size(), r.final.size());
  for (std::size_t i = 0; i < r.final.size(); ++i) {
    EXPECT_EQ(zero.initial[i].pre, r.final[i].pre);
    EXPECT_EQ(zero.initial[i].post, r.final[i].post);
    EXPECT_EQ(zero.initial[i].weight, r.final[i].weight);
  }
  EXPECT_EQ(plastic_weights_csv(reloaded, 0, zero.initial), csv);
  EXPECT_EQ(csv.substr(0, 22), "pre,post,weight,delay\n");
}

}  // namespace
}  // namespace nm
