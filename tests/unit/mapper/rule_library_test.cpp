// The ready-made rules of configs/rules behave as their files say, on the learning engine with
// one synapse (docs/learning.md section 4).
#include <gtest/gtest.h>

#include <string>

#include "common/config_tree.h"
#include "cores/learning_engine.h"
#include "mapper/learning_loader.h"
#include "mapper/network_loader.h"

namespace nm {
namespace {

// The projection of a network file using library rule `rule`.
ProjectionSpec library_rule(const std::string& rule) {
  const std::string yaml =
      "inputs:\n  - {name: stim, size: 1, type: spike_times, times: [[]]}\n"
      "populations:\n  - {name: exc, size: 1, model: loihi_lif}\n"
      "projections:\n  - {pre: stim, post: exc, connector: {type: all_to_all}, weight: 10,\n"
      "     sign_mode: excitatory, learning: {rule: " + rule + "}}\n";
  return load_network(ConfigNode::parse(yaml, "net.yaml"), "", "n").projections.at(0);
}

// One excitatory synapse of weight w0 learning with `l`.
struct Synapse1 {
  SynapseMemory memory;
  LearningEngine engine;
  Synapse1(const ProjectionSpec& l, std::int32_t w0, std::uint64_t seed)
      : memory(make_memory(w0)), engine(make_image(l, w0, seed), 1, 1, 0) {}
  static SynapseMemory make_memory(std::int32_t w0) {
    SynapseMemory m;
    m.add(0, {0, w0 * 64, 0});
    m.seal(1);
    return m;
  }
  static LearningImage make_image(const ProjectionSpec& l, std::int32_t w0, std::uint64_t seed) {
    LearningImage img;
    img.groups.push_back(plastic_group_spec(l, 0));
    PlasticSynapse s;
    s.weight = w0;
    img.synapses.push_back(s);
    img.rng_seed = seed;
    return img;
  }
  std::int32_t w() const { return engine.synapses()[0].weight; }
};

// Weight after `epochs` epochs of T steps with a pre spike at step 1 and a post spike at step
// 2 of each epoch (potentiation) or the reverse (depression).
std::int32_t after_pairings(const ProjectionSpec& l, std::int32_t w0, int epochs,
                            bool potentiate, std::uint64_t seed = 1) {
  Synapse1 s(l, w0, seed);
  const std::uint64_t T = l.learning->epoch_steps;
  for (int e = 0; e < epochs; ++e) {
    const std::uint64_t base = T * static_cast<std::uint64_t>(e);
    s.engine.on_axon_spike(0, base + (potentiate ? 1 : 2));
    s.engine.on_post_spike(0, base + (potentiate ? 2 : 1));
    s.engine.learn(base + T, s.memory);
  }
  return s.w();
}

TEST(RuleLibrary, PairStdpPotentiatesCausalAndDepressesAnticausalPairs) {
  const ProjectionSpec l = library_rule("stdp_pair");
  EXPECT_GT(after_pairings(l, 100, 3, true), 100);
  EXPECT_LT(after_pairings(l, 100, 3, false), 100);
}

TEST(RuleLibrary, SoftBoundStdpSlowsDownNearTheBounds) {
  const ProjectionSpec l = library_rule("stdp_soft_bound");
  // One potentiating pairing moves a weak synapse more than a strong one, and never past 255.
  const int low_gain = after_pairings(l, 20, 1, true) - 20;
  const int high_gain = after_pairings(l, 230, 1, true) - 230;
  EXPECT_GT(low_gain, high_gain);
  EXPECT_LT(after_pairings(l, 20, 200, true), 255);
  // Depression shrinks with w: a strong synapse loses more.
  EXPECT_GT(230 - after_pairings(l, 230, 1, false), 20 - after_pairings(l, 20, 1, false));
}

TEST(RuleLibrary, TripletStdpPotentiatesMoreAfterEarlierPostSpikes) {
  const ProjectionSpec l = library_rule("stdp_triplet");
  // A pairing (pre at 61, post at 62) gains more when the post neuron also fired at steps
  // 2..10: the slow y2 (tau 40) still remembers them at 62, the fast y1 (tau 16) has decayed.
  // Those lone post spikes change nothing themselves (x1 = 0).
  auto weight = [&](bool earlier_posts) {
    Synapse1 s(l, 100, 1);
    for (std::uint64_t t = 1; t <= 64; ++t) {
      if (earlier_posts && t <= 10 && t % 2 == 0) s.engine.on_post_spike(0, t);
      if (t == 61) s.engine.on_axon_spike(0, t);
      if (t == 62) s.engine.on_post_spike(0, t);
      s.engine.learn(t, s.memory);
    }
    return s.w();
  };
  EXPECT_GT(weight(true), weight(false) + 4);
  EXPECT_GT(weight(false), 100);
}

TEST(RuleLibrary, DiehlCookDepressesSilentInputsAndPotentiatesActiveOnes) {
  const ProjectionSpec l = library_rule("diehl_cook");
  // Post spike with a pre spike just before: dw = (x1 - 12) / 16 > 0; without: -12 / 16 each.
  Synapse1 active(l, 100, 1), silent(l, 100, 1);
  for (std::uint64_t t = 1; t <= 40; t += 2) {
    active.engine.on_axon_spike(0, t);
    active.engine.learn(t, active.memory);
    active.engine.on_post_spike(0, t + 1);
    active.engine.learn(t + 1, active.memory);
    silent.engine.on_post_spike(0, t + 1);
    silent.engine.learn(t + 1, silent.memory);
  }
  EXPECT_GT(active.w(), 100);
  EXPECT_NEAR(silent.w(), 100 - 20 * 12.0 / 16, 4.0);  // 20 post spikes x -0.75 (stochastic)
}

TEST(RuleLibrary, SynapticScalingShrinksBusyAndGrowsQuietNeurons) {
  const ProjectionSpec l = library_rule("synaptic_scaling");
  auto run = [&](std::uint64_t post_every) {
    Synapse1 s(l, 128, 1);
    for (std::uint64_t t = 1; t <= 800; ++t) {
      if (t % post_every == 0) s.engine.on_post_spike(0, t);
      s.engine.learn(t, s.memory);
    }
    return s.w();
  };
  EXPECT_LT(run(2), 128);    // 0.5 spikes per step: y1 far above 16
  EXPECT_GT(run(200), 128);  // 0.005 spikes per step: y1 near 0
}

}  // namespace
}  // namespace nm
