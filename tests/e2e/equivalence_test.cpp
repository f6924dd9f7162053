// Event-driven versus lockstep (every router evaluated every cycle) must give identical results,
// and a run is a pure function of its inputs and seed (DESIGN.md section 5).
#include <gtest/gtest.h>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

struct Outputs {
  nlohmann::json report;  // from --format json
  std::string steps_csv;
};

Outputs run_to(const TempDir& dir, const std::string& name, std::vector<std::string> args) {
  args.insert(args.end(), {"--format", "json", "--out", dir / name});
  const RunResult r = run_cli(args);
  expect_success(r);
  return {parse_json(r.out), read_file(dir / (name + "/steps.csv"))};
}

void expect_event_equals_lockstep(const std::vector<std::string>& args) {
  TempDir dir;
  std::vector<std::string> lockstep_args = args;
  lockstep_args.push_back("--lockstep");
  const Outputs event = run_to(dir, "event", args);
  const Outputs lockstep = run_to(dir, "lockstep", lockstep_args);
  EXPECT_EQ(event.report["run"]["mode"], "event");
  EXPECT_EQ(lockstep.report["run"]["mode"], "lockstep");
  EXPECT_EQ(without_host_and_mode(event.report), without_host_and_mode(lockstep.report))
      << "event:\n"
      << without_host_and_mode(event.report).dump(1) << "\nlockstep:\n"
      << without_host_and_mode(lockstep.report).dump(1);
  EXPECT_TRUE(event.steps_csv == lockstep.steps_csv) << "steps.csv differs";
}

TEST(EventVsLockstep, GiveIdenticalReportsWhenDefaultNetworkRuns) {
  expect_event_equals_lockstep({"run"});
}

TEST(EventVsLockstep, GiveIdenticalReportsWhenDelayedNetworkIsSpreadOverTenCores) {
  expect_event_equals_lockstep({"run", "loihi", data_path("loihi_lif/net1000_delays/network.yaml"),
                                "--set", "network.mapping.neurons_per_core=100", "--steps", "60"});
}

// An untraced event-mode run evaluates the routers from one process ahead of kernel time (the
// mesh driver); a traced run keeps one event per router module. Same results either way.
TEST(MeshDriverVsRouterEvents, GiveIdenticalReportsWhenTenCoresShareACongestedMesh) {
  TempDir dir;
  const std::vector<std::string> args{"run", "loihi",
                                      data_path("loihi_lif/net1000_delays/network.yaml"),
                                      "--set", "network.mapping.neurons_per_core=100",
                                      "--set", "noc.buffer_depth_flits=1",
                                      "--set", "noc.link_cycles_per_flit=7",
                                      "--steps", "40"};
  std::vector<std::string> traced = args;
  traced.insert(traced.end(), {"--vcd", dir / "run.vcd"});
  const Outputs driver = run_to(dir, "driver", args);
  const Outputs events = run_to(dir, "events", traced);
  EXPECT_GT(driver.report["noc"]["stalled_port_cycles"].get<double>(), 0);
  EXPECT_EQ(without_host_and_mode(driver.report), without_host_and_mode(events.report));
  EXPECT_TRUE(driver.steps_csv == events.steps_csv) << "steps.csv differs";
}

TEST(Determinism, GivesIdenticalOutputsWhenRunTwiceWithTheSameSeed) {
  TempDir dir;
  const Outputs a = run_to(dir, "a", {"run", "--seed", "5"});
  const Outputs b = run_to(dir, "b", {"run", "--seed", "5"});
  EXPECT_EQ(without_host_and_mode(a.report), without_host_and_mode(b.report));
  EXPECT_TRUE(a.steps_csv == b.steps_csv);
  for (const char* f : {"spikes_exc.csv", "spikes_inh.csv", "spikes_stim.csv", "voltages.csv"}) {
    EXPECT_TRUE(read_file(dir / (std::string("a/") + f)) ==
                read_file(dir / (std::string("b/") + f)))
        << f << " differs";
  }
}

TEST(Determinism, ChangesSpikeCountWhenSeedDiffers) {
  TempDir dir;
  const Outputs a = run_to(dir, "a", {"run"});  // --seed 1 by default
  const Outputs b = run_to(dir, "b", {"run", "--seed", "2"});
  EXPECT_EQ(a.report["run"]["seed"], 1);
  EXPECT_EQ(b.report["run"]["seed"], 2);
  EXPECT_NE(a.report["counts"]["input_spikes"], b.report["counts"]["input_spikes"])
      << "the Poisson inputs must draw from the run seed";
  EXPECT_NE(a.report["counts"]["spikes"], b.report["counts"]["spikes"]);
}

}  // namespace
}  // namespace nm::e2e
