// NoC features through the real CLI: golden spikes stay exact with multicast routing, event and
// lockstep reports stay identical with the new features on, over-full multicast tables are
// refused with exit code 2, and `neuromesh noc` prints a study and a sweep.
#include <gtest/gtest.h>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

RunResult run_net(const TempDir& dir, const std::string& net, const std::vector<std::string>& sets,
                  const std::string& sub, bool lockstep = false, const std::string& steps = "500") {
  std::vector<std::string> args{"run",      "loihi", data_path("loihi_lif/" + net + "/network.yaml"),
                                "--steps",  steps,   "--out",
                                dir / sub,  "--format", "json",
                                "--set",    "network.mapping.neurons_per_core=100"};
  for (const std::string& s : sets) args.insert(args.end(), {"--set", s});
  if (lockstep) args.push_back("--lockstep");
  return run_cli(args);
}

void expect_golden_with(const std::string& net, const std::vector<std::string>& sets) {
  TempDir dir;
  const RunResult r = run_net(dir, net, sets, "out");
  expect_success(r);
  EXPECT_TRUE(read_file(dir / "out/spikes_net.csv") ==
              read_file(data_path("loihi_lif/" + net + "/spikes.csv")))
      << net << ": spikes differ from the golden raster";
  const nlohmann::json rep = parse_json(r.out);
  EXPECT_EQ(rep["noc"]["flits_injected"], rep["noc"]["packets_injected"]);
  EXPECT_GT(rep["noc"]["packets_delivered"].get<double>(), rep["noc"]["packets_injected"].get<double>())
      << "multicast packets are replicated";
}

TEST(NocGolden, MatchBrian2WhenNet1000IsSpreadOverTenCoresWithMulticast) {
  expect_golden_with("net1000", {"noc.multicast=true"});
}

TEST(NocGolden, MatchBrian2WhenNet1000DelaysIsSpreadOverTenCoresWithMulticastAndSlowLinks) {
  expect_golden_with("net1000_delays", {"noc.multicast=true", "noc.buffer_depth_flits=1",
                                        "noc.link_cycles_per_flit=7"});
}

TEST(NocEquivalence, EventEqualsLockstepWithMulticastWavefrontPipelineAndInterChipLinks) {
  TempDir dir;
  const std::vector<std::string> sets = {
      "noc.multicast=true", "noc.router_pipeline_stages=3", "noc.arbitration=age",
      "noc.chip_boundary_every_x=2", "noc.inter_chip_hop_ps=20000",
      "noc.inter_chip_pj_per_bit=0.5", "barrier.model=wavefront", "barrier.table=~",
      "barrier.base_ps=10000"};
  const RunResult ev = run_net(dir, "net1000", sets, "event", false, "40");
  const RunResult ls = run_net(dir, "net1000", sets, "lockstep", true, "40");
  expect_success(ev);
  expect_success(ls);
  nlohmann::json a = parse_json(ev.out), b = parse_json(ls.out);
  for (auto* j : {&a, &b}) {
    j->erase("host");
    (*j)["run"].erase("mode");
  }
  EXPECT_EQ(a, b);
  EXPECT_EQ(read_file(dir / "event/steps.csv"), read_file(dir / "lockstep/steps.csv"));
  EXPECT_GT(a["noc"]["inter_chip_flits"].get<double>(), 0);
  EXPECT_GT(a["energy_pj"]["noc_inter_chip"].get<double>(), 0);
}

TEST(NocErrors, ExitsTwoWhenAMulticastTableExceedsItsEntryLimit) {
  TempDir dir;
  const RunResult r = run_net(dir, "net1000", {"noc.multicast=true", "noc.multicast_table_entries=1"}, "out");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("noc.multicast_table_entries"), std::string::npos) << r.err;
}

TEST(NocCommand, PrintsLatencyAndThroughputWhenRunOnAPreset) {
  const RunResult r = run_cli({"noc", "loihi", "--traffic", "transpose", "--rate", "0.001",
                               "--cycles", "20000", "--warmup", "2000"});
  EXPECT_EQ(r.exit_code, 2) << "transpose needs a square mesh; loihi is 8x4";
  const RunResult ok = run_cli({"noc", "loihi", "--traffic", "uniform", "--rate", "0.001",
                                "--cycles", "20000", "--warmup", "2000"});
  expect_success(ok);
  EXPECT_NE(ok.out.find("accepted throughput"), std::string::npos) << ok.out;
  EXPECT_NE(ok.out.find("packet latency mean / p50 / p99 / max"), std::string::npos) << ok.out;
}

TEST(NocCommand, PrintsOneCsvRowPerRateWhenSweepRatesIsGiven) {
  const RunResult r = run_cli({"noc", "tiny", "--sweep-rates", "0.1,0.2,0.3", "--cycles", "2000",
                               "--warmup", "200"});
  expect_success(r);
  std::size_t rows = 0;
  for (std::size_t p = r.out.find("\n0."); p != std::string::npos; p = r.out.find("\n0.", p + 1)) ++rows;
  EXPECT_EQ(rows, 3u) << r.out;
  EXPECT_NE(r.out.find("accepted_flits_per_node_cycle"), std::string::npos);
}

}  // namespace
}  // namespace nm::e2e
