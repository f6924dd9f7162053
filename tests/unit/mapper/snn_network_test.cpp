// SnnNetwork lookups: neuron counts and the population owning a global id.
#include "mapper/snn_network.h"

#include <gtest/gtest.h>

#include "common/errors.h"

namespace nm {
namespace {

SnnNetwork three_populations() {
  SnnNetwork net;
  const std::uint32_t sizes[] = {3, 1, 5};
  const char* names[] = {"a", "b", "c"};
  for (int k = 0; k < 3; ++k) {
    Population p;
    p.name = names[k];
    p.size = sizes[k];
    p.first_id = net.neuron_count();
    net.populations.push_back(p);
  }
  return net;
}

TEST(SnnNetworkTest, CountsNeuronsOfAllPopulations) {
  EXPECT_EQ(SnnNetwork{}.neuron_count(), 0u);
  EXPECT_EQ(three_populations().neuron_count(), 9u);
}

TEST(SnnNetworkTest, FindsOwningPopulationAtEveryBoundary) {
  const SnnNetwork net = three_populations();
  EXPECT_EQ(net.population_of(0).name, "a");
  EXPECT_EQ(net.population_of(2).name, "a");
  EXPECT_EQ(net.population_of(3).name, "b");
  EXPECT_EQ(net.population_of(4).name, "c");
  EXPECT_EQ(net.population_of(8).name, "c");
}

TEST(SnnNetworkTest, ThrowsInternalErrorWhenIdIsOutsideTheNetwork) {
  EXPECT_THROW(three_populations().population_of(9), InternalError);
  EXPECT_THROW(SnnNetwork{}.population_of(0), InternalError);
}

TEST(SnnNetworkTest, FindsPopulationByNameOrReturnsNull) {
  const SnnNetwork net = three_populations();
  ASSERT_NE(net.find_population("b"), nullptr);
  EXPECT_EQ(net.find_population("b")->first_id, 3u);
  EXPECT_EQ(net.find_population("d"), nullptr);
}

}  // namespace
}  // namespace nm
