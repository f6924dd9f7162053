// A hand-made TrueNorth network through the CLI (`run truenorth` on a 2x2 mesh), with splitter
// insertion, two axon types, a delivery delay and the negative-threshold saturation, every
// count and energy worked out below from configs/arch/truenorth.yaml.
//
// Network (mapping.neurons_per_core: 2; populations take ids before inputs):
//   relay[0..2] (ids 0-2): weights [2, -3, 0, 0], threshold 2, neg_threshold 1 (saturate),
//   normal reset to 0, no leak. a (id 3) fires at tick 1, b (id 4) at tick 2.
//   a -> relay all_to_all, axon type 0, delay 0; b -> relay all_to_all, axon type 1, delay 2.
// Sequential mapping: core 0 {relay0, relay1}, core 1 {relay2, a}, core 2 {b}; cores sit on
// tiles (k % 2, k / 2). a and b each reach cores 0 and 1, so each gets 2 splitters: a's (ids
// 5, 6) on a's own core 1, b's (ids 7, 8) on core 2. b's synapses move to its splitters with
// delay 2 - 1 = 1, so they still arrive at tick 2 + 1 + 2 = 5.
// Ticks: 1 a fires -> splitters 5, 6 integrate +1 at tick 2 and spike; b fires at 2 -> splitters
//   7, 8 spike at 3; relays integrate +2 at tick 3 and spike (reset 0); at tick 5 they integrate
//   -3 -> -3 < -1 -> saturate at -1.
// Counts: neuron spikes 3 relays + 4 splitters = 7, input spikes 2; synaptic ops 2 (tick 2) + 3 +
//   2 (tick 3) + 3 (tick 5) = 10; packets a, b and 4 splitters = 6; neuron updates 7 TrueNorth
//   neurons x 6 ticks = 42 (7 active). Hops: 5 -> core 0: 1 E-W; 7 -> core 0: 1 N-S; 8 -> core 1:
//   1 E-W + 1 N-S; the rest stay on their tile: 2 E-W + 2 N-S.
// Energy (static set to 0): 10 x 1.44 + 42 x 19.3 + 4 x 2.3 = 834.2 pJ over 6 ticks of 1 ms.
#include <gtest/gtest.h>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

const char* kNetwork = R"(# see truenorth_test.cpp
name: tn_hand
mapping:
  neurons_per_core: 2
populations:
  - name: relay
    size: 3
    model: truenorth
    params: {weights: [2, -3, 0, 0], threshold: 2, neg_threshold: 1, neg_saturate: true,
             reset_mode: normal, reset_potential: 0, leak: 0}
inputs:
  - {name: a, size: 1, type: spike_times, times: [[1]]}
  - {name: b, size: 1, type: spike_times, times: [[2]]}
projections:
  - {pre: a, post: relay, connector: {type: all_to_all}, axon_type: 0}
  - {pre: b, post: relay, connector: {type: all_to_all}, axon_type: 1, delay: 2}
record:
  spikes: [relay]
  voltages:
    - {population: relay, neurons: [0]}
)";

class TrueNorthHandChecked : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "net.yaml", kNetwork);
    const RunResult r =
        run_cli({"run", "truenorth", dir_ / "net.yaml", "--steps", "6", "--set",
                 "chip.mesh_width=2", "--set", "chip.mesh_height=2", "--set",
                 "chip.static_power_mw=0", "--out", dir_ / "out", "--format", "json"});
    expect_success(r);
    report_ = parse_json(r.out);
  }

  TempDir dir_;
  nlohmann::json report_;
};

TEST_F(TrueNorthHandChecked, CountsMatchTheHandWorkedTicks) {
  const nlohmann::json& c = report_["counts"];
  EXPECT_EQ(c["neuron_spikes"], 7);
  EXPECT_EQ(c["input_spikes"], 2);
  EXPECT_EQ(c["synaptic_ops"], 10);
  EXPECT_EQ(c["packets"], 6);
  EXPECT_EQ(c["neuron_updates_active"], 7);
  EXPECT_EQ(c["neuron_updates_idle"], 35);
  EXPECT_EQ(c["hops_east_west"], 2);
  EXPECT_EQ(c["hops_north_south"], 2);
  EXPECT_EQ(report_["network"]["neurons"], 9);  // 5 declared + 4 splitters
}

