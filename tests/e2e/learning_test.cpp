// On-chip learning through the CLI (docs/learning.md): a plastic network runs on the Loihi
// preset; the report's learning counts, cycles and energy agree by arithmetic with the preset's
// 61 cycles and 120 pJ per update; the final weights load back through a from_file connector.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

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
  // The learning phase follows each step's barrier (465 ns = 4650 cycles on the 32-tile preset):
  // end = max(cores done, last delivery) + 4650 + that step's learning cycles.
  const std::string steps = read_file(dir / "out/steps.csv");
  std::istringstream lines(steps);
  std::string line;
  std::getline(lines, line);
  ASSERT_EQ(line.rfind("step,start_cycle,cores_done_cycle,last_delivery_cycle,end_cycle", 0), 0u);
  double learning_cycles = 0;
  while (std::getline(lines, line)) {
    long long step, start, done, delivery, end;
    char c;
    std::istringstream row(line);
    row >> step >> c >> start >> c >> done >> c >> delivery >> c >> end;
    learning_cycles += static_cast<double>(end - std::max(done, delivery) - 4650);
  }
  EXPECT_EQ(learning_cycles, num(l["cycles"]));
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

TEST(LearningCli, GivesIdenticalResultsForSameSeedInEventAndLockstepModes) {
  TempDir dir;
  const std::string net = data_path("learning/stdp_net.yaml");
  const RunResult a = run_cli({"run", "loihi", net, "--steps", "120", "--seed", "5", "--out",
                               dir / "a", "--format", "json"});
  const RunResult b = run_cli({"run", "loihi", net, "--steps", "120", "--seed", "5", "--out",
                               dir / "b", "--format", "json", "--lockstep"});
  const RunResult c = run_cli({"run", "loihi", net, "--steps", "120", "--seed", "6", "--out",
                               dir / "c"});
  expect_success(a);
  expect_success(b);
  expect_success(c);
  EXPECT_EQ(without_host_and_mode(parse_json(a.out)), without_host_and_mode(parse_json(b.out)));
  const std::string w = read_file(dir / "a/weights_in_to_exc.csv");
  EXPECT_EQ(w, read_file(dir / "b/weights_in_to_exc.csv"));
  EXPECT_NE(w, read_file(dir / "c/weights_in_to_exc.csv"));  // another run seed: other inputs and rounding
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
