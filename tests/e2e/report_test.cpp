// The files of `run --out DIR`: report.json (docs/report.md) and steps.csv must agree with each
// other and with themselves.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> cells;
  std::stringstream s(line);
  std::string cell;
  while (std::getline(s, cell, sep)) cells.push_back(cell);
  return cells;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream s(text);
  std::string line;
  while (std::getline(s, line)) lines.push_back(line);
  return lines;
}

// Column `name` of a CSV with a header row, as integers.
std::vector<long long> column(const std::string& csv, const std::string& name) {
  const std::vector<std::string> lines = lines_of(csv);
  std::vector<long long> values;
  if (lines.empty()) return values;
  const std::vector<std::string> header = split(lines[0], ',');
  const auto it = std::find(header.begin(), header.end(), name);
  if (it == header.end()) {
    ADD_FAILURE() << "no column '" << name << "' in " << lines[0];
    return values;
  }
  const std::size_t k = static_cast<std::size_t>(it - header.begin());
  for (std::size_t i = 1; i < lines.size(); ++i) {
    values.push_back(std::stoll(split(lines[i], ',').at(k)));
  }
  return values;
}

long long sum(const std::vector<long long>& v) {
  long long s = 0;
  for (long long x : v) s += x;
  return s;
}

double num(const nlohmann::json& j) { return j.get<double>(); }

class OutFiles : public ::testing::Test {
 protected:
  static constexpr int kSteps = 100;

  void SetUp() override {
    const RunResult r = run_cli({"run", "--steps", std::to_string(kSteps), "--out", dir_ / "out"});
    expect_success(r);
    EXPECT_NE(r.out.find("Reports written to"), std::string::npos) << r.out;
    report_ = parse_json(read_file(dir_ / "out/report.json"));
    steps_csv_ = read_file(dir_ / "out/steps.csv");
  }

  TempDir dir_;
  nlohmann::json report_;
  std::string steps_csv_;
};

TEST_F(OutFiles, WritesSchemaAndRunInfoWhenOutIsGiven) {
  EXPECT_EQ(report_["schema"], "neuromesh.report");
  EXPECT_EQ(report_["schema_version"], 1);
  EXPECT_EQ(report_["run"]["architecture"], "loihi");
  EXPECT_EQ(report_["run"]["network"], "default");
  EXPECT_EQ(report_["run"]["steps"], kSteps);
  EXPECT_EQ(report_["run"]["seed"], 1);
  EXPECT_EQ(report_["run"]["mode"], "event");
  EXPECT_EQ(report_["chip"]["cores"], 128);
  EXPECT_TRUE(report_["host"].contains("wall_seconds"));
}

TEST_F(OutFiles, KeepsCountsConsistentWhenOutIsGiven) {
  const nlohmann::json& c = report_["counts"];
  EXPECT_GT(num(c["spikes"]), 0);
  EXPECT_EQ(num(c["spikes"]), num(c["neuron_spikes"]) + num(c["input_spikes"]));
  EXPECT_EQ(num(c["hops"]), num(c["hops_east_west"]) + num(c["hops_north_south"]));
  EXPECT_EQ(num(c["neuron_updates_active"]), num(c["neuron_spikes"]));
  // 240 LIF neurons (192 exc + 48 inh) are updated every step; the 64 inputs are not.
  EXPECT_EQ(num(c["neuron_updates_active"]) + num(c["neuron_updates_idle"]), 240.0 * kSteps);
  EXPECT_EQ(num(report_["noc"]["packets_delivered"]), num(c["packets"]));
}

