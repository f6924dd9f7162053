// Micro-benchmarks on the `loihi` preset: tiny networks whose report shows exactly the figures of
// Davies et al. 2018 Table 2 (synaptic op 23.6 pJ / 3.5 ns, neuron update active 81 pJ / 8.4 ns,
// idle 52 pJ / 5.3 ns, spike within a tile 1.7 pJ / 2.1 ns, tile hop E-W 3.0 pJ / 4.1 ns and N-S
// 4.0 pJ / 6.5 ns), and static power reported apart from dynamic energy.
//
// The network: one LIF neuron `out` (id 0, core 0, tile (0,0)) and 32 spike sources (ids 1-32,
// one per core with neurons_per_core: 1), all-to-all onto `out` with weight 1 (u = 64, far below
// the threshold). Only the source chosen by the test fires, at step 1. Loihi places 4 cores per
// tile on an 8x4 mesh, so src[0] (core 1) shares out's tile, src[3] (core 4) is one tile east and
// src[31] (core 32) one tile north.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

std::string network(int firing_source, const std::string& out_params) {
  std::string times;
  for (int i = 0; i < 32; ++i) times += std::string(i ? ", " : "") + (i == firing_source ? "[1]" : "[]");
  return "name: microbench\nmapping: {neurons_per_core: 1}\npopulations:\n"
         "  - {name: out, size: 1, model: loihi_lif, params: {" + out_params + "}}\n"
         "inputs:\n  - {name: src, size: 32, type: spike_times, times: [" + times + "]}\n"
         "projections:\n  - {pre: src, post: out, connector: {type: all_to_all}, weight: 1}\n";
}

class LoihiMicrobench : public ::testing::Test {
 protected:
  nlohmann::json run(int firing_source, const std::string& out_params = "du: 4095, dv: 4095, vth: 1000",
                     const std::string& extra_set = "") {
    write_file(dir_ / "net.yaml", network(firing_source, out_params));
    std::vector<std::string> args{"run", "loihi", dir_ / "net.yaml", "--steps", "2",
                                  "--out", dir_ / "out", "--format", "json"};
    if (!extra_set.empty()) {
      args.push_back("--set");
      args.push_back(extra_set);
    }
    const RunResult r = run_cli(args);
    expect_success(r);
    return parse_json(r.out);
  }
  // cores_done_cycle - start_cycle of each step, from steps.csv.
  std::vector<long> core_busy() {
    std::vector<long> busy;
    std::istringstream in(read_file(dir_ / "out/steps.csv"));
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      long step, start, done;
      char comma;
      std::istringstream f(line);
      f >> step >> comma >> start >> comma >> done;
      busy.push_back(done - start);
    }
    return busy;
  }
  TempDir dir_;
};

TEST_F(LoihiMicrobench, ChargesOneSynapticOpAt23_6pJAnd3_5nsWhenOneSpikeArrives) {
  const nlohmann::json rep = run(0);
  EXPECT_EQ(rep["counts"]["synaptic_ops"], 1);
  EXPECT_DOUBLE_EQ(rep["energy_pj"]["synaptic_ops"].get<double>(), 23.6);
  // Step 1: one idle update (53 cycles). Step 2: the synop (35) then the idle update (53).
  const std::vector<long> busy = core_busy();
  ASSERT_EQ(busy.size(), 2u);
  EXPECT_EQ(busy[0], 53);
  EXPECT_EQ(busy[1] - busy[0], 35);  // 3.5 ns at the 0.1 ns clock
}

TEST_F(LoihiMicrobench, ChargesIdleUpdateAt52pJAnd5_3nsWhenNeuronStaysQuiet) {
  const nlohmann::json rep = run(-1);
  EXPECT_EQ(rep["counts"]["neuron_updates_idle"], 2);
  EXPECT_EQ(rep["counts"]["neuron_updates_active"], 0);
  EXPECT_DOUBLE_EQ(rep["energy_pj"]["neuron_updates_idle"].get<double>(), 2 * 52.0);
  EXPECT_EQ(core_busy(), (std::vector<long>{53, 53}));
}

