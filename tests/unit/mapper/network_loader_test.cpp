// Network files that load: layout of ids, parameters, inputs, connectors, weights, records,
// and the golden Loihi LIF networks.
#include "mapper/network_loader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "network_file_test.h"

namespace nm {
namespace {

using test::NetworkFileTest;

const std::string kGolden = std::string(NM_TEST_DATA_DIR) + "/loihi_lif/";

bool sorted_by_pre_post(const std::vector<Synapse>& v) {
  return std::is_sorted(v.begin(), v.end(), [](const Synapse& a, const Synapse& b) {
    return a.pre != b.pre ? a.pre < b.pre : a.post < b.post;
  });
}

// Two populations and a recurrent projection whose connector block is `connector`.
std::string recurrent_net(const std::string& connector, const std::string& extra = "weight: 3") {
  return "populations:\n"
         "  - {name: a, size: 100, model: loihi_lif}\n"
         "projections:\n"
         "  - pre: a\n"
         "    post: a\n"
         "    connector: " +
         connector +
         "\n"
         "    " +
         extra + "\n";
}

using NetworkLoaderTest = NetworkFileTest;

TEST_F(NetworkLoaderTest, NumbersPopulationsThenInputsInFileOrder) {
  const SnnNetwork net = load(R"(name: demo
time_step_ms: 0.5
mapping: {neurons_per_core: 64}
populations:
  - {name: exc, size: 10, model: loihi_lif}
  - {name: inh, size: 5, model: loihi_lif}
inputs:
  - {name: stim, size: 3, type: poisson, rate_hz: 100, seed: 7}
)");
  EXPECT_EQ(net.name, "demo");
  EXPECT_DOUBLE_EQ(net.time_step_ms, 0.5);
  EXPECT_EQ(net.neurons_per_core_limit, 64u);
  ASSERT_EQ(net.populations.size(), 3u);
  EXPECT_EQ(net.populations[1].first_id, 10u);
  EXPECT_EQ(net.populations[2].first_id, 15u);
  EXPECT_EQ(net.neuron_count(), 18u);
  EXPECT_EQ(net.population_of(14).name, "inh");
  EXPECT_EQ(net.population_of(15).name, "stim");
  EXPECT_EQ(net.find_population("stim")->model, Population::Model::SpikeSource);
  EXPECT_EQ(net.find_population("nope"), nullptr);
  EXPECT_TRUE(net.synapses.empty());
}

TEST_F(NetworkLoaderTest, UsesFileStemAndDefaultsWhenOptionalKeysAreAbsent) {
  const SnnNetwork net = load("populations:\n  - {name: a, size: 2, model: loihi_lif}\n");
  EXPECT_EQ(net.name, "net");
  EXPECT_DOUBLE_EQ(net.time_step_ms, 1.0);
  EXPECT_EQ(net.neurons_per_core_limit, 0u);
  EXPECT_EQ(net.populations[0].lif[1].vth, 0);
}

TEST_F(NetworkLoaderTest, AppliesScalarParamsToEveryNeuron) {
  const SnnNetwork net = load(R"(populations:
  - name: a
    size: 4
    model: loihi_lif
    params: {du: 4095, dv: 12, vth: 131071, bias_mant: -4096, bias_exp: 7, v0: -8388607}
)");
  const auto& lif = net.populations[0].lif;
  ASSERT_EQ(lif.size(), 4u);
  EXPECT_EQ(lif[3].du, 4095);
  EXPECT_EQ(lif[3].dv, 12);
  EXPECT_EQ(lif[3].vth, 131071);
  EXPECT_EQ(lif[3].bias_mant, -4096);
  EXPECT_EQ(lif[3].bias_exp, 7);
  EXPECT_EQ(lif[3].u0, 0);
  EXPECT_EQ(lif[3].v0, -8388607);
}

TEST_F(NetworkLoaderTest, ReadsGoldenNeuronsExactlyWhenParamsFileIsGiven) {
  const SnnNetwork net = load(
      "populations:\n  - name: a\n    size: 1000\n    model: loihi_lif\n"
      "    params_file: " +
      kGolden + "net1000/neurons.csv\n");
  std::ifstream csv(kGolden + "net1000/neurons.csv");
  std::string line;
  std::getline(csv, line);  // header
  for (int id = 0; std::getline(csv, line); ++id) {
    if (id != 0 && id != 1 && id != 517 && id != 999) continue;
    std::vector<int> v;
    std::stringstream cells(line);
    for (std::string cell; std::getline(cells, cell, ',');) v.push_back(std::stoi(cell));
    const LifParams& p = net.populations[0].lif[id];
    EXPECT_EQ(v, (std::vector<int>{id, p.du, p.dv, p.vth, p.bias_mant, p.bias_exp, p.u0, p.v0}))
        << "neuron " << id;
  }
}

TEST_F(NetworkLoaderTest, LoadsGoldenNet1000WithAllNeuronsAndSynapses) {
  const SnnNetwork net = load_network_file(kGolden + "net1000/network.yaml");
  EXPECT_EQ(net.name, "net1000");
  EXPECT_EQ(net.neuron_count(), 1000u);
  ASSERT_EQ(net.synapses.size(), 100000u);
  EXPECT_TRUE(sorted_by_pre_post(net.synapses));
  EXPECT_TRUE(net.populations[0].record_spikes);
  // First and last rows of synapses.csv: "0,19,5,0" and "999,996,-8,0".
  EXPECT_EQ(net.synapses.front().post, 19u);
  EXPECT_EQ(net.synapses.front().weight, 5);
  EXPECT_EQ(net.synapses.back().pre, 999u);
  EXPECT_EQ(net.synapses.back().post, 996u);
  EXPECT_EQ(net.synapses.back().weight, -8);
  EXPECT_EQ(net.populations[0].lif[0].v0, 9518);
}

TEST_F(NetworkLoaderTest, KeepsFileDelaysWhenGoldenNetHasDelays) {
  const SnnNetwork net = load_network_file(kGolden + "net1000_delays/network.yaml");
  ASSERT_EQ(net.synapses.size(), 100000u);
  const auto max = std::max_element(net.synapses.begin(), net.synapses.end(),
                                    [](auto& a, auto& b) { return a.delay < b.delay; });
  EXPECT_EQ(max->delay, 6u);
}

TEST_F(NetworkLoaderTest, SetsPoissonProbabilityFromRateAndTimeStep) {
  const SnnNetwork net = load(R"(time_step_ms: 2
populations: [{name: a, size: 1, model: loihi_lif}]
inputs:
  - {name: s, size: 4, type: poisson, rate_hz: 250, seed: 9}
)");
  const SpikeSourceSpec& src = net.populations[1].source;
  EXPECT_EQ(src.kind, SpikeSourceSpec::Kind::Poisson);
  ASSERT_EQ(src.probability_per_step.size(), 4u);
  EXPECT_DOUBLE_EQ(src.probability_per_step[3], 0.5);
  EXPECT_EQ(src.seed, 9u);
}

TEST_F(NetworkLoaderTest, ReadsSpikeTimesInlineOrFromFile) {
  write("stim.csv", "step,neuron\n1,0\n2,2\n4,0\n");
  const SnnNetwork net = load(R"(populations: [{name: a, size: 1, model: loihi_lif}]
inputs:
  - {name: s, size: 3, type: spike_times, times: [[1, 5, 9], [2], []]}
  - {name: f, size: 3, type: spike_times, times_file: stim.csv}
)");
  using V = std::vector<std::uint32_t>;
  EXPECT_EQ(net.populations[1].source.times, (std::vector<V>{{1, 5, 9}, {2}, {}}));
  EXPECT_EQ(net.populations[2].source.times, (std::vector<V>{{1, 4}, {}, {2}}));
}

TEST_F(NetworkLoaderTest, ExcludesSelfConnectionsUnlessAllowed) {
  EXPECT_EQ(load(recurrent_net("{type: all_to_all}")).synapses.size(), 100u * 99u);
  EXPECT_EQ(load(recurrent_net("{type: all_to_all, allow_self: true}")).synapses.size(), 10000u);
  EXPECT_EQ(load(recurrent_net("{type: one_to_one}")).synapses.size(), 100u);
}

TEST_F(NetworkLoaderTest, DropsPartnerPairsBetweenSameSizePopulationsWhenSelfIsNotAllowed) {
  const SnnNetwork net = load(R"(populations:
  - {name: a, size: 3, model: loihi_lif}
  - {name: b, size: 3, model: loihi_lif}
projections:
  - {pre: a, post: b, connector: {type: all_to_all, allow_self: false}, weight: -5}
)");
  ASSERT_EQ(net.synapses.size(), 6u);  // 3 x 3 pairs without a0 -> b0, a1 -> b1, a2 -> b2
  for (const Synapse& s : net.synapses) EXPECT_NE(s.pre, s.post - 3u);  // b's ids follow a's
}

TEST_F(NetworkLoaderTest, RepeatsFixedConnectorsWhenSeedRepeatsAndChangesWhenSeedChanges) {
  for (const std::string c :
       {"{type: fixed_probability, p: 0.1, seed: ", "{type: fixed_fanout, fanout: 10, seed: "}) {
    const auto a = load(recurrent_net(c + "5}")).synapses;
    const auto b = load(recurrent_net(c + "5}")).synapses;
    const auto other = load(recurrent_net(c + "6}")).synapses;
    EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end(), [](auto& x, auto& y) {
      return x.pre == y.pre && x.post == y.post;
    })) << c;
    EXPECT_FALSE(std::equal(a.begin(), a.end(), other.begin(), other.end(), [](auto& x, auto& y) {
      return x.pre == y.pre && x.post == y.post;
    })) << c;
  }
  EXPECT_EQ(load(recurrent_net("{type: fixed_fanout, fanout: 10, seed: 1}")).synapses.size(),
            1000u);
}

