// Connector expansion: counts, self-connection handling, ordering and determinism.
#include "mapper/connectors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <utility>

namespace nm {
namespace {

bool sorted_and_unique(const std::vector<LocalPair>& v) {
  for (std::size_t k = 1; k < v.size(); ++k) {
    const auto a = std::make_pair(v[k - 1].pre, v[k - 1].post);
    const auto b = std::make_pair(v[k].pre, v[k].post);
    if (!(a < b)) return false;
  }
  return true;
}

bool same(const std::vector<LocalPair>& a, const std::vector<LocalPair>& b) {
  return std::equal(
      a.begin(), a.end(), b.begin(), b.end(),
      [](const LocalPair& x, const LocalPair& y) { return x.pre == y.pre && x.post == y.post; });
}

bool has_self(const std::vector<LocalPair>& v) {
  return std::any_of(v.begin(), v.end(), [](const LocalPair& p) { return p.pre == p.post; });
}

TEST(ConnectorsTest, AllToAllConnectsEveryPairWhenSelfAllowed) {
  const auto v = connect_all_to_all(3, 4, false);
  ASSERT_EQ(v.size(), 12u);
  EXPECT_TRUE(sorted_and_unique(v));
  EXPECT_EQ(v[5].pre, 1u);
  EXPECT_EQ(v[5].post, 1u);
}

TEST(ConnectorsTest, AllToAllSkipsSelfWhenExcluded) {
  const auto v = connect_all_to_all(4, 4, true);
  EXPECT_EQ(v.size(), 12u);
  EXPECT_FALSE(has_self(v));
  EXPECT_TRUE(sorted_and_unique(v));
}

TEST(ConnectorsTest, OneToOneConnectsMatchingIndices) {
  const auto v = connect_one_to_one(5);
  ASSERT_EQ(v.size(), 5u);
  for (std::uint32_t i = 0; i < 5; ++i) {
    EXPECT_EQ(v[i].pre, i);
    EXPECT_EQ(v[i].post, i);
  }
}

TEST(ConnectorsTest, FixedProbabilityMakesAboutPTimesPairsWhenPIsBetweenZeroAndOne) {
  Rng rng(5, "proj:a");
  const auto v = connect_fixed_probability(200, 300, 0.1, false, rng);
  // Expected 6000, standard deviation about 73.
  EXPECT_GT(v.size(), 5600u);
  EXPECT_LT(v.size(), 6400u);
  EXPECT_TRUE(sorted_and_unique(v));
  EXPECT_LT(v.back().pre, 200u);
  EXPECT_LT(
      std::max_element(v.begin(), v.end(), [](auto& a, auto& b) { return a.post < b.post; })->post,
      300u);
}

TEST(ConnectorsTest, FixedProbabilityGivesNoneOrAllWhenPIsZeroOrOne) {
  Rng rng(1, "x");
  EXPECT_TRUE(connect_fixed_probability(50, 50, 0.0, false, rng).empty());
  EXPECT_EQ(connect_fixed_probability(50, 50, 1.0, true, rng).size(), 50u * 49u);
}

TEST(ConnectorsTest, FixedProbabilitySkipsSelfWhenExcluded) {
  Rng rng(3, "x");
  const auto v = connect_fixed_probability(100, 100, 0.5, true, rng);
  EXPECT_FALSE(has_self(v));
  EXPECT_TRUE(sorted_and_unique(v));
}

TEST(ConnectorsTest, FixedProbabilityRepeatsWhenSeedRepeatsAndDiffersWhenSeedDiffers) {
  Rng a(7, "proj:p"), b(7, "proj:p"), c(8, "proj:p");
  const auto va = connect_fixed_probability(100, 100, 0.2, false, a);
  const auto vb = connect_fixed_probability(100, 100, 0.2, false, b);
  const auto vc = connect_fixed_probability(100, 100, 0.2, false, c);
  EXPECT_TRUE(same(va, vb));
  EXPECT_FALSE(same(va, vc));
}

TEST(ConnectorsTest, FixedFanoutGivesEachPreExactlyFanoutDistinctTargets) {
  Rng rng(2, "proj:f");
  const auto v = connect_fixed_fanout(50, 40, 10, false, rng);
  ASSERT_EQ(v.size(), 500u);
  EXPECT_TRUE(sorted_and_unique(v));
  for (std::uint32_t i = 0; i < 50; ++i)
    EXPECT_EQ(std::count_if(v.begin(), v.end(), [&](const LocalPair& p) { return p.pre == i; }),
              10);
}

TEST(ConnectorsTest, FixedFanoutCoversAllCandidatesWhenFanoutEqualsThem) {
  Rng rng(2, "proj:f");
  const auto v = connect_fixed_fanout(6, 6, 5, true, rng);
  EXPECT_TRUE(same(v, connect_all_to_all(6, 6, true)));
}

TEST(ConnectorsTest, FixedFanoutRepeatsWhenSeedRepeatsAndDiffersWhenSeedDiffers) {
  Rng a(9, "proj:f"), b(9, "proj:f"), c(9, "proj:g");
  const auto va = connect_fixed_fanout(100, 100, 10, true, a);
  EXPECT_TRUE(same(va, connect_fixed_fanout(100, 100, 10, true, b)));
  EXPECT_FALSE(same(va, connect_fixed_fanout(100, 100, 10, true, c)));
  EXPECT_FALSE(has_self(va));
}

TEST(ConnectorsTest, FixedFanoutPicksTargetsUniformly) {
  Rng rng(11, "proj:u");
  const auto v = connect_fixed_fanout(4000, 10, 3, false, rng);
  std::vector<int> hits(10, 0);
  for (const auto& p : v) ++hits[p.post];
  // Each target is chosen with probability 0.3 per pre: expected 1200, sd about 29.
  for (int h : hits) {
    EXPECT_GT(h, 1080);
    EXPECT_LT(h, 1320);
  }
}

}  // namespace
}  // namespace nm