TEST_F(TrueNorthHandChecked, EnergyAndPowerFollowThePreset) {
  EXPECT_NEAR(report_["energy_pj"]["total"].get<double>(), 834.2, 1e-9);
  EXPECT_NEAR(report_["power_mw"]["total"].get<double>(), 834.2e-9 / 6e-3, 1e-12);
}

TEST_F(TrueNorthHandChecked, RelaysSpikeAtTickThreeAndSaturateAtTickFive) {
  EXPECT_EQ(read_file(dir_ / "out/spikes_relay.csv"), "step,neuron\n3,0\n3,1\n3,2\n");
  const std::string v = read_file(dir_ / "out/voltages.csv");
  EXPECT_NE(v.find("3,relay,0,2000012,0,0\n"), std::string::npos) << v;  // 1 + 1 + 10 cycles
  EXPECT_NE(v.find("5,relay,0,4000012,0,-1\n"), std::string::npos) << v;
}

TEST_F(TrueNorthHandChecked, LockstepRunGivesTheSameReport) {
  const RunResult r =
      run_cli({"run", "truenorth", dir_ / "net.yaml", "--steps", "6", "--set",
               "chip.mesh_width=2", "--set", "chip.mesh_height=2", "--set",
               "chip.static_power_mw=0", "--lockstep", "--format", "json"});
  expect_success(r);
  EXPECT_EQ(without_host_and_mode(parse_json(r.out)), without_host_and_mode(report_));
}

TEST_F(TrueNorthHandChecked, WarnsWhenATicksWorkDoesNotFitTheTick) {
  // A 25-cycle tick: core 1 alone needs 4 neuron updates x 10 cycles.
  const RunResult r =
      run_cli({"run", "truenorth", dir_ / "net.yaml", "--steps", "6", "--set",
               "chip.mesh_width=2", "--set", "chip.mesh_height=2", "--set", "chip.tick_ps=25000"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("6 of 6 steps did more work than fits in chip.tick_ps"), std::string::npos)
      << r.err;
}

TEST(TrueNorthErrors, RefusesLoihiPopulationsOnTrueNorthCores) {
  TempDir dir;
  write_file(dir / "net.yaml", R"(
populations:
  - {name: p, size: 2, model: loihi_lif, params: {vth: 1}}
)");
  expect_user_error(run_cli({"run", "truenorth", dir / "net.yaml", "--steps", "1"}),
                    {"loihi_lif", "truenorth"});
}

TEST(TrueNorthErrors, NamesNeuronsWhenACoreGetsMoreThan256) {
  TempDir dir;
  write_file(dir / "net.yaml", R"(
mapping:
  neurons_per_core: 300
populations:
  - {name: p, size: 300, model: truenorth}
)");
  expect_user_error(run_cli({"run", "truenorth", dir / "net.yaml", "--steps", "1", "--set",
                             "chip.mesh_width=1", "--set", "chip.mesh_height=1"}),
                    {"neurons"});
}

TEST(TrueNorthErrors, NamesInputAxonsWhenACoreNeedsMoreThan256) {
  TempDir dir;
  write_file(dir / "net.yaml", R"(
populations:
  - {name: p, size: 1, model: truenorth}
inputs:
  - {name: s, size: 257, type: poisson, rate_hz: 10, seed: 1}
projections:
  - {pre: s, post: p, connector: {type: all_to_all}, axon_type: 0}
)");
  expect_user_error(run_cli({"run", "truenorth", dir / "net.yaml", "--steps", "1", "--set",
                             "chip.mesh_width=2", "--set", "chip.mesh_height=1"}),
                    {"input axons"});
}

}  // namespace
}  // namespace nm::e2e
