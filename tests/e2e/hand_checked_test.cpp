// A hand-made network on the `tiny` preset whose every count, latency and energy is worked out
// below from configs/arch/tiny.yaml, and compared exactly with the report.
//
// tiny: 1 ns clock; 2x2 tiles (x west to east, y south to north) of 2 cores, tiles numbered
// row-major, so core k sits on tile k/2 = (k/2 % 2, k/2 / 2):
//   cores 0,1 -> tile (0,0)   cores 2,3 -> tile (1,0)   cores 4,5 -> (0,1)   cores 6,7 -> (1,1)
// Costs: axon fetch 1 cycle / 0 pJ, synop 1 cycle / 1 pJ, neuron update active 3 cycles / 2 pJ,
// idle 2 cycles / 1 pJ, spike out 0 / 0; hop E-W 2 cycles / 1 pJ, hop N-S 3 cycles / 1 pJ,
// local delivery 1 cycle / 1 pJ; barrier fixed 5 cycles; no static power.
//
// The network (mapping.neurons_per_core: 1, so neuron id k lands on core k). Populations take
// ids before inputs:
//   out[0] (LIF, id 0)  -> core 0, tile (0,0)
//   src[0..5] (ids 1-6) -> cores 1-6; only src[1] (core 2, tile (1,0)) fires, at step 1, and
//                          src[5] (core 6, tile (1,1)), at step 3. all_to_all src -> out,
//                          weight 10.
// out has du = dv = 4095 (u and v forget everything each step) and vth 1 (threshold 64): an input
// of weight 10 gives u = 640 > 64, so out spikes in the step after each source spike (steps 2
// and 4) and is idle otherwise. out has no synapses, so its spikes send no packet.
//
// Step by step (cycles; a step ends at max(cores done, last delivery) + 5 for the barrier):
//   1: start 0. out idle (2) -> done 2. src[1]'s packet leaves core 2 at 0: 1 hop west (2) ->
//      tile (0,0) at 2, local delivery (1) -> 3. End 3 + 5 = 8.
//   2: start 8. out: axon fetch 1 + synop 1 + active update 3 -> 13. End 18.
//   3: start 18. out idle -> 20. src[5]'s packet (xy routing, x first): west (2) -> 20, south (3)
//      -> 23, local (1) -> 24. End 24 + 5 = 29.
//   4: start 29. 1 + 1 + 3 -> 34. End 39.
//   5: start 39. idle -> 41. End 46.
// Counts: spikes 4 (2 neurons + 2 inputs), synaptic ops 2, axon events 2, updates 2 active +
// 3 idle, packets 2, hops 2 E-W + 1 N-S, delivery latency 3 and 6 cycles (mean 4.5, max 6).
// Energy (pJ): synops 2 x 1, active 2 x 2, idle 3 x 1 -> cores 9; local deliveries 2 x 1,
// E-W 2 x 1, N-S 1 x 1 -> noc 5; dynamic = total = 14; per spike 14/4 = 3.5; per synop 7.
#include <gtest/gtest.h>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

const char* kNetwork = R"(# see hand_checked_test.cpp
name: hand_checked
mapping:
  neurons_per_core: 1
populations:
  - name: out
    size: 1
    model: loihi_lif
    params: {du: 4095, dv: 4095, vth: 1}
inputs:
  - name: src
    size: 6
    type: spike_times
    times: [[], [1], [], [], [], [3]]
projections:
  - {pre: src, post: out, connector: {type: all_to_all}, weight: 10}
record:
  spikes: [out, src]
)";

class HandChecked : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "net.yaml", kNetwork);
    const RunResult r = run_cli({"run", "tiny", dir_ / "net.yaml", "--steps", "5", "--out",
                                 dir_ / "out", "--format", "json"});
    expect_success(r);
    report_ = parse_json(r.out);
  }

  TempDir dir_;
  nlohmann::json report_;
};

TEST_F(HandChecked, PlacesOneNeuronPerCoreWhenNeuronsPerCoreIsOne) {
  const nlohmann::json& m = report_["mapping"];
  EXPECT_EQ(m["cores_used"], 7);
  ASSERT_EQ(m["cores"].size(), 7u);
  EXPECT_EQ(m["cores"][0]["tile"], nlohmann::json::array({0, 0}));
  EXPECT_EQ(m["cores"][2]["tile"], nlohmann::json::array({1, 0}));
  EXPECT_EQ(m["cores"][6]["tile"], nlohmann::json::array({1, 1}));
  EXPECT_EQ(m["cores"][0]["input_axons"], 6);  // one per source
  // 6 synapses x (8 weight bits + 1 sign bit (mixed) + 0 delay bits + log2(64 neurons) = 6
  // index bits).
  EXPECT_EQ(m["cores"][0]["synapse_bits"], 90);
}