TEST_F(OutFiles, KeepsEnergyConsistentWhenOutIsGiven) {
  const nlohmann::json& e = report_["energy_pj"];
  const double spikes = num(report_["counts"]["spikes"]);
  EXPECT_GT(num(e["dynamic"]), 0);
  EXPECT_DOUBLE_EQ(num(e["dynamic"]), num(e["cores"]) + num(e["noc"]));
  EXPECT_DOUBLE_EQ(num(e["total"]), num(e["dynamic"]) + num(e["static"]));
  EXPECT_DOUBLE_EQ(num(e["cores"]), num(e["axon_fetch"]) + num(e["synaptic_ops"]) +
                                        num(e["neuron_updates_active"]) +
                                        num(e["neuron_updates_idle"]) + num(e["spike_out"]));
  EXPECT_DOUBLE_EQ(num(e["noc"]), num(e["noc_local_delivery"]) + num(e["noc_hops_east_west"]) +
                                      num(e["noc_hops_north_south"]));
  const double per_spike = num(e["dynamic"]) / spikes;
  EXPECT_NEAR(num(report_["energy_per_spike_pj"]), per_spike, 1e-9 * per_spike);
  const double per_synop = num(e["dynamic"]) / num(report_["counts"]["synaptic_ops"]);
  EXPECT_NEAR(num(report_["energy_per_synaptic_op_pj"]), per_synop, 1e-9 * per_synop);
  // loihi's Table 2 prices.
  EXPECT_NEAR(num(e["synaptic_ops"]), 23.6 * num(report_["counts"]["synaptic_ops"]),
              1e-9 * num(e["synaptic_ops"]));
  EXPECT_NEAR(num(e["neuron_updates_idle"]), 52 * num(report_["counts"]["neuron_updates_idle"]),
              1e-9 * num(e["neuron_updates_idle"]));
}

TEST_F(OutFiles, WritesOneStepsRowPerStepWhenOutIsGiven) {
  const std::vector<std::string> lines = lines_of(steps_csv_);
  ASSERT_EQ(lines.size(), static_cast<std::size_t>(kSteps) + 1);  // header + one row per step
  EXPECT_EQ(lines[0].rfind("step,", 0), 0u) << lines[0];
  const std::vector<long long> step = column(steps_csv_, "step");
  for (std::size_t i = 0; i < step.size(); ++i) EXPECT_EQ(step[i], static_cast<long long>(i + 1));
}

TEST_F(OutFiles, SumsStepsToTheReportTotalsWhenOutIsGiven) {
  const nlohmann::json& c = report_["counts"];
  EXPECT_EQ(sum(column(steps_csv_, "synaptic_ops")), c["synaptic_ops"].get<long long>());
  EXPECT_EQ(sum(column(steps_csv_, "neuron_spikes")), c["neuron_spikes"].get<long long>());
  EXPECT_EQ(sum(column(steps_csv_, "input_spikes")), c["input_spikes"].get<long long>());
  EXPECT_EQ(sum(column(steps_csv_, "packets")), c["packets"].get<long long>());
  EXPECT_EQ(sum(column(steps_csv_, "hops_east_west")), c["hops_east_west"].get<long long>());
  EXPECT_EQ(sum(column(steps_csv_, "hops_north_south")), c["hops_north_south"].get<long long>());
}

TEST_F(OutFiles, ChainsStepTimesWhenOutIsGiven) {
  const std::vector<long long> start = column(steps_csv_, "start_cycle");
  const std::vector<long long> end = column(steps_csv_, "end_cycle");
  const std::vector<long long> latency = column(steps_csv_, "latency_cycles");
  ASSERT_EQ(start.size(), static_cast<std::size_t>(kSteps));
  EXPECT_EQ(start[0], 0);
  for (std::size_t i = 0; i < start.size(); ++i) {
    EXPECT_EQ(latency[i], end[i] - start[i]) << "step " << i + 1;
    if (i + 1 < start.size()) {
      EXPECT_EQ(start[i + 1], end[i]) << "step " << i + 2;
    }
  }
  EXPECT_EQ(end.back(), report_["time"]["total_cycles"].get<long long>());
  EXPECT_EQ(sum(latency), report_["time"]["total_cycles"].get<long long>());
}

TEST_F(OutFiles, RecordsEverySpikeWhenAllPopulationsAreRecorded) {
  // The default network records exc, inh and stim: every spike of the run.
  long long rows = 0;
  for (const char* f : {"spikes_exc.csv", "spikes_inh.csv", "spikes_stim.csv"}) {
    const std::vector<std::string> lines = lines_of(read_file(dir_ / (std::string("out/") + f)));
    ASSERT_FALSE(lines.empty()) << f;
    EXPECT_EQ(lines[0], "step,neuron") << f;
    rows += static_cast<long long>(lines.size()) - 1;
  }
  EXPECT_EQ(rows, report_["counts"]["spikes"].get<long long>());
  // voltages: 4 recorded neurons x every step.
  const std::vector<std::string> v = lines_of(read_file(dir_ / "out/voltages.csv"));
  EXPECT_EQ(v.size(), 4u * kSteps + 1);
}

}  // namespace
}  // namespace nm::e2e
