// The golden Brian2 rasters of tests/data/loihi_lif/ (1000 Loihi LIF neurons, 500 steps) through
// the real CLI: spikes_net.csv must be byte-identical to spikes.csv, however the network is
// placed and however slow or congested the mesh is (timing must never change function).
#include <gtest/gtest.h>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

struct GoldenRun {
  nlohmann::json report;
};

// Runs `net` (a folder of tests/data/loihi_lif) on loihi for 500 steps with `sets` and checks
// the raster; returns the report for further checks.
GoldenRun run_golden(const std::string& net, const std::vector<std::string>& sets) {
  TempDir dir;
  std::vector<std::string> args{
      "run",       "loihi",    data_path("loihi_lif/" + net + "/network.yaml"),
      "--steps",   "500",      "--out",
      dir / "out", "--format", "json"};
  for (const std::string& s : sets) {
    args.push_back("--set");
    args.push_back(s);
  }
  const RunResult r = run_cli(args);
  expect_success(r);
  const std::string got = read_file(dir / "out/spikes_net.csv");
  const std::string want = read_file(data_path("loihi_lif/" + net + "/spikes.csv"));
  EXPECT_TRUE(got == want) << net << ": spikes_net.csv differs from the golden spikes.csv ("
                           << got.size() << " vs " << want.size() << " bytes)";
  return {parse_json(r.out)};
}

const std::vector<std::string> kSlowMesh = {"noc.buffer_depth_flits=1",
                                            "noc.link_cycles_per_flit=7"};
const std::vector<std::string> kTenCores = {"network.mapping.neurons_per_core=100"};
const std::vector<std::string> kTenCoresSlowMesh = {"network.mapping.neurons_per_core=100",
                                                    "noc.buffer_depth_flits=1",
                                                    "noc.link_cycles_per_flit=7"};

TEST(GoldenSpikes, MatchBrian2WhenNet1000RunsOnLoihi) {
  const GoldenRun g = run_golden("net1000", {});
  EXPECT_EQ(g.report["mapping"]["cores_used"], 2);
  EXPECT_EQ(g.report["counts"]["neuron_spikes"], 14802);  // rows of spikes.csv
}

TEST(GoldenSpikes, MatchBrian2WhenNet1000DelaysRunsOnLoihi) { run_golden("net1000_delays", {}); }

TEST(GoldenSpikes, MatchBrian2WhenNet1000RunsWithOneFlitBuffersAndSlowLinks) {
  run_golden("net1000", kSlowMesh);
}

TEST(GoldenSpikes, MatchBrian2WhenNet1000DelaysRunsWithOneFlitBuffersAndSlowLinks) {
  run_golden("net1000_delays", kSlowMesh);
}

TEST(GoldenSpikes, MatchBrian2WhenNet1000IsSpreadOverTenCores) {
  const GoldenRun g = run_golden("net1000", kTenCores);
  EXPECT_EQ(g.report["mapping"]["cores_used"], 10);
  EXPECT_GT(g.report["counts"]["hops"].get<double>(), 0) << "spikes must cross the mesh";
}

TEST(GoldenSpikes, MatchBrian2WhenNet1000DelaysIsSpreadOverTenCores) {
  const GoldenRun g = run_golden("net1000_delays", kTenCores);
  EXPECT_EQ(g.report["mapping"]["cores_used"], 10);
  EXPECT_GT(g.report["counts"]["hops"].get<double>(), 0) << "spikes must cross the mesh";
}

// Spread and congested at once: the same spikes, yet the timing does change.
TEST(GoldenSpikes, MatchBrian2WhenNet1000IsSpreadOverACongestedMesh) {
  const GoldenRun fast = run_golden("net1000", kTenCores);
  const GoldenRun slow = run_golden("net1000", kTenCoresSlowMesh);
  EXPECT_GT(slow.report["noc"]["stalled_port_cycles"].get<double>(), 0);
  EXPECT_GT(slow.report["time"]["total_cycles"].get<double>(),
            fast.report["time"]["total_cycles"].get<double>());
  EXPECT_EQ(slow.report["counts"], fast.report["counts"]);
}

TEST(GoldenSpikes, MatchBrian2WhenNet1000DelaysIsSpreadOverACongestedMesh) {
  const GoldenRun fast = run_golden("net1000_delays", kTenCores);
  const GoldenRun slow = run_golden("net1000_delays", kTenCoresSlowMesh);
  EXPECT_GT(slow.report["noc"]["stalled_port_cycles"].get<double>(), 0);
  EXPECT_GT(slow.report["time"]["total_cycles"].get<double>(),
            fast.report["time"]["total_cycles"].get<double>());
  EXPECT_EQ(slow.report["counts"], fast.report["counts"]);
}

}  // namespace
}  // namespace nm::e2e
