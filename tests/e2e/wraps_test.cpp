// counts.u_wraps in the run report: an inhibitory burst that wraps u (24-bit dendritic current)
// is counted and warned about; a burst that stays in range is not. And u_wraps per part of
// `neuromesh digits` (needs the data of scripts/install_datasets.sh).
//
// `out` forgets u and v every step (du = dv = 4095). Each of `inh`'s N inputs spikes at step 1
// onto it with mantissa -255 at weight exponent 7: -255 x 2^13 = -2,088,960 per spike, arriving
// at step 2. N = 4 sums to -8,355,840, inside (-2^23, 2^23]: no wrap, no spike. N = 5 sums to
// -10,444,800, which wraps to -10,444,800 + 2^24 = 6,332,416 > vth 1000 x 64: one wrap, one
// spurious spike.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

std::string burst_network(int inputs, bool probe_voltage) {
  std::string times;
  for (int i = 0; i < inputs; ++i) times += i == 0 ? "[1]" : ", [1]";
  return R"(# see wraps_test.cpp
name: burst
populations:
  - name: out
    size: 1
    model: loihi_lif
    params: {du: 4095, dv: 4095, vth: 1000}
inputs:
  - name: inh
    size: )" + std::to_string(inputs) + R"(
    type: spike_times
    times: [)" + times + R"(]
projections:
  - {pre: inh, post: out, connector: {type: all_to_all}, weight: -255, weight_exponent: 7}
record:
  spikes: [out]
)" + (probe_voltage ? "  voltages: [{population: out, neurons: [0]}]\n" : "");
}

class Wraps : public ::testing::Test {
 protected:
  // The report of a 4-step run on `tiny`; `summary` gets the printed summary of the same run.
  nlohmann::json run(int inputs, bool probe_voltage, std::string& summary) {
    write_file(dir_ / "net.yaml", burst_network(inputs, probe_voltage));
    const RunResult r = run_cli({"run", "tiny", dir_ / "net.yaml", "--steps", "4", "--out",
                                 dir_ / "out"});
    expect_success(r);
    summary = r.out;
    return parse_json(read_file(dir_ / "out/report.json"));
  }

  TempDir dir_;
};

TEST_F(Wraps, ReportsAndWarnsOfTheWrapWhenFiveInhibitorySpikesArrive) {
  for (const bool probe : {false, true}) {  // the fast neuron loop, then the general one
    SCOPED_TRACE(probe ? "voltage probe" : "no probe");
    std::string summary;
    const nlohmann::json report = run(5, probe, summary);
    EXPECT_EQ(report["counts"]["u_wraps"], 1);
    EXPECT_EQ(report["counts"]["neuron_spikes"], 1);  // the spurious spike
    EXPECT_NE(summary.find("warning: u wrapped 1 times (24-bit dendritic current)"),
              std::string::npos)
        << summary;
  }
}

TEST_F(Wraps, ReportsNoWrapWhenTheBurstStaysInRange) {
  std::string summary;
  const nlohmann::json report = run(4, false, summary);
  EXPECT_EQ(report["counts"]["u_wraps"], 0);
  EXPECT_EQ(report["counts"]["neuron_spikes"], 0);
  EXPECT_EQ(summary.find("warning"), std::string::npos) << summary;
}

// The small Diehl & Cook network: an excitatory neuron forgets u every step (du 4095) and hears
// 19 inhibitory neurons; at weight_exponent 4 they add at most 19 x -255 x 2^10 = -4,961,280 in
// a step, inside u's range (and ~50 input spikes of at most 255 x 64 cannot reach 2^23); at
// weight_exponent 7 (-255 x 2^13 each) five simultaneous inhibitory spikes wrap u.
TEST_F(Wraps, DigitsCountsThemPerPartWhenInhibitionIsTooStrong) {
  const std::string repo = NM_SOURCE_DIR;
  auto u_wraps = [&](const char* exponent) {
    const RunResult r = run_cli(
        {"digits", "loihi", repo + "/configs/nets/diehl_cook_small.yaml", "--data-dir",
         repo + "/data", "--train", "20", "--label", "10", "--test", "10", "--seed", "1", "--set",
         std::string("network.projections.inh_exc.weight_exponent=") + exponent, "--json",
         dir_ / "digits.json"});
    expect_success(r);
    const nlohmann::json j = parse_json(read_file(dir_ / "digits.json"));
    std::map<std::string, std::uint64_t> wraps;
    for (const char* part : {"train", "label", "test"})
      wraps[part] = j[part]["u_wraps"].get<std::uint64_t>();
    return wraps;
  };
  const auto quiet = u_wraps("4");
  for (const char* part : {"train", "label", "test"}) EXPECT_EQ(quiet.at(part), 0u) << part;
  EXPECT_GT(u_wraps("7").at("train"), 0u);
}

}  // namespace
}  // namespace nm::e2e
