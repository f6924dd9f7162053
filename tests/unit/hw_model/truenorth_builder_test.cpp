// Programming TrueNorth cores from a mapped network (hw_model/truenorth_builder.h): axon
// numbering and types, crossbar bits, each neuron's one target with its delay, and refusals.
#include "hw_model/truenorth_builder.h"

#include <gtest/gtest.h>

#include "common/errors.h"

namespace nm {
namespace {

class TrueNorthBuilderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    arch_.core.model = "truenorth";
    arch_.chip.mesh_width = 2;
    arch_.chip.mesh_height = 1;
    arch_.chip.cores_per_tile = 1;
    Population p;
    p.name = "t";
    p.size = 4;
    p.model = Population::Model::TrueNorth;
    p.truenorth.assign(4, TnNeuronSpec{});
    p.truenorth[2].v0 = 7;
    net_.populations = {p};
    // Projections: 0 has axon type 2, 1 has axon type 1.
    net_.projections.resize(2);
    net_.projections[0].axon_type = 2;
    net_.projections[1].axon_type = 1;
    // 0 -> 2, 0 -> 3 (type 2, delay 3); 1 -> 3 (type 1); neurons 0, 1 on core 0; 2, 3 on core 1.
    net_.synapses = {{0, 2, 0, 3, 0}, {0, 3, 0, 3, 0}, {1, 3, 0, 0, 1}};
    mapping_.core_of = {0, 0, 1, 1};
    mapping_.compartment_of = {0, 1, 0, 1};
    mapping_.usage.resize(2);
  }
  ArchParams arch_;
  SnnNetwork net_;
  Mapping mapping_;
};

TEST_F(TrueNorthBuilderTest, GivesEachSourceOneTypedAxonAndOneTarget) {
  const auto images = build_truenorth_images(net_, mapping_, arch_, 9);
  ASSERT_EQ(images.size(), 2u);
  const TrueNorthImage& c1 = images[1];
  EXPECT_EQ(c1.crossbar.axon_type(0), 2u);  // axon 0: source 0
  EXPECT_EQ(c1.crossbar.axon_type(1), 1u);  // axon 1: source 1
  EXPECT_TRUE(c1.crossbar.connected(0, 0));
  EXPECT_TRUE(c1.crossbar.connected(0, 1));
  EXPECT_FALSE(c1.crossbar.connected(1, 0));
  EXPECT_TRUE(c1.crossbar.connected(1, 1));
  EXPECT_EQ(c1.crossbar.synapse_count(), 3u);
  const TnTarget& t0 = images[0].targets[0];
  EXPECT_TRUE(t0.valid);
  EXPECT_EQ(t0.core, 1u);
  EXPECT_EQ(t0.axon, 0u);
  EXPECT_EQ(t0.delay_ticks, 4u);  // 1 + delay 3
  EXPECT_EQ(images[0].targets[1].delay_ticks, 1u);
  EXPECT_FALSE(c1.targets[0].valid);
  EXPECT_EQ(c1.v0[0], 7);
  EXPECT_EQ(c1.prng_seed, 9u);
}

TEST_F(TrueNorthBuilderTest, RefusesANeuronReachingTwoCores) {
  net_.synapses.push_back({1, 0, 0, 0, 1});  // 1 -> 0 (core 0) besides 1 -> 3 (core 1)
  std::sort(net_.synapses.begin(), net_.synapses.end(), [](const Synapse& a, const Synapse& b) {
    return a.pre != b.pre ? a.pre < b.pre : a.post < b.post;
  });
  EXPECT_THROW(build_truenorth_images(net_, mapping_, arch_, 1), CapacityError);
}

TEST_F(TrueNorthBuilderTest, RefusesTwoAxonTypesOrTwoDelaysFromOneSource) {
  SnnNetwork types = net_;
  types.synapses[1].projection = 1;  // 0 -> 3 now type 1, 0 -> 2 type 2
  EXPECT_THROW(build_truenorth_images(types, mapping_, arch_, 1), UserError);
  SnnNetwork delays = net_;
  delays.synapses[1].delay = 2;
  EXPECT_THROW(build_truenorth_images(delays, mapping_, arch_, 1), UserError);
}

TEST_F(TrueNorthBuilderTest, RefusesMoreThan256AxonsOnACore) {
  Population s;
  s.name = "s";
  s.size = 257;
  s.first_id = 4;
  s.model = Population::Model::SpikeSource;
  s.source.times.assign(257, {});
  net_.populations.push_back(s);
  arch_.chip.mesh_width = 3;  // sources: 200 on core 2, 57 on core 0; all reach core 1
  mapping_.usage.resize(3);
  for (NeuronId n = 4; n < 4 + 257; ++n) {
    net_.synapses.push_back({n, 2, 0, 0, 0});
    const std::uint32_t i = n - 4;
    mapping_.core_of.push_back(i < 200 ? 2 : 0);
    mapping_.compartment_of.push_back(i < 200 ? i : 2 + (i - 200));
  }
  try {
    build_truenorth_images(net_, mapping_, arch_, 1);
    FAIL() << "expected CapacityError";
  } catch (const CapacityError& e) {
    EXPECT_NE(std::string(e.what()).find("input axons"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace nm