TEST_F(LoihiMicrobench, ChargesActiveUpdateAt81pJAnd8_4nsWhenNeuronSpikes) {
  const nlohmann::json rep = run(-1, "du: 4095, dv: 4095, vth: 1, bias_mant: 100");
  EXPECT_EQ(rep["counts"]["neuron_updates_active"], 2);
  EXPECT_DOUBLE_EQ(rep["energy_pj"]["neuron_updates_active"].get<double>(), 2 * 81.0);
  EXPECT_EQ(core_busy(), (std::vector<long>{84, 84}));
}

TEST_F(LoihiMicrobench, DeliversWithinTileAt1_7pJAnd2_1nsWhenSourceSharesTile) {
  const nlohmann::json rep = run(0);
  EXPECT_EQ(rep["counts"]["hops"], 0);
  EXPECT_DOUBLE_EQ(rep["energy_pj"]["noc_local_delivery"].get<double>(), 1.7);
  EXPECT_EQ(rep["noc"]["spike_delivery_latency_cycles"]["max"], 21);
  EXPECT_DOUBLE_EQ(rep["noc"]["spike_delivery_latency_ns"]["max"].get<double>(), 2.1);
}

TEST_F(LoihiMicrobench, AddsEastWestHopAt3pJAnd4_1nsWhenSourceIsOneTileEast) {
  const nlohmann::json rep = run(3);
  EXPECT_EQ(rep["counts"]["hops_east_west"], 1);
  EXPECT_EQ(rep["counts"]["hops_north_south"], 0);
  EXPECT_DOUBLE_EQ(rep["energy_pj"]["noc_hops_east_west"].get<double>(), 3.0);
  EXPECT_EQ(rep["noc"]["spike_delivery_latency_cycles"]["max"], 41 + 21);
}

TEST_F(LoihiMicrobench, AddsNorthSouthHopAt4pJAnd6_5nsWhenSourceIsOneTileNorth) {
  const nlohmann::json rep = run(31);
  EXPECT_EQ(rep["counts"]["hops_north_south"], 1);
  EXPECT_EQ(rep["counts"]["hops_east_west"], 0);
  EXPECT_DOUBLE_EQ(rep["energy_pj"]["noc_hops_north_south"].get<double>(), 4.0);
  EXPECT_EQ(rep["noc"]["spike_delivery_latency_cycles"]["max"], 65 + 21);
}

TEST_F(LoihiMicrobench, ReportsStaticEnergyApartWhenStaticPowerIsSet) {
  const nlohmann::json base = run(0);
  const nlohmann::json leaky = run(0, "du: 4095, dv: 4095, vth: 1000", "chip.static_power_mw=104");
  EXPECT_DOUBLE_EQ(base["energy_pj"]["static"].get<double>(), 0.0);
  EXPECT_DOUBLE_EQ(leaky["energy_pj"]["dynamic"].get<double>(),
                   base["energy_pj"]["dynamic"].get<double>());
  // 104 mW x total_cycles x 100 ps = 104e-3 x cycles x 1e-10 J = cycles x 10.4 pJ.
  const double cycles = leaky["time"]["total_cycles"].get<double>();
  EXPECT_NEAR(leaky["energy_pj"]["static"].get<double>(), cycles * 10.4, 1e-9 * cycles);
  EXPECT_DOUBLE_EQ(leaky["energy_pj"]["total"].get<double>(),
                   leaky["energy_pj"]["dynamic"].get<double>() +
                       leaky["energy_pj"]["static"].get<double>());
}

TEST_F(LoihiMicrobench, UsesSanaFeFiguresWhenPresetIsCalibrated) {
  write_file(dir_ / "net.yaml", network(0, "du: 4095, dv: 4095, vth: 1000"));
  const RunResult r = run_cli({"run", "loihi_calibrated", dir_ / "net.yaml", "--steps",
                               "2", "--format", "json"});
  expect_success(r);
  const nlohmann::json rep = parse_json(r.out);
  EXPECT_DOUBLE_EQ(rep["energy_pj"]["synaptic_ops"].get<double>(), 35.5);
  EXPECT_DOUBLE_EQ(rep["energy_pj"]["neuron_updates_idle"].get<double>(), 2 * 72.8);
  EXPECT_DOUBLE_EQ(rep["energy_pj"]["spike_out"].get<double>(), 111.0);
}

}  // namespace
}  // namespace nm::e2e
