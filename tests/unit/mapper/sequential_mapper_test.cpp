// The sequential mapper: fill order, each core limit on its own, refusals and determinism.
#include "mapper/sequential_mapper.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <numeric>
#include <utility>

#include "common/errors.h"
#include "mapper/network_loader.h"
#include "mapper_fixture.h"

namespace nm {
namespace {

using ::testing::ThrowsMessage;
using test::make_net;


// A core with generous limits except those a test sets.
CoreCapacity roomy(std::uint32_t neurons = 64) {
  CoreCapacity cap;
  cap.neurons = neurons;
  cap.input_axons = 1000;
  cap.output_axons = 1000;
  cap.synapse_memory_bits = 1 << 20;
  return cap;
}

std::string refusal(const SnnNetwork& net, const CoreCapacity& cap, std::uint32_t cores) {
  try {
    map_sequential(net, cap, cores);
  } catch (const CapacityError& e) {
    return e.what();
  }
  return "";
}

TEST(SequentialMapperTest, ComputesSynapseCostFromWeightDelayAndIndexBits) {
  CoreCapacity cap;  // 1024 neurons, 8-bit weights, 6-bit delays
  EXPECT_EQ(synapse_cost_bits(cap, false), 18u);
  EXPECT_EQ(synapse_cost_bits(cap, true), 24u);
  cap.neurons = 1025;
  EXPECT_EQ(synapse_cost_bits(cap, false), 19u);
  cap.neurons = 1;  // the index still takes one bit
  EXPECT_EQ(synapse_cost_bits(cap, false), 9u);
}

TEST(SequentialMapperTest, FillsCoresInIdOrderWhenOnlyNeuronCountBinds) {
  const Mapping m = map_sequential(make_net({{"a", 6}, {"b", 4}}), roomy(4), 8);
  EXPECT_EQ(m.strategy, "sequential");
  EXPECT_EQ(m.core_of, (std::vector<CoreId>{0, 0, 0, 0, 1, 1, 1, 1, 2, 2}));
  EXPECT_EQ(m.compartment_of, (std::vector<std::uint32_t>{0, 1, 2, 3, 0, 1, 2, 3, 0, 1}));
  EXPECT_EQ(m.cores_used, 3u);
  ASSERT_EQ(m.usage.size(), 8u);
  EXPECT_EQ(m.usage[2].neurons, 2u);
  EXPECT_EQ(m.usage[3].neurons, 0u);
}

TEST(SequentialMapperTest, UsesNeuronsPerCoreHintOnlyWhenBelowCapacity) {
  SnnNetwork net = make_net({{"a", 10}});
  net.neurons_per_core_limit = 3;
  EXPECT_EQ(map_sequential(net, roomy(4), 8).cores_used, 4u);
  net.neurons_per_core_limit = 100;
  EXPECT_EQ(map_sequential(net, roomy(4), 8).cores_used, 3u);
}

TEST(SequentialMapperTest, ClosesCoreWhenInputAxonsWouldOverflow) {
  // dst[j] is fed by src[2j] and src[2j+1]: two new input axons per dst neuron.
  std::vector<Synapse> syn;
  for (std::uint32_t j = 0; j < 4; ++j) {
    syn.push_back({2 * j, 8 + j, 1, 0});
    syn.push_back({2 * j + 1, 8 + j, 1, 0});
  }
  std::sort(syn.begin(), syn.end(), [](auto& a, auto& b) { return a.pre < b.pre; });
  CoreCapacity cap = roomy();
  cap.input_axons = 4;
  const Mapping m = map_sequential(make_net({{"src", 8}, {"dst", 4}}, syn), cap, 4);
  EXPECT_EQ(m.core_of[9], 0u);
  EXPECT_EQ(m.core_of[10], 1u);
  EXPECT_EQ(m.compartment_of[10], 0u);
  EXPECT_EQ(m.usage[0].input_axons, 4u);
  EXPECT_EQ(m.usage[1].input_axons, 4u);
}

TEST(SequentialMapperTest, CountsAnInputAxonOnceWhenItFeedsSeveralNeuronsOfACore) {
  std::vector<Synapse> syn;
  for (std::uint32_t pre = 0; pre < 2; ++pre)
    for (std::uint32_t post = 2; post < 12; ++post) syn.push_back({pre, post, 1, 0});
  CoreCapacity cap = roomy();
  cap.input_axons = 2;
  const Mapping m = map_sequential(make_net({{"src", 2}, {"dst", 10}}, syn), cap, 4);
  EXPECT_EQ(m.cores_used, 1u);
  EXPECT_EQ(m.usage[0].input_axons, 2u);
  EXPECT_EQ(m.usage[0].synapses, 20u);
}

TEST(SequentialMapperTest, ClosesCoreWhenSynapseMemoryWouldOverflow) {
  std::vector<Synapse> syn;
  for (std::uint32_t post = 1; post < 7; ++post) syn.push_back({0, post, 1, 0});
  CoreCapacity cap = roomy(16);      // 8 weight bits + 4 index bits = 12 bits per synapse
  cap.synapse_memory_bits = 5 * 12;  // five synapses
  const Mapping m = map_sequential(make_net({{"src", 1}, {"dst", 6}}, syn), cap, 4);
  EXPECT_EQ(m.core_of[5], 0u);
  EXPECT_EQ(m.core_of[6], 1u);
  EXPECT_EQ(m.usage[0].synapses, 5u);
  EXPECT_EQ(m.usage[0].synapse_bits, 60u);
  EXPECT_EQ(m.usage[1].synapse_bits, 12u);
  // With any delay the 6 delay bits count too: 18 bits, three synapses per core.
  syn[0].delay = 1;
  cap.synapse_memory_bits = 3 * 18;
  const Mapping d = map_sequential(make_net({{"src", 1}, {"dst", 6}}, syn), cap, 4);
  EXPECT_EQ(d.cores_used, 2u);
  EXPECT_EQ(d.usage[0].synapse_bits, 54u);
}

TEST(SequentialMapperTest, CountsOutputAxonsPerDestinationCore) {
  // Two neurons per core: ids 2,3 on core 1 and 4,5 on core 2.
  const std::vector<Synapse> syn{{0, 2, 1, 0}, {0, 3, 1, 0}, {0, 4, 1, 0}, {1, 2, 1, 0}};
  const Mapping m = map_sequential(make_net({{"p", 6}}, syn), roomy(2), 3);
  EXPECT_EQ(m.usage[0].output_axons, 3u);  // (0, core 1), (0, core 2), (1, core 1)
  EXPECT_EQ(m.usage[1].output_axons, 0u);
  EXPECT_EQ(m.usage[1].input_axons, 2u);
  CoreCapacity cap = roomy(2);
  cap.output_axons = 2;
  EXPECT_EQ(refusal(make_net({{"p", 6}}, syn), cap, 3),
            "core 0 (population 'p') needs 3 output axons, the limit is 2 (core.output_axons): "
            "1 too many");
}

TEST(SequentialMapperTest, NamesShortfallAndBindingLimitWhenCoresRunOut) {
  EXPECT_EQ(refusal(make_net({{"a", 4}, {"b", 6}}), roomy(4), 2),
            "network does not fit: population 'b' needs 1 more cores than the chip's 2 "
            "(binding limit: neurons, 4 per core (core.neurons))");
  SnnNetwork hinted = make_net({{"a", 10}});
  hinted.neurons_per_core_limit = 2;
  EXPECT_EQ(refusal(hinted, roomy(4), 2),
            "network does not fit: population 'a' needs 3 more cores than the chip's 2 "
            "(binding limit: neurons, 2 per core (mapping.neurons_per_core))");
  std::vector<Synapse> syn;
  for (std::uint32_t post = 1; post < 7; ++post) syn.push_back({0, post, 1, 0});
  CoreCapacity cap = roomy(16);
  cap.synapse_memory_bits = 24;  // two 12-bit synapses per core
  EXPECT_EQ(refusal(make_net({{"src", 1}, {"dst", 6}}, syn), cap, 2),
            "network does not fit: population 'dst' needs 1 more cores than the chip's 2 "
            "(binding limit: synapse memory, 24 bits per core (core.synapse_memory_bits))");
}

TEST(SequentialMapperTest, NamesInputAxonsWhenTheyBindAndCoresRunOut) {
  std::vector<Synapse> syn;
  for (std::uint32_t j = 0; j < 4; ++j) syn.push_back({j, 4 + j, 1, 0});
  CoreCapacity cap = roomy();
  cap.input_axons = 1;
  EXPECT_EQ(refusal(make_net({{"src", 4}, {"dst", 4}}, syn), cap, 2),
            "network does not fit: population 'dst' needs 2 more cores than the chip's 2 "
            "(binding limit: input axons, 1 per core (core.input_axons))");
}

TEST(SequentialMapperTest, RefusesNeuronWhoseOwnFanInExceedsACore) {
  std::vector<Synapse> syn;
  for (std::uint32_t pre = 0; pre < 5; ++pre) syn.push_back({pre, 5, 1, 0});
  CoreCapacity cap = roomy(16);
  cap.input_axons = 4;
  EXPECT_EQ(refusal(make_net({{"src", 5}, {"dst", 1}}, syn), cap, 8),
            "network does not fit: neuron dst[0] alone needs 5 input axons, a core has 4 "
            "(core.input_axons)");
  cap = roomy(16);
  cap.synapse_memory_bits = 59;
  EXPECT_EQ(refusal(make_net({{"src", 5}, {"dst", 1}}, syn), cap, 8),
            "network does not fit: neuron dst[0] alone needs 60 bits of synapse memory "
            "(5 synapses x 12 bits), a core has 59 (core.synapse_memory_bits)");
}

TEST(SequentialMapperTest, RefusesDelayOverTheCoreLimit) {
  CoreCapacity cap = roomy();
  cap.max_delay_steps = 4;
  const SnnNetwork net = make_net({{"a", 2}, {"b", 2}}, {{0, 3, 1, 4}, {1, 3, 1, 5}});
  EXPECT_EQ(refusal(net, cap, 4),
            "projection 'a' -> 'b': synapse a[1] -> b[1] has a delay of 5 steps, the limit is 4 "
            "(core.max_delay_steps)");
  cap.max_delay_steps = 5;
  EXPECT_NO_THROW(map_sequential(net, cap, 4));
}

TEST(SequentialMapperTest, GivesSpikeSourcesACompartmentLikeAnyNeuron) {
  SnnNetwork net = make_net({{"a", 3}, {"s", 3}}, {{3, 0, 1, 0}});
  net.populations[1].model = Population::Model::SpikeSource;
  net.populations[1].lif.clear();
  const Mapping m = map_sequential(net, roomy(4), 2);
  EXPECT_EQ(m.core_of[3], 0u);
  EXPECT_EQ(m.compartment_of[3], 3u);
  EXPECT_EQ(m.core_of[5], 1u);
  EXPECT_EQ(m.usage[0].output_axons, 1u);
}

TEST(SequentialMapperTest, MapsGoldenNetworksTheSameWayEveryTime) {
  const std::string dir = std::string(NM_TEST_DATA_DIR) + "/loihi_lif/";
  const SnnNetwork net = load_network_file(dir + "net1000/network.yaml");
  const Mapping a = map_sequential(net, CoreCapacity{}, 128);
  const Mapping b = map_sequential(net, CoreCapacity{}, 128);
  EXPECT_EQ(a.core_of, b.core_of);
  EXPECT_EQ(a.compartment_of, b.compartment_of);
  EXPECT_EQ(a.cores_used, 2u);  // 100,000 synapses x 18 bits > one core's 1,048,576 bits
  const std::uint64_t stored =
      std::accumulate(a.usage.begin(), a.usage.end(), std::uint64_t{0},
                      [](std::uint64_t sum, const CoreUsage& u) { return sum + u.synapses; });
  EXPECT_EQ(stored, 100000u);
  EXPECT_LE(a.usage[0].synapse_bits, CoreCapacity{}.synapse_memory_bits);
  const SnnNetwork delayed = load_network_file(dir + "net1000_delays/network.yaml");
  EXPECT_EQ(map_sequential(delayed, CoreCapacity{}, 128).cores_used, 3u);  // 24 bits each
}

}  // namespace
}  // namespace nm
