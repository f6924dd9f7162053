// Compiling a mapped network into core images: axon numbering, synapse lists and fan-out tables.
#include "hw_model/chip_builder.h"

#include <gtest/gtest.h>

namespace nm {
namespace {

class ChipBuilderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    arch_.chip.mesh_width = 2;
    arch_.chip.mesh_height = 1;
    arch_.chip.cores_per_tile = 1;
    Population p;
    p.name = "p";
    p.size = 4;
    p.lif.assign(4, LifParams{});
    p.record_voltage = {3};
    net_.populations = {p};
    // 0 -> 2, 0 -> 3, 1 -> 3, 3 -> 0 (delay 2)
    net_.synapses = {{0, 2, 5, 0}, {0, 3, 6, 0}, {1, 3, -7, 0}, {3, 0, 8, 2}};
    // neurons 0,1 on core 0; 2,3 on core 1
    mapping_.core_of = {0, 0, 1, 1};
    mapping_.compartment_of = {0, 1, 0, 1};
    mapping_.usage.resize(2);
  }
  ArchParams arch_;
  SnnNetwork net_;
  Mapping mapping_;
};

TEST_F(ChipBuilderTest, InputAxonsAreDistinctSourcesInAscendingOrder) {
  const auto images = build_core_images(net_, mapping_, arch_, 1);
  ASSERT_EQ(images.size(), 2u);
  // Core 1 is reached by sources 0 and 1: axons 0 and 1.
  EXPECT_EQ(images[1].synapses.axon_count(), 2u);
  EXPECT_EQ(images[1].synapses.fanout(0), 2u);  // 0 -> 2 and 0 -> 3
  EXPECT_EQ(images[1].synapses.fanout(1), 1u);  // 1 -> 3
  EXPECT_EQ(images[1].synapses.at(1, 0).weight, -7 * 64);  // effective: mantissa x 2^6
  EXPECT_EQ(images[1].synapses.at(1, 0).compartment, 1u);
  // Core 0 is reached by source 3 only, with its delay.
  EXPECT_EQ(images[0].synapses.axon_count(), 1u);
  EXPECT_EQ(images[0].synapses.at(0, 0).delay, 2u);
  EXPECT_EQ(images[0].max_delay_steps, 2u);
}

TEST_F(ChipBuilderTest, EachSourceHasOneOutputAxonPerDestinationCore) {
  const auto images = build_core_images(net_, mapping_, arch_, 1);
  const CoreImage& c0 = images[0];
  // Neuron 0 (compartment 0) sends to core 1 axon 0; neuron 1 to core 1 axon 1.
  ASSERT_EQ(c0.out_offsets, (std::vector<std::uint32_t>{0, 1, 2}));
  EXPECT_EQ(c0.out_axons[0].core, 1u);
  EXPECT_EQ(c0.out_axons[0].axon, 0u);
  EXPECT_EQ(c0.out_axons[1].axon, 1u);
  const CoreImage& c1 = images[1];
  ASSERT_EQ(c1.out_offsets, (std::vector<std::uint32_t>{0, 0, 1}));
  EXPECT_EQ(c1.out_axons[0].core, 0u);
  EXPECT_EQ(c1.record_voltage, (std::vector<std::uint8_t>{0, 1}));
  EXPECT_EQ(c1.neuron_of, (std::vector<NeuronId>{2, 3}));
}

}  // namespace
}  // namespace nm
