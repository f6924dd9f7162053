// The learning engine (docs/learning.md section 2): epoch bookkeeping, the pair-STDP window
// against its closed form, reward gating, and determinism.
#include "cores/learning_engine.h"

#include <gtest/gtest.h>

#include <cmath>

namespace nm {
namespace {

// One plastic synapse: axon 0 -> compartment 0, weight mantissa w0, 8-bit mixed.
struct OneSynapse {
  SynapseMemory memory;
  LearningEngine engine;
  OneSynapse(const std::string& rule, std::uint32_t epoch, double tau, std::int32_t w0,
             std::uint64_t seed, double impulse = 64)
      : memory(make_memory(w0)), engine(make_image(rule, epoch, tau, w0, seed, impulse), 2, 1, 0) {}

  static SynapseMemory make_memory(std::int32_t w0) {
    SynapseMemory m;
    m.add(0, {0, w0 * 64, 0});
    m.seal(2);
    return m;
  }
  static LearningImage make_image(const std::string& rule, std::uint32_t epoch, double tau,
                                  std::int32_t w0, std::uint64_t seed, double impulse) {
    LearningImage img;
    PlasticGroupSpec g;
    g.rule = parse_learning_rule(rule);
    g.epoch_steps = epoch;
    g.x1 = g.y1 = make_trace_params(impulse, tau);
    g.r1 = make_trace_params(64, 4);
    img.groups.push_back(g);
    PlasticSynapse s;
    s.weight = w0;
    img.synapses.push_back(s);
    img.reward_axons.push_back({1, 0});  // axon 1 carries reward spikes
    img.rng_seed = seed;
    return img;
  }
  std::int32_t weight() const { return engine.synapses()[0].weight; }
  LearningOutcome learn(std::uint64_t step) { return engine.learn(step, memory); }
};

const char* const kPair = "dw = 2^-2*x1*y0 - 2^-2*y1*x0";

TEST(LearningEngine, EvaluatesOnlyAtEpochEndAndOnlyWhenDependenciesFired) {
  OneSynapse s(kPair, 4, 0.0, 100, 1);
  for (std::uint64_t t = 1; t <= 4; ++t) {
    const LearningOutcome o = s.learn(t);
    EXPECT_EQ(o.epoch_end, t == 4);
    EXPECT_EQ(o.synapse_updates, 0u);  // nothing spiked: no dependency fired
  }
  s.engine.on_axon_spike(0, 6);
  EXPECT_FALSE(s.learn(7).epoch_end);
  const LearningOutcome o = s.learn(8);
  EXPECT_TRUE(o.epoch_end);
  EXPECT_EQ(o.synapse_updates, 1u);
  EXPECT_EQ(s.weight(), 100);  // x0 fired but y1 = 0: dw = 0
  EXPECT_EQ(s.engine.x1(0, 0), 64);  // no decay: the impulse stays
}

TEST(LearningEngine, KeepsLastSpikeTimeAndAddsRepeatImpulsesAtOnce) {
  // No decay, impulse 64. Pre at steps 1 and 3, post at step 2 (epoch 1..4).
  // The first pre impulse is added at once when the second arrives (x1 = 64 from the epoch
  // start), the recorded time is 3; so at the post spike (step 2) x1 = 64: +16. The x0 product
  // samples y1 at step 3 = 64: -16. Net 0, and x1 ends at 127 (64 + 64 saturated).
  OneSynapse s(kPair, 4, 0.0, 100, 1);
  s.engine.on_axon_spike(0, 1);
  s.engine.on_post_spike(0, 2);
  s.engine.on_axon_spike(0, 3);
  EXPECT_EQ(s.learn(4).synapse_updates, 1u);
  EXPECT_EQ(s.weight(), 100);
  EXPECT_EQ(s.engine.x1(0, 0), 127);
  // Without the repeat: pre 1, post 2 -> +16 only.
  OneSynapse p(kPair, 4, 0.0, 100, 1);
  p.engine.on_axon_spike(0, 1);
  p.engine.on_post_spike(0, 2);
  p.learn(4);
  EXPECT_EQ(p.weight(), 116);
}

TEST(LearningEngine, ClearsSpikeTimesAfterTheEpoch) {
  OneSynapse s(kPair, 2, 0.0, 100, 1);
  s.engine.on_axon_spike(0, 1);
  s.engine.on_post_spike(0, 2);
  s.learn(2);
  EXPECT_EQ(s.weight(), 116);
  EXPECT_EQ(s.learn(4).synapse_updates, 0u);  // epoch 3..4: no spikes, traces kept but unused
  EXPECT_EQ(s.weight(), 116);
}

// Mean weight change of pair STDP for t_post - t_pre = delta over many seeds.
double mean_dw(int delta, double tau, int runs) {
  double sum = 0.0;
  for (int k = 0; k < runs; ++k) {
    OneSynapse s(kPair, 63, tau, 128, 1000 + static_cast<std::uint64_t>(k));
    const std::uint64_t t_pre = delta >= 0 ? 20 : 20 - delta;
    const std::uint64_t t_post = t_pre + delta;
    s.engine.on_axon_spike(0, t_pre);
    s.engine.on_post_spike(0, t_post);
    s.learn(63);
    sum += s.weight() - 128;
  }
  return sum / runs;
}

TEST(LearningEngine, PairStdpWindowMatchesClosedFormWithinRounding) {
  // Closed form: dw = 2^-2 x 64 x r^|delta| for delta > 0, its negative for delta < 0, and
  // 16 - 16 = 0 at delta = 0, with r = q / 4096 the per-step decay (the decays and the final
  // rounding are unbiased, so the mean over seeds converges to it).
  const double tau = 8.0;
  const double r = make_trace_params(64, tau).decay_q12 / 4096.0;
  for (int delta : {-12, -6, -3, -1, 0, 1, 2, 4, 8, 16}) {
    const double expected = (delta == 0 ? 0.0 : (delta > 0 ? 1 : -1) * 16.0 * std::pow(r, std::abs(delta)));
    EXPECT_NEAR(mean_dw(delta, tau, 300), expected, 0.35) << "delta " << delta;
  }
  // Without decay the change is exact for every run: +-16.
  EXPECT_EQ(mean_dw(5, 0.0, 3), 16.0);
  EXPECT_EQ(mean_dw(-5, 0.0, 3), -16.0);
}

const char* const kRstdp = "dt = 2^-2*x1*y0 - 2^-2*y1*x0; dw = 2^-4*r1*t*u0";

void pair_epoch(OneSynapse& s, std::uint64_t epoch_start) {
  s.engine.on_axon_spike(0, epoch_start + 1);
  s.engine.on_post_spike(0, epoch_start + 2);
}

TEST(LearningEngine, ChangesWeightOnlyWithRewardWhenRuleIsThreeFactor) {
  OneSynapse none(kRstdp, 4, 0.0, 100, 9), rewarded(kRstdp, 4, 0.0, 100, 9);
  for (std::uint64_t e = 0; e < 5; ++e) {
    pair_epoch(none, 4 * e);
    pair_epoch(rewarded, 4 * e);
    if (e >= 2) rewarded.engine.on_axon_spike(1, 4 * e + 3);  // reward from the third epoch
    none.learn(4 * e + 4);
    rewarded.learn(4 * e + 4);
  }
  EXPECT_EQ(none.weight(), 100);             // eligibility (the tag) grew, the weight did not
  EXPECT_GT(none.engine.synapses()[0].tag, 0);
  EXPECT_EQ(none.engine.r1(0), 0);
  EXPECT_GT(rewarded.weight(), 100);
  EXPECT_GT(rewarded.engine.r1(0), 0);
}

TEST(LearningEngine, GivesIdenticalWeightsWhenSeedIsTheSame) {
  auto run = [](std::uint64_t seed) {
    OneSynapse s(kPair, 8, 5.0, 100, seed, 37.5);
    for (std::uint64_t e = 0; e < 40; ++e) {
      s.engine.on_axon_spike(0, 8 * e + 1 + e % 3);
      s.engine.on_post_spike(0, 8 * e + 4);
      s.learn(8 * e + 8);
    }
    return s.weight();
  };
  EXPECT_EQ(run(3), run(3));
  int differs = 0;
  for (std::uint64_t seed = 4; seed < 12; ++seed) differs += run(seed) != run(3) ? 1 : 0;
  EXPECT_GT(differs, 0);  // the seed does reach the rounding
}

TEST(LearningEngine, KeepsTracesButNotWeightsWhenUpdatesAreOff) {
  OneSynapse s(kPair, 4, 0.0, 100, 1);
  s.engine.on_axon_spike(0, 1);
  s.engine.on_post_spike(0, 2);
  const LearningOutcome o = s.engine.learn(4, s.memory, false);
  EXPECT_TRUE(o.epoch_end);
  EXPECT_EQ(o.synapse_updates, 0u);
  EXPECT_EQ(s.weight(), 100);
  EXPECT_EQ(s.engine.x1(0, 0), 64);  // the traces went on
  EXPECT_EQ(s.engine.y1(0, 0), 64);
  EXPECT_EQ(s.learn(8).synapse_updates, 0u);  // the epoch's spike times were cleared
}

// Axons 0..2 -> compartments 0..2, all plastic, listed compartment-major (not in axon order);
// no trace decay. The engine's sparse evaluation must visit exactly the synapses a full scan
// would change: those of a spiking axon (x0) or post (y0), and all of them when u1 is due.
TEST(LearningEngine, EvaluatesSynapsesOfFiredAxonsAndPostsAndAllWhenUkIsDue) {
  SynapseMemory memory;
  for (std::uint32_t a = 0; a < 3; ++a)
    for (std::uint32_t c = 0; c < 3; ++c) memory.add(a, {c, 100 * 64, 0});
  memory.seal(3);
  LearningImage img;
  PlasticGroupSpec g;
  g.rule = parse_learning_rule("dw = 2^-2*x1*y0 - 2^-2*y1*x0 + 2^6*u1");
  g.epoch_steps = 4;
  g.x1 = g.y1 = make_trace_params(64, 0.0);
  img.groups.push_back(g);
  for (std::uint32_t c = 0; c < 3; ++c)
    for (std::uint32_t a = 0; a < 3; ++a) {
      PlasticSynapse s;
      s.axon = a;
      s.compartment = c;
      s.entry = a * 3 + c;
      s.weight = 100;
      img.synapses.push_back(s);
    }
  img.rng_seed = 1;
  LearningEngine engine(img, 3, 3, 0);
  auto weight = [&](std::uint32_t a, std::uint32_t c) {
    for (const PlasticSynapse& s : engine.synapses())
      if (s.axon == a && s.compartment == c) return s.weight;
    return -1;
  };
  engine.on_axon_spike(0, 1);
  engine.on_post_spike(2, 2);
  EXPECT_EQ(engine.learn(4, memory).synapse_updates, 5u);  // epoch 1: axon 0 or post 2
  EXPECT_EQ(weight(0, 2), 116);                            // x1 = 64 at the post spike
  EXPECT_EQ(weight(1, 2), 100);                            // evaluated, x1 = 0
  EXPECT_EQ(engine.learn(8, memory).synapse_updates, 9u);  // epoch 2: u1 due, all
  EXPECT_EQ(weight(0, 2), 180);
  EXPECT_EQ(weight(1, 1), 164);
  EXPECT_EQ(memory.at(1, 0).weight, 164 * 64);  // axon 1's first entry: compartment 0
  engine.on_post_spike(1, 10);
  EXPECT_EQ(engine.learn(12, memory).synapse_updates, 3u);  // epoch 3: post 1 only
  EXPECT_EQ(weight(0, 1), 180);                             // x1 of axon 0 is still 64
  EXPECT_EQ(weight(2, 1), 164);
  EXPECT_EQ(engine.learn(16, memory).synapse_updates, 9u);  // epoch 4: u1 due again
}

TEST(LearningEngine, WritesEffectiveWeightIntoSynapseMemoryAndClipsToSignMode) {
  OneSynapse s("dw = 2^6*y0", 1, 0.0, 100, 1);  // +64 per post spike
  s.engine.on_post_spike(0, 1);
  s.learn(1);
  EXPECT_EQ(s.weight(), 164);
  EXPECT_EQ(s.memory.at(0, 0).weight, 164 * 64);
  for (std::uint64_t t = 2; t <= 4; ++t) {
    s.engine.on_post_spike(0, t);
    s.learn(t);
  }
  EXPECT_EQ(s.weight(), 255);  // mixed: at most 255
}

}  // namespace
}  // namespace nm
