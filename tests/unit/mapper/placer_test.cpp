// Placement: the space-filling-curve start and annealing that never ends worse than its start.
#include "mapper/placer.h"

#include <gtest/gtest.h>

#include <set>

#include "common/rng.h"
#include "mapper_fixture.h"

namespace nm::test {
namespace {

std::vector<Flow> random_flows(std::uint32_t parts, std::uint32_t count, std::uint64_t seed) {
  Rng rng(seed, "flows");
  std::vector<Flow> flows;
  for (std::uint32_t i = 0; i < count; ++i) {
    flows.push_back({static_cast<std::uint32_t>(rng.below(parts)),
                     static_cast<std::uint32_t>(rng.below(parts)), rng.uniform()});
  }
  return flows;
}

TEST(PlacerTest, WalksTilesAsABoustrophedon) {
  const std::vector<CoreId> order = curve_cores(mesh(3, 2, 1));
  EXPECT_EQ(order, (std::vector<CoreId>{0, 1, 2, 5, 4, 3}));
}

TEST(PlacerTest, NeverEndsWithAHigherCostThanItsStart) {
  const MeshLayout shape = mesh(4, 4, 2);
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    const std::vector<Flow> flows = random_flows(20, 80, seed);
    std::vector<CoreId> slots = curve_cores(shape);
    slots.resize(20);
    AnnealOptions o;
    o.lambda = 8.0;
    o.moves = 3000;
    o.seed = seed;
    const double start = placement_cost(flows, slots, shape).total(o.lambda);
    anneal_placement(flows, shape, o, slots);
    EXPECT_LE(placement_cost(flows, slots, shape).total(o.lambda), start + 1e-9) << seed;
    EXPECT_EQ(std::set<CoreId>(slots.begin(), slots.end()).size(), 20u);  // still distinct
  }
}

TEST(PlacerTest, BringsTwoTalkingCoresNextToEachOther) {
  const MeshLayout shape = mesh(4, 4, 1);
  const std::vector<Flow> flows{{0, 1, 5.0}};
  std::vector<CoreId> slots{0, 15};  // opposite corners: 6 hops
  AnnealOptions o;
  o.moves = 2000;
  anneal_placement(flows, shape, o, slots);
  EXPECT_LE(shape.hops(slots[0], slots[1]), 1u);
}

TEST(PlacerTest, GivesTheSamePlacementForTheSameSeed) {
  const MeshLayout shape = mesh(4, 4, 1);
  const std::vector<Flow> flows = random_flows(12, 40, 3);
  std::vector<CoreId> a = curve_cores(shape), b;
  a.resize(12);
  b = a;
  AnnealOptions o;
  o.moves = 2000;
  o.seed = 42;
  anneal_placement(flows, shape, o, a);
  anneal_placement(flows, shape, o, b);
  EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace nm::test
