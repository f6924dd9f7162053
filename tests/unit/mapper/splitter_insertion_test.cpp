// Splitter insertion for TrueNorth fan-out (mapper/splitter_insertion.h): which splitters are
// made, where they go, how synapses are rewired and delays kept, and the capacity refusal.
#include "mapper/splitter_insertion.h"

#include <gtest/gtest.h>

#include <set>

#include "common/errors.h"
#include "mapper/sequential_mapper.h"
#include "mapper_fixture.h"

namespace nm {
namespace {

using test::make_net;
using test::roomy;

// src[0] (id 0) -> dst[0..3] (ids 1-4), delay 2; two neurons per core: core 0 {src0, dst0},
// core 1 {dst1, dst2}, core 2 {dst3}, so src0 reaches 3 cores.
SnnNetwork fan_out_net() {
  std::vector<Synapse> syn;
  for (NeuronId d = 1; d <= 4; ++d) syn.push_back({0, d, 10, 2});
  SnnNetwork net = make_net({{"src", 1}, {"dst", 4}}, syn);
  net.neurons_per_core_limit = 2;
  return net;
}

TEST(SplitterInsertion, AddsOneSplitterPerDestinationCoreOnTheSourcesCore) {
  SnnNetwork net = fan_out_net();
  Mapping m = map_sequential(net, roomy(8), 4);
  const SplitterReport r = insert_splitters(net, m, roomy(8));
  EXPECT_EQ(r.sources_split, 1u);
  EXPECT_EQ(r.splitters, 3u);
  EXPECT_EQ(r.late_synapses, 0u);
  ASSERT_EQ(net.populations.back().name, "splitters");
  EXPECT_EQ(net.populations.back().first_id, 5u);
  EXPECT_EQ(net.populations.back().truenorth[0].params.weights[0], 1);
  for (NeuronId s = 5; s <= 7; ++s) {
    EXPECT_EQ(m.core_of[s], 0u);
    EXPECT_EQ(m.compartment_of[s], s - 3);  // after src0 and dst0
  }
  EXPECT_EQ(m.usage[0].neurons, 5u);
}

TEST(SplitterInsertion, RewiresSoEveryNeuronReachesOneCoreAndDelaysStay) {
  SnnNetwork net = fan_out_net();
  Mapping m = map_sequential(net, roomy(8), 4);
  insert_splitters(net, m, roomy(8));
  // src0 -> splitters 5, 6, 7 (delay 0); 5 -> dst0, 6 -> dst1, dst2, 7 -> dst3 (delay 1).
  std::vector<std::set<CoreId>> cores(net.neuron_count());
  for (const Synapse& s : net.synapses) cores[s.pre].insert(m.core_of[s.post]);
  for (const auto& c : cores) EXPECT_LE(c.size(), 1u);
  ASSERT_EQ(net.synapses.size(), 7u);
  EXPECT_EQ(net.synapses[0].pre, 0u);
  EXPECT_EQ(net.synapses[0].post, 5u);
  EXPECT_EQ(net.synapses[0].delay, 0u);
  EXPECT_EQ(net.projections[net.synapses[0].projection].name, "splitter_in");
  EXPECT_EQ(net.synapses[3].pre, 5u);
  EXPECT_EQ(net.synapses[3].post, 1u);
  EXPECT_EQ(net.synapses[3].delay, 1u);  // 1 tick to the splitter + 1 + 1 = the original 1 + 2
  EXPECT_EQ(net.synapses[4].pre, 6u);
  EXPECT_EQ(net.synapses[5].pre, 6u);
  EXPECT_EQ(net.synapses[6].pre, 7u);
  EXPECT_EQ(net.synapses[6].post, 4u);
}

TEST(SplitterInsertion, CountsLateSynapsesWhenTheDelayWasZero) {
  std::vector<Synapse> syn{{0, 1, 10, 0}, {0, 3, 10, 0}};
  SnnNetwork net = make_net({{"src", 1}, {"dst", 4}}, syn);
  net.neurons_per_core_limit = 2;
  Mapping m = map_sequential(net, roomy(8), 4);
  EXPECT_EQ(insert_splitters(net, m, roomy(8)).late_synapses, 2u);
}

TEST(SplitterInsertion, LeavesSingleTargetNeuronsAlone) {
  SnnNetwork net = make_net({{"src", 1}, {"dst", 2}}, {{0, 1, 10, 0}, {0, 2, 10, 0}});
  Mapping m = map_sequential(net, roomy(8), 2);
  EXPECT_EQ(insert_splitters(net, m, roomy(8)).splitters, 0u);
  EXPECT_EQ(net.populations.size(), 2u);
}

TEST(SplitterInsertion, NamesNeuronsAsBindingWhenNoCoreHasRoom) {
  SnnNetwork net = fan_out_net();
  Mapping m = map_sequential(net, roomy(3), 3);  // free slots 1, 1, 2: no core holds 3
  try {
    insert_splitters(net, m, roomy(3));
    FAIL() << "expected CapacityError";
  } catch (const CapacityError& e) {
    EXPECT_NE(std::string(e.what()).find("binding resource: neurons"), std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("src[0]"), std::string::npos) << e.what();
  }
}

TEST(SplitterInsertion, RefusesFanOutWiderThanOneSplitterCore) {
  SnnNetwork net = fan_out_net();
  Mapping m = map_sequential(net, roomy(2), 3);
  EXPECT_THROW(insert_splitters(net, m, roomy(2)), CapacityError);  // 3 cores > 2 neurons
}

}  // namespace
}  // namespace nm
