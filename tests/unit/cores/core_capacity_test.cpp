// Every per-core limit of the Loihi-class core, as the sequential mapper enforces it on networks
// loaded from YAML (so each synapse carries its projection's encoding): compartments, input
// axons, output axons, synapse memory bits (by encoding), dendritic accumulators (delay budget),
// weight bits, and the sign-mode weight ranges.
#include <gtest/gtest.h>

#include <string>

#include "common/config_tree.h"
#include "common/errors.h"
#include "mapper/network_loader.h"
#include "mapper/sequential_mapper.h"

namespace nm {
namespace {

SnnNetwork net_of(const std::string& yaml) {
  return load_network(ConfigNode::parse(yaml, "net.yaml"), "", "net");
}

// `pre` inputs all-to-all onto `post` LIF neurons, with extra projection keys.
std::string fan_in_net(int pre, int post, const std::string& projection_keys) {
  return "populations:\n  - {name: exc, size: " + std::to_string(post) +
         ", model: loihi_lif}\n"
         "inputs:\n  - {name: src, size: " + std::to_string(pre) +
         ", type: spike_times, times: [" + [pre] {
           std::string t;
           for (int i = 0; i < pre; ++i) t += i ? ", []" : "[]";
           return t;
         }() + "]}\n"
         "projections:\n  - {pre: src, post: exc, connector: {type: all_to_all}, weight: 4" +
         projection_keys + "}\n";
}

std::string error_of(const SnnNetwork& net, const CoreCapacity& cap, std::uint32_t cores) {
  try {
    map_sequential(net, cap, cores);
  } catch (const CapacityError& e) {
    return e.what();
  }
  return "(no error)";
}

class CoreCapacityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    cap_.neurons = 16;  // 4 index bits
    cap_.input_axons = 64;
    cap_.output_axons = 64;
    cap_.synapse_memory_bits = 1 << 20;
    cap_.max_delay_steps = 14;
    cap_.delay_bits = 4;
    cap_.dendritic_accumulators = 16 * 15;
  }
  CoreCapacity cap_;
};

TEST_F(CoreCapacityTest, ChargesEachSynapseByItsProjectionEncodingWhenMapped) {
  // 2 sources x 1 target. Excitatory 4-bit: 4 + 4 index = 8 bits; mixed 8-bit: 9 + 4 = 13;
  // mixed plastic: 13 + 9 tag = 22; with a delay: + 4 delay bits.
  const auto bits = [&](const std::string& keys) {
    return map_sequential(net_of(fan_in_net(2, 1, keys)), cap_, 4).usage[0].synapse_bits;
  };
  EXPECT_EQ(bits(", weight_bits: 4, sign_mode: excitatory"), 2u * 8);
  EXPECT_EQ(bits(""), 2u * 13);
  EXPECT_EQ(bits(", plastic: true"), 2u * 22);
  EXPECT_EQ(bits(", delay: 3"), 2u * 17);
  EXPECT_EQ(map_sequential(net_of(fan_in_net(2, 1, ", plastic: true")), cap_, 4)
                .usage[0].plastic_synapses, 2u);
}

TEST_F(CoreCapacityTest, NamesCompartmentLimitWhenCoresRunOut) {
  cap_.neurons = 4;
  cap_.dendritic_accumulators = 4 * 15;
  EXPECT_EQ(error_of(net_of(fan_in_net(1, 12, "")), cap_, 3),
            "network does not fit: population 'src' needs 1 more cores than the chip's 3 "
            "(binding limit: neurons, 4 per core (core.neurons))");
}

TEST_F(CoreCapacityTest, NamesInputAxonLimitWhenOneNeuronHasTooManySources) {
  cap_.input_axons = 8;
  const std::string e = error_of(net_of(fan_in_net(9, 1, "")), cap_, 8);
  EXPECT_EQ(e, "network does not fit: neuron exc[0] alone needs 9 input axons, a core has 8 "
               "(core.input_axons)");
}

TEST_F(CoreCapacityTest, NamesSynapseMemoryShortfallWhenFanInExceedsBits) {
  cap_.synapse_memory_bits = 100;  // 8 mixed synapses x 13 bits = 104
  EXPECT_EQ(error_of(net_of(fan_in_net(8, 1, "")), cap_, 8),
            "network does not fit: neuron exc[0] alone needs 104 bits of synapse memory "
            "(8 synapses x 13 bits), a core has 100 (core.synapse_memory_bits)");
  // The same fan-in fits once the weights are 7-bit excitatory (7 + 4 = 11 bits, 88 in all).
  EXPECT_EQ(error_of(net_of(fan_in_net(8, 1, ", weight_bits: 7, sign_mode: excitatory")), cap_, 8),
            "(no error)");
}

TEST_F(CoreCapacityTest, NamesOutputAxonShortfallWhenFanOutSpansTooManyCores) {
  cap_.output_axons = 2;
  cap_.neurons = 1;
  cap_.dendritic_accumulators = 15;
  // One source onto 3 neurons on 3 cores: 3 edges from the source's core.
  const std::string e = error_of(net_of(fan_in_net(1, 3, "")), cap_, 8);
  EXPECT_NE(e.find("needs 3 output axons, the limit is 2 (core.output_axons): 1 too many"),
            std::string::npos)
      << e;
}

TEST_F(CoreCapacityTest, SplitsCoreWhenDelaysExhaustDendriticAccumulators) {
  cap_.dendritic_accumulators = 16;  // delay 3 -> 4 slots -> 4 compartments per core
  const Mapping m = map_sequential(net_of(fan_in_net(1, 10, ", delay: 3")), cap_, 8);
  EXPECT_EQ(m.usage[0].neurons, 4u);
  EXPECT_EQ(m.usage[0].max_delay_steps, 3u);
  EXPECT_EQ(m.usage[0].dendritic_accumulators, 16u);
  EXPECT_EQ(m.usage[2].neurons, 3u);  // 2 exc + the source on the third core
  // Without delays the same network shares one core.
  EXPECT_EQ(map_sequential(net_of(fan_in_net(1, 10, "")), cap_, 8).cores_used, 1u);
}

TEST_F(CoreCapacityTest, NamesDendriticAccumulatorLimitWhenCoresRunOut) {
  cap_.dendritic_accumulators = 16;
  EXPECT_EQ(error_of(net_of(fan_in_net(1, 10, ", delay: 3")), cap_, 2),
            "network does not fit: population 'exc' needs 1 more cores than the chip's 2 "
            "(binding limit: dendritic accumulators, 16 per core = neurons x (largest delay + 1) "
            "(core.dendritic_accumulators))");
}

TEST_F(CoreCapacityTest, RefusesProjectionWiderThanCoreWeightsWhenMapping) {
  cap_.weight_bits = 6;
  EXPECT_EQ(error_of(net_of(fan_in_net(1, 1, "")), cap_, 8),
            "projection 'src_to_exc' ('src' -> 'exc') uses 8 weight bits, the core stores at "
            "most 6 (core.weight_bits): 2 too many");
}

TEST_F(CoreCapacityTest, RefusesWeightOutsideSignModeWhenLoading) {
  try {
    net_of(fan_in_net(1, 1, ", sign_mode: inhibitory"));
    FAIL() << "expected an error";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("has weight 4, outside [-255, 0] for sign_mode "
                                         "inhibitory"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace nm