TEST_F(NetworkLoaderTest, DrawsUniformWeightsAndDelaysWithinRangeDeterministically) {
  const std::string yaml = recurrent_net(
      "{type: all_to_all}",
      "weight: {uniform: [-256, -250], seed: 3}\n    delay: {uniform: [2, 4], seed: 4}");
  const auto syn = load(yaml).synapses;
  std::vector<int> weights_seen(7, 0), delays_seen(3, 0);
  for (const Synapse& s : syn) {
    ASSERT_GE(s.weight, -256);
    ASSERT_LE(s.weight, -250);
    ASSERT_GE(s.delay, 2u);
    ASSERT_LE(s.delay, 4u);
    ++weights_seen[s.weight + 256];
    ++delays_seen[s.delay - 2];
  }
  EXPECT_EQ(std::count(weights_seen.begin(), weights_seen.end(), 0), 0);  // every value drawn
  EXPECT_EQ(std::count(delays_seen.begin(), delays_seen.end(), 0), 0);
  const auto again = load(yaml).synapses;
  EXPECT_TRUE(std::equal(syn.begin(), syn.end(), again.begin(), again.end(), [](auto& x, auto& y) {
    return x.weight == y.weight && x.delay == y.delay;
  }));
}

TEST_F(NetworkLoaderTest, SortsSynapsesAcrossProjectionsAndAllowsRepeatsFromFiles) {
  write("syn.csv", "pre,post,weight,delay\n1,0,4,0\n0,1,2,3\n1,0,5,1\n");
  const SnnNetwork net = load(R"(populations:
  - {name: a, size: 2, model: loihi_lif}
  - {name: b, size: 2, model: loihi_lif}
projections:
  - {pre: b, post: a, connector: {type: one_to_one}, weight: -1, delay: 2}
  - {pre: a, post: b, connector: {type: from_file, file: syn.csv}}
  - {pre: a, post: b, connector: {type: from_file, file: syn.csv}}
)");
  const auto& s = net.synapses;
  ASSERT_EQ(s.size(), 8u);
  EXPECT_TRUE(sorted_by_pre_post(s));
  EXPECT_EQ(s[0].pre, 0u);  // a[0] -> b[1], weight 2, delay 3
  EXPECT_EQ(s[0].post, 3u);
  EXPECT_EQ(s[0].delay, 3u);
  EXPECT_EQ(s[2].weight, 4);  // a[1] -> b[0] in file order: 4, 5, 4, 5
  EXPECT_EQ(s[3].weight, 5);
  EXPECT_EQ(s[6].pre, 2u);  // b[0] -> a[0]
  EXPECT_EQ(s[6].weight, -1);
  EXPECT_EQ(s[6].delay, 2u);
}

TEST_F(NetworkLoaderTest, MarksRecordedSpikesAndVoltages) {
  const SnnNetwork net = load(R"(populations:
  - {name: a, size: 5, model: loihi_lif}
inputs:
  - {name: s, size: 2, type: spike_times, times: [[1], []]}
record:
  spikes: [s, a]
  voltages:
    - {population: a, neurons: [4, 0, 2]}
)");
  EXPECT_TRUE(net.populations[0].record_spikes);
  EXPECT_TRUE(net.populations[1].record_spikes);
  EXPECT_EQ(net.populations[0].record_voltage, (std::vector<std::uint32_t>{0, 2, 4}));
}

}  // namespace
}  // namespace nm
