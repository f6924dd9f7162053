// TrueNorth populations and projections in network files (mapper/truenorth_population_loader.h,
// the axon_type key of projections): parameters as given, defaults, and refusals naming the key.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "network_file_test.h"

namespace nm {
namespace {

using ::testing::HasSubstr;

class TrueNorthLoaderTest : public test::NetworkFileTest {};

TEST_F(TrueNorthLoaderTest, ReadsEveryNeuronParameter) {
  const SnnNetwork net = load(
      "populations:\n"
      "  - name: t\n"
      "    size: 2\n"
      "    model: truenorth\n"
      "    params: {weights: [1, -256, 255, 0], stochastic_synapse: [0, 1, 0, 1], leak: -3,\n"
      "             leak_reversal: true, stochastic_leak: true, threshold: 9, threshold_mask: 7,\n"
      "             neg_threshold: 4, neg_saturate: false, reset_mode: linear,\n"
      "             reset_potential: -2, v0: 5}\n");
  ASSERT_EQ(net.populations[0].model, Population::Model::TrueNorth);
  ASSERT_EQ(net.populations[0].truenorth.size(), 2u);
  const TnNeuronSpec& s = net.populations[0].truenorth[1];
  EXPECT_EQ(s.params.weights[1], -256);
  EXPECT_EQ(s.params.weights[2], 255);
  EXPECT_FALSE(s.params.stochastic_synapse[0]);
  EXPECT_TRUE(s.params.stochastic_synapse[3]);
  EXPECT_EQ(s.params.leak, -3);
  EXPECT_TRUE(s.params.leak_reversal);
  EXPECT_TRUE(s.params.stochastic_leak);
  EXPECT_EQ(s.params.threshold, 9);
  EXPECT_EQ(s.params.threshold_mask, 7u);
  EXPECT_EQ(s.params.neg_threshold, 4);
  EXPECT_FALSE(s.params.neg_saturate);
  EXPECT_EQ(s.params.reset_mode, TnResetMode::Linear);
  EXPECT_EQ(s.params.reset_potential, -2);
  EXPECT_EQ(s.v0, 5);
}

TEST_F(TrueNorthLoaderTest, TakesAxonTypePerProjection) {
  const SnnNetwork net = load(
      "populations:\n"
      "  - {name: t, size: 2, model: truenorth}\n"
      "inputs:\n"
      "  - {name: s, size: 1, type: spike_times, times: [[1]]}\n"
      "projections:\n"
      "  - {pre: s, post: t, connector: {type: all_to_all}, axon_type: 3}\n");
  ASSERT_EQ(net.projections.size(), 1u);
  EXPECT_EQ(net.projections[0].axon_type, 3u);
  EXPECT_EQ(net.synapses.size(), 2u);
}

TEST_F(TrueNorthLoaderTest, RefusesBadKeysAndValuesNamingThem) {
  EXPECT_THAT(load_error("populations:\n  - {name: t, size: 1, model: truenorth, "
                         "params: {weights: [1, 2, 3]}}\n"),
              HasSubstr("populations[0].params.weights: expected one value per axon type"));
  EXPECT_THAT(load_error("populations:\n  - {name: t, size: 1, model: truenorth, "
                         "params: {weights: [1, 2, 3, 256]}}\n"),
              HasSubstr("must be between -256 and 255, found 256"));
  EXPECT_THAT(load_error("populations:\n  - {name: t, size: 1, model: truenorth, "
                         "params: {reset_mode: soft}}\n"),
              HasSubstr("populations[0].params.reset_mode"));
  EXPECT_THAT(load_error("populations:\n  - {name: t, size: 1, model: truenorth, "
                         "params: {du: 1}}\n"),
              HasSubstr("populations[0].params.du: unknown key"));
}

TEST_F(TrueNorthLoaderTest, RefusesWeightOntoTrueNorthAndAxonTypeOntoLoihi) {
  const std::string pops =
      "populations:\n"
      "  - {name: t, size: 2, model: truenorth}\n"
      "  - {name: l, size: 2, model: loihi_lif}\n";
  EXPECT_THAT(load_error(pops + "projections:\n  - {pre: l, post: t, connector: "
                                "{type: all_to_all}, weight: 3}\n"),
              HasSubstr("projections[0].weight: 't' is a TrueNorth population: give axon_type"));
  EXPECT_THAT(load_error(pops + "projections:\n  - {pre: t, post: l, connector: "
                                "{type: all_to_all}, weight: 3, axon_type: 1}\n"),
              HasSubstr("projections[0].axon_type: applies only to projections onto TrueNorth"));
}

}  // namespace
}  // namespace nm
