// The metis strategy and its parts: every cap enforced, legalisation, refusals, determinism,
// and less traffic than the sequential baseline on a shuffled clustered network.
#include "mapper/metis_mapper.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/errors.h"
#include "mapper/core_load.h"
#include "mapper/core_usage.h"
#include "mapper/legalizer.h"
#include "mapper/sequential_mapper.h"
#include "mapper/slice_graph.h"
#include "mapper/traffic_model.h"
#include "mapper_fixture.h"

namespace nm::test {
namespace {

using ::testing::HasSubstr;

std::vector<double> uniform_rates(const SnnNetwork& net) {
  return std::vector<double>(net.neuron_count(), 0.1);
}

// Every core of `m` within every limit, checked independently of the mapper's own accounting.
void expect_legal(const SnnNetwork& net, const Mapping& m, const CoreCapacity& cap,
                  std::uint32_t cores) {
  const CoreLimits limits = make_core_limits(net, cap);
  const std::vector<CoreUsage> usage = measure_usage(net, m.core_of, cores, cap);
  for (CoreId k = 0; k < cores; ++k) {
    for (int r = 0; r < kResourceCount; ++r) {
      const auto res = static_cast<Resource>(r);
      EXPECT_LE(used(usage[k], res), limits.limit(res)) << "core " << k << " resource " << r;
    }
  }
}

std::string refusal(const SnnNetwork& net, const CoreCapacity& cap, const MeshLayout& shape) {
  try {
    map_metis(net, cap, shape, uniform_rates(net), MetisOptions{});
  } catch (const CapacityError& e) {
    return e.what();
  }
  return "";
}

class MetisCapTest : public ::testing::TestWithParam<int> {};

// One cap at a time is made tight (the others roomy); the mapping must respect it.
TEST_P(MetisCapTest, KeepsCapWhenItIsTheOnlyTightOne) {
  const SnnNetwork net = clustered_net(4, 12, 0.5, 0.05, 3);
  CoreCapacity cap = roomy(64);
  switch (GetParam()) {
    case 0: cap.neurons = 7; break;
    case 1: cap.input_axons = 20; break;
    case 2: cap.neurons = 16, cap.output_axons = 16; break;  // 16 neurons x 1 destination
    case 3: cap.synapse_memory_bits = 60 * synapse_cost_bits(cap, false); break;
    default: cap.dendritic_accumulators = 9; break;
  }
  const MeshLayout shape = mesh(4, 4, 2);
  const Mapping m = map_metis(net, cap, shape, uniform_rates(net), MetisOptions{});
  EXPECT_EQ(m.strategy, "metis");
  EXPECT_GT(m.cores_used, 1u);
  expect_legal(net, m, cap, shape.cores());
}

INSTANTIATE_TEST_SUITE_P(EveryResource, MetisCapTest, ::testing::Range(0, 5));

TEST(CoreUsageTest, NamesCoreResourceAndExcessWhenOverALimit) {
  const SnnNetwork net = make_net({{"a", 3}, {"b", 2}}, {{0, 3, 1, 0}, {1, 3, 1, 0}, {2, 4, 1, 0}});
  CoreCapacity cap = roomy();
  cap.input_axons = 2;
  const std::vector<CoreId> core_of{0, 0, 0, 1, 1};
  const std::vector<CoreUsage> usage = measure_usage(net, core_of, 2, cap);
  EXPECT_EQ(usage[1].input_axons, 3u);
  EXPECT_EQ(usage[0].output_axons, 3u);
  try {
    check_usage(net, core_of, usage, make_core_limits(net, cap));
    FAIL() << "no refusal";
  } catch (const CapacityError& e) {
    EXPECT_EQ(std::string(e.what()),
              "core 1 (population 'b') needs 3 input axons, the limit is 2 (core.input_axons): "
              "1 too many");
  }
}

TEST(LegalizerTest, MakesEveryCoreLegalWhenThePartitionPutsEverythingOnOneCore) {
  const SnnNetwork net = clustered_net(3, 10, 0.5, 0.05, 5);
  CoreCapacity cap = roomy(8);
  cap.input_axons = 12;
  const CoreLimits limits = make_core_limits(net, cap);
  const SliceGraph graph(net, cap, 1000, limits.neurons);
  const std::vector<double> rates = uniform_rates(net);
  CoreLoad load(graph, rates, limits, 16, std::vector<CoreId>(graph.size(), 0));
  ASSERT_TRUE(load.over(0));
  legalize(load, net, graph, limits);
  std::vector<CoreId> core_of(net.neuron_count());
  for (NeuronId n = 0; n < core_of.size(); ++n) core_of[n] = load.core_of_slice(graph.slice_of(n));
  const std::vector<CoreUsage> usage = measure_usage(net, core_of, 16, cap);
  for (CoreId k = 0; k < 16; ++k) {
    EXPECT_FALSE(load.over(k)) << "core " << k;
    EXPECT_EQ(usage[k].input_axons, load.usage(k).input_axons) << "core " << k;
    EXPECT_EQ(usage[k].output_axons, load.usage(k).output_axons) << "core " << k;
    EXPECT_LE(usage[k].input_axons, 12u);
  }
}

TEST(MetisMapperTest, MeetsATightOutputAxonCapByUsingMoreCores) {
  // 48 neurons of dense clusters, 16 neurons per core (3 cores would do for the neurons) but at
  // most 14 output axons per core: the cores must hold fewer neurons, so legalisation fails on 3
  // parts and the mapper partitions again into more, smaller parts.
  const SnnNetwork net = clustered_net(4, 12, 0.5, 0.05, 3);
  CoreCapacity cap = roomy(16);
  cap.output_axons = 14;
  const MeshLayout shape = mesh(4, 4, 2);
  const Mapping m = map_metis(net, cap, shape, uniform_rates(net), MetisOptions{});
  EXPECT_GT(m.cores_used, 3u);
  expect_legal(net, m, cap, shape.cores());
}

TEST(LegalizerTest, RefinementNeverIncreasesExpectedPackets) {
  const SnnNetwork net = clustered_net(4, 8, 0.6, 0.02, 9);
  const CoreCapacity cap = roomy(10);
  const CoreLimits limits = make_core_limits(net, cap);
  const SliceGraph graph(net, cap, 1000, limits.neurons);
  const std::vector<double> rates = uniform_rates(net);
  std::vector<CoreId> where(graph.size());
  for (std::uint32_t s = 0; s < graph.size(); ++s) where[s] = s / 8;  // id order: clusters mixed
  CoreLoad load(graph, rates, limits, 8, where);
  const double before = load.objective();
  EXPECT_GT(refine(load, 4), 0u);
  EXPECT_LT(load.objective(), before);
}

TEST(CoreLoadTest, EstimatesEachCandidateMovesGainWithinTheToleranceWhenRatesDiffer) {
  const SnnNetwork net = clustered_net(4, 8, 0.6, 0.02, 9);
  const CoreCapacity cap = roomy(10);
  const CoreLimits limits = make_core_limits(net, cap);
  const SliceGraph graph(net, cap, 1000, limits.neurons);
  std::vector<double> rates(net.neuron_count());
  for (NeuronId n = 0; n < rates.size(); ++n) rates[n] = 0.01 + 0.003 * (n % 7);
  std::vector<CoreId> where(graph.size());
  for (std::uint32_t s = 0; s < graph.size(); ++s) where[s] = s / 8;
  const CoreLoad load(graph, rates, limits, 8, where);
  std::size_t checked = 0;
  for (std::uint32_t s = 0; s < graph.size(); ++s) {
    double tolerance = -1.0;
    const auto ranked = load.ranked_candidates(s, 6, tolerance);
    ASSERT_GE(tolerance, 0.0);
    ASSERT_LT(tolerance, 1e-6);
    const std::vector<CoreId> cores = load.candidates(s, 6);
    ASSERT_EQ(ranked.size(), cores.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      EXPECT_EQ(ranked[i].core, cores[i]);
      if (ranked[i].core == load.core_of_slice(s)) continue;
      EXPECT_NEAR(ranked[i].gain_estimate, load.evaluate(s, ranked[i].core).gain, tolerance);
      ++checked;
    }
  }
  EXPECT_GT(checked, graph.size());
}

TEST(MetisMapperTest, RefusesNamingBindingResourceAndShortfallWhenTooBig) {
  const SnnNetwork net = make_net({{"a", 40}});
  EXPECT_EQ(refusal(net, roomy(8), mesh(2, 2, 1)),
            "network does not fit: it needs at least 5 cores, the chip has 4 (binding limit: "
            "neurons, 8 per core (core.neurons); 8 neurons missing)");
}

TEST(MetisMapperTest, RefusesNamingTheResourceWhenOneNeuronAloneIsTooBig) {
  std::vector<Synapse> syn;
  for (NeuronId p = 1; p < 10; ++p) syn.push_back({p, 0, 1, 0});
  CoreCapacity cap = roomy(4);
  cap.input_axons = 5;
  EXPECT_THAT(refusal(make_net({{"a", 10}}, syn), cap, mesh(4, 1, 1)),
              HasSubstr("network does not fit: neurons a[0] alone need 9 input axons, the limit is "
                        "5 (core.input_axons): 4 too many"));
}

TEST(MetisMapperTest, GivesTheSameMappingWhenTheSeedIsTheSame) {
  const SnnNetwork net = clustered_net(4, 16, 0.4, 0.02, 11);
  const MeshLayout shape = mesh(4, 4, 1);
  MetisOptions o;
  o.seed = 7;
  const Mapping a = map_metis(net, roomy(16), shape, uniform_rates(net), o);
  const Mapping b = map_metis(net, roomy(16), shape, uniform_rates(net), o);
  EXPECT_EQ(a.core_of, b.core_of);
  EXPECT_EQ(a.compartment_of, b.compartment_of);
}

TEST(MetisMapperTest, NeedsFewerHopsThanSequentialWhenClusteredIdsAreShuffled) {
  const SnnNetwork net = clustered_net(8, 16, 0.4, 0.01, 13);
  const MeshLayout shape = mesh(4, 4, 1);
  const CoreCapacity cap = roomy(16);
  const std::vector<double> rates = uniform_rates(net);
  const Mapping seq = map_sequential(net, cap, shape.cores());
  const Mapping met = map_metis(net, cap, shape, rates, MetisOptions{});
  const double seq_hops = predict_traffic(net, seq.core_of, rates, shape).hops_per_step;
  const double met_hops = predict_traffic(net, met.core_of, rates, shape).hops_per_step;
  EXPECT_LT(met_hops, 0.7 * seq_hops) << "sequential " << seq_hops << ", metis " << met_hops;
}

TEST(SliceGraphTest, CutsSlicesThatDivideTheCoreNeuronLimitWhenTheNetworkIsLarge) {
  // 1000 neurons, at most 100 slices: 10 neurons wanted, 8 taken (the largest divisor of 64).
  const SnnNetwork net = make_net({{"a", 1000}});
  const SliceGraph graph(net, roomy(64), 100, 64);
  EXPECT_EQ(graph.slice_neurons(), 8u);
  EXPECT_EQ(graph.size(), 125u);
  EXPECT_EQ(SliceGraph(net, roomy(64), 1000, 64).slice_neurons(), 1u);
}

TEST(TrafficModelTest, CountsOnePacketPerDistinctDestinationCoreAndXyHops) {
  // Neuron 0 (core 0) feeds neurons 1, 2 (core 1) and 3 (core 3); 2x2 mesh, 1 core per tile.
  const SnnNetwork net = make_net({{"a", 4}}, {{0, 1, 1, 0}, {0, 2, 1, 0}, {0, 3, 1, 0}});
  const std::vector<double> rates{0.5, 0, 0, 0};
  const TrafficPrediction p = predict_traffic(net, {0, 1, 1, 3}, rates, mesh(2, 2, 1));
  EXPECT_DOUBLE_EQ(p.packets_per_step, 1.0);
  EXPECT_DOUBLE_EQ(p.hops_per_step, 0.5 * 1 + 0.5 * 2);
  EXPECT_DOUBLE_EQ(p.max_link_load, 1.0);  // east link out of tile 0 carries both packets
}

}  // namespace
}  // namespace nm::test