TEST_F(HandChecked, CountsEveryEventWhenTwoSpikesCrossTheMesh) {
  const nlohmann::json& c = report_["counts"];
  EXPECT_EQ(c["spikes"], 4);
  EXPECT_EQ(c["neuron_spikes"], 2);
  EXPECT_EQ(c["input_spikes"], 2);
  EXPECT_EQ(c["synaptic_ops"], 2);
  EXPECT_EQ(c["axon_events"], 2);
  EXPECT_EQ(c["neuron_updates_active"], 2);
  EXPECT_EQ(c["neuron_updates_idle"], 3);
  EXPECT_EQ(c["u_wraps"], 0);  // inputs of 640 stay far inside u's 24-bit range
  EXPECT_EQ(c["packets"], 2);
  EXPECT_EQ(c["hops_east_west"], 2);
  EXPECT_EQ(c["hops_north_south"], 1);
  EXPECT_EQ(c["hops"], 3);
  EXPECT_EQ(c["mean_hops_per_packet"], 1.5);
  EXPECT_EQ(read_file(dir_ / "out/spikes_out.csv"), "step,neuron\n2,0\n4,0\n");
  EXPECT_EQ(read_file(dir_ / "out/spikes_src.csv"), "step,neuron\n1,1\n3,5\n");
}

TEST_F(HandChecked, DeliversAfterHopAndLocalLatenciesWhenTwoSpikesCrossTheMesh) {
  const nlohmann::json& n = report_["noc"];
  EXPECT_EQ(n["packets_delivered"], 2);
  // 1 E-W hop (2) + local (1) = 3; 1 E-W (2) + 1 N-S (3) + local (1) = 6.
  EXPECT_EQ(n["spike_delivery_latency_cycles"]["mean"], 4.5);
  EXPECT_EQ(n["spike_delivery_latency_cycles"]["max"], 6);
  EXPECT_EQ(n["spike_delivery_latency_ns"]["mean"], 4.5);
  EXPECT_EQ(n["spike_delivery_latency_ns"]["max"], 6.0);
  EXPECT_EQ(n["stalled_port_cycles"], 0);
  EXPECT_EQ(n["buffer_flit_cycles"], 0);
}

TEST_F(HandChecked, ChargesTinyPricesWhenTwoSpikesCrossTheMesh) {
  const nlohmann::json& e = report_["energy_pj"];
  EXPECT_EQ(e["axon_fetch"], 0.0);
  EXPECT_EQ(e["synaptic_ops"], 2.0);
  EXPECT_EQ(e["neuron_updates_active"], 4.0);
  EXPECT_EQ(e["neuron_updates_idle"], 3.0);
  EXPECT_EQ(e["spike_out"], 0.0);
  EXPECT_EQ(e["cores"], 9.0);
  EXPECT_EQ(e["noc_local_delivery"], 2.0);
  EXPECT_EQ(e["noc_hops_east_west"], 2.0);
  EXPECT_EQ(e["noc_hops_north_south"], 1.0);
  EXPECT_EQ(e["noc"], 5.0);
  EXPECT_EQ(e["dynamic"], 14.0);
  EXPECT_EQ(e["static"], 0.0);
  EXPECT_EQ(e["total"], 14.0);
  EXPECT_EQ(report_["energy_per_spike_pj"], 3.5);
  EXPECT_EQ(report_["energy_per_synaptic_op_pj"], 7.0);
}

TEST_F(HandChecked, TimesEveryStepWhenTwoSpikesCrossTheMesh) {
  EXPECT_EQ(report_["time"]["total_cycles"], 46);
  EXPECT_EQ(report_["time"]["simulated_time_ns"], 46.0);
  EXPECT_EQ(report_["time"]["cycles_per_step"]["min"], 7.0);
  EXPECT_EQ(report_["time"]["cycles_per_step"]["max"], 11.0);
  EXPECT_EQ(report_["time"]["cycles_per_step"]["mean"], 46.0 / 5);
  EXPECT_EQ(read_file(dir_ / "out/steps.csv"),
            "step,start_cycle,cores_done_cycle,last_delivery_cycle,end_cycle,latency_cycles,"
            "latency_ns,neuron_spikes,input_spikes,synaptic_ops,packets,hops_east_west,"
            "hops_north_south\n"
            "1,0,2,3,8,8,8,0,1,0,1,1,0\n"
            "2,8,13,8,18,10,10,1,0,1,0,0,0\n"
            "3,18,20,24,29,11,11,0,1,0,1,1,1\n"
            "4,29,34,29,39,10,10,1,0,1,0,0,0\n"
            "5,39,41,39,46,7,7,0,0,0,0,0,0\n");
}

}  // namespace
}  // namespace nm::e2e
