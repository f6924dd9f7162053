// On-chip learning through the CLI (docs/learning.md): a plastic network runs on the Loihi
// preset; the report's learning counts, cycles and energy agree by arithmetic with the preset's
// 61 cycles and 120 pJ per update; the final weights load back through a from_file connector.
#include <gtest/gtest.h>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

double num(const nlohmann::json& j) { return j.get<double>(); }

TEST(LearningCli, ReportsLearningApartAndWritesWeightsThatLoadBack) {
  TempDir dir;
  const RunResult r =
      run_cli({"run", "loihi", data_path("learning/stdp_net.yaml"), "--steps", "200", "--out",
               dir / "out", "--format", "json"});
  expect_success(r);
  const nlohmann::json rep = parse_json(r.out);
  const nlohmann::json& l = rep["learning"];
  ASSERT_TRUE(l.is_object()) << r.out.substr(0, 400);
  EXPECT_EQ(l["plastic_synapses"], 200);
  EXPECT_EQ(l["projections"][0]["rule"], "stdp_pair");
  EXPECT_EQ(l["projections"][0]["epoch_steps"], 4);
  const double updates = num(l["synapse_updates"]);
  EXPECT_GT(updates, 0);
  EXPECT_LE(num(l["phases"]), 50);  // one per epoch of 4 steps at most
  // One core holds every plastic synapse, so each phase takes updates x 61 cycles.
  EXPECT_EQ(num(l["cycles"]), updates * 61);
  EXPECT_DOUBLE_EQ(num(l["time_ns"]), updates * 6.1);
  EXPECT_DOUBLE_EQ(num(l["energy_pj"]), updates * 120);
  const nlohmann::json& e = rep["energy_pj"];
  EXPECT_DOUBLE_EQ(num(e["learning"]), updates * 120);
  EXPECT_DOUBLE_EQ(num(e["inference"]), num(e["cores"]) + num(e["noc"]));
  EXPECT_DOUBLE_EQ(num(e["dynamic"]), num(e["inference"]) + num(e["learning"]));
  // The learning phases are part of the simulated time: the step latencies add up with them.
  const std::string weights = read_file(dir / "out/weights_in_to_exc.csv");
  EXPECT_EQ(weights.rfind("pre,post,weight,delay\n", 0), 0u);
  // Load them back: the same network with a from_file connector.
  std::string net = read_file(data_path("learning/stdp_net.yaml"));
  const std::string from = "connector: {type: all_to_all}\n    weight: {uniform: [20, 80], seed: 2}";
  ASSERT_NE(net.find(from), std::string::npos);
  net.replace(net.find(from), from.size(),
              "connector: {type: from_file, file: " + (dir / "out/weights_in_to_exc.csv") + "}");
  write_file(dir / "again.yaml", net);
  const RunResult again = run_cli({"run", "loihi", dir / "again.yaml", "--steps", "1", "--out",
                                   dir / "again"});
  expect_success(again);
  // One step ends no epoch: the weights come back unchanged.
  EXPECT_EQ(read_file(dir / "again/weights_in_to_exc.csv"), weights);
  EXPECT_NE(again.out.find("learning: updates, phases, time"), std::string::npos) << again.out;
}

TEST(LearningCli, RefusesABadRuleNamingFileLineAndColumn) {
  TempDir dir;
  std::string net = read_file(data_path("learning/stdp_net.yaml"));
  const std::string from = "rule: stdp_pair";
  net.replace(net.find(from), from.size(), "rule: \"dw = 2^-2*x1*y0 - 2^-2*y1*\"\n      epoch_steps: 4");
  write_file(dir / "bad.yaml", net);
  expect_user_error(run_cli({"run", "loihi", dir / "bad.yaml"}),
                    {"bad.yaml:19: projections[0].learning.rule: column 27:",
                     "found the end of the rule"});
}

}  // namespace
}  // namespace nm::e2e
