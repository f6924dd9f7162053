// Per-projection `learning:` settings in the network file (docs/learning.md section 1): library
// rules with overrides, inline rules, every ready-made rule, and the errors that name file, line,
// key path and the column within the rule text.
#include "mapper/learning_loader.h"

#include <gtest/gtest.h>

#include <string>

#include "common/config_tree.h"
#include "common/errors.h"
#include "mapper/core_usage.h"
#include "mapper/network_loader.h"
#include "mapper/rule_library.h"
#include "mapper/sequential_mapper.h"

namespace nm {
namespace {

// Line 8 of the YAML is the `learning:` value's first line.
std::string net_with(const std::string& learning, const std::string& extra = "") {
  return "inputs:\n"
         "  - {name: stim, size: 3, type: spike_times, times: [[1], [2], []]}\n"
         "  - {name: da, size: 1, type: spike_times, times: [[5]]}\n"
         "populations:\n"
         "  - {name: exc, size: 2, model: loihi_lif}\n"
         "projections:\n"
         "  - {pre: stim, post: exc, connector: {type: all_to_all}, weight: 10" + extra + ",\n"
         "     learning: " + learning + "}\n";
}

SnnNetwork load(const std::string& yaml) {
  return load_network(ConfigNode::parse(yaml, "net.yaml"), "", "net");
}

std::string error_of(const std::string& yaml) {
  try {
    load(yaml);
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

TEST(LearningLoader, TakesLibraryDefaultsAndOverridesKeyByKey) {
  const SnnNetwork net = load(net_with("{rule: stdp_pair, traces: {y1: {impulse: 10}}}"));
  const ProjectionSpec& p = net.projections.at(0);
  ASSERT_TRUE(p.learning.has_value());
  EXPECT_TRUE(p.encoding.plastic);
  EXPECT_EQ(p.learning->rule_name, "stdp_pair");
  EXPECT_EQ(p.learning->rule.text, "dw = 2^-2*x1*y0 - 2^-2*y1*x0");
  EXPECT_EQ(p.learning->epoch_steps, 4u);                           // from the file
  EXPECT_EQ(p.learning->x1.impulse_q8, 127u * 256);                 // from the file
  EXPECT_EQ(p.learning->x1.decay_q12, make_trace_params(1, 10).decay_q12);
  EXPECT_EQ(p.learning->y1.impulse_q8, 10u * 256);                  // overridden
  EXPECT_EQ(p.learning->y1.decay_q12, p.learning->x1.decay_q12);   // tau_steps from the file
}

TEST(LearningLoader, ReadsInlineRuleWithReward) {
  const SnnNetwork net = load(net_with(
      "{rule: \"dw = 2^-3*r1*x1*y0\", epoch_steps: 2, traces: {x1: {impulse: 5.5, tau_steps: 3}},"
      " reward: {population: da, impulse: 20, tau_steps: 4}, seed: 9}"));
  const ProjectionLearning& l = *net.projections.at(0).learning;
  EXPECT_EQ(l.rule_name, "");
  EXPECT_EQ(l.epoch_steps, 2u);
  EXPECT_EQ(l.x1.impulse_q8, 1408u);  // 5.5 x 256
  EXPECT_EQ(l.reward_population, "da");
  EXPECT_EQ(l.r1.impulse_q8, 20u * 256);
  EXPECT_EQ(l.seed, 9u);
}

TEST(LearningLoader, LoadsEveryLibraryRule) {
  ASSERT_GE(rule_library().size(), 6u);
  for (const EmbeddedFile& f : rule_library()) {
    const SnnNetwork net = load(net_with("{rule: " + f.name +
                                         ", reward: {population: da, impulse: 32}}",
                                         ", sign_mode: excitatory"));
    EXPECT_EQ(net.projections.at(0).learning->rule_name, f.name);
    EXPECT_FALSE(net.projections.at(0).learning->rule.equations.empty()) << f.name;
  }
}

TEST(LearningLoader, NamesFileLineKeyAndColumnWhenRuleTextIsBad) {
  EXPECT_EQ(error_of(net_with("{rule: \"dw = 2^-2*x1*q0\", epoch_steps: 1}")),
            "net.yaml:8: projections[0].learning.rule: column 14: unknown name 'q0': expected a "
            "factor (x1, x2, y1, y2, y3, r1, w, d, t, sgn(w), (f + C)) or a dependency (x0, y0, "
            "u0..u9)");
}

TEST(LearningLoader, RefusesBadSettings) {
  EXPECT_NE(error_of(net_with("{rule: stdp_pairs}")).find("no library rule is named 'stdp_pairs'"),
            std::string::npos);
  EXPECT_NE(error_of(net_with("{rule: stdp_pair, epoch_steps: 64}"))
                .find("learning.epoch_steps"), std::string::npos);
  EXPECT_NE(error_of(net_with("{rule: \"dw = x2*y0\", epoch_steps: 1}"))
                .find("the rule reads x2 but traces.x2.impulse is not set"), std::string::npos);
  EXPECT_NE(error_of(net_with("{rule: rstdp}")).find("reads r1 but no reward"), std::string::npos);
  EXPECT_NE(error_of(net_with("{rule: stdp_pair, reward: {population: dopa, impulse: 1}}"))
                .find("no population or input is named 'dopa'"), std::string::npos);
  EXPECT_NE(error_of(net_with("{rule: stdp_pair}", ", plastic: false"))
                .find("must be true (or absent)"), std::string::npos);
  EXPECT_NE(error_of(net_with("{rule: stdp_pair, traces: {x1: {impulse: 128}}}"))
                .find("learning.traces.x1.impulse"), std::string::npos);
  EXPECT_NE(error_of(net_with("{rule: stdp_pair, tau: 3}")).find("learning.tau: unknown key"),
            std::string::npos) << error_of(net_with("{rule: stdp_pair, tau: 3}"));
}

TEST(LearningLoader, MappersKeepPlasticSynapsesPerCoreWithinTheCap) {
  const SnnNetwork net = load(net_with("{rule: stdp_pair}"));
  CoreCapacity cap;
  cap.plastic_synapses = 6;  // the projection has 3 x 2 = 6: one core holds all
  EXPECT_EQ(map_sequential(net, cap, 8).usage[0].plastic_synapses, 6u);
  cap.plastic_synapses = 5;  // the sequential mapper opens a second core for exc[1]
  const Mapping m = map_sequential(net, cap, 8);
  for (const CoreUsage& u : m.usage) EXPECT_LE(u.plastic_synapses, 5u);
  const NeuronId exc0 = net.find_population("exc")->first_id;
  EXPECT_EQ(m.core_of[exc0 + 1], m.core_of[exc0] + 1);  // exc[1] on the next core
  // Every mapper's final check (finish_mapping) refuses a placement over the cap.
  CoreLimits limits = make_core_limits(net, cap);
  std::vector<CoreId> all_on_one(net.neuron_count(), 0);
  try {
    finish_mapping(net, all_on_one, 8, "test", limits);
    FAIL() << "mapped";
  } catch (const CapacityError& e) {
    EXPECT_NE(std::string(e.what()).find("needs 6 plastic synapses, the limit is 5 "
                                         "(core.plastic_synapses): 1 too many"),
              std::string::npos)
        << e.what();
  }
}

TEST(LearningLoader, MappersCountRewardAxonsAgainstInputAxons) {
  // 3 stim + 1 reward neuron reach the exc core: with 3 input axons the reward one does not fit.
  const SnnNetwork net = load(net_with("{rule: stdp_pair, reward: {population: da, impulse: 8}}"));
  CoreCapacity cap;
  EXPECT_EQ(map_sequential(net, cap, 8).usage[0].input_axons, 4u);  // everything on core 0
  cap.input_axons = 3;
  try {
    map_sequential(net, cap, 8);
    FAIL() << "mapped";
  } catch (const CapacityError& e) {
    EXPECT_NE(std::string(e.what()).find("needs 4 input axons, the limit is 3"), std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace nm
