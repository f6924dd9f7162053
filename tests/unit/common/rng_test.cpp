// Rng: reproducible per-component streams, bounds and a loose check of bernoulli().
#include "common/rng.h"

#include <gtest/gtest.h>

#include <vector>

namespace nm {
namespace {

std::vector<std::uint64_t> draw(Rng rng, int n) {
  std::vector<std::uint64_t> out;
  for (int i = 0; i < n; ++i) out.push_back(rng.next_u64());
  return out;
}

TEST(Rng, GivesTheSameSequenceForTheSameSeedAndName) {
  EXPECT_EQ(draw(Rng(42, "chip.tile_0_0.core_1"), 100), draw(Rng(42, "chip.tile_0_0.core_1"), 100));
}

TEST(Rng, GivesDifferentSequencesForDifferentNames) {
  EXPECT_NE(draw(Rng(42, "chip.tile_0_0.core_1"), 8), draw(Rng(42, "chip.tile_0_0.core_2"), 8));
}

TEST(Rng, GivesDifferentSequencesForDifferentSeeds) {
  EXPECT_NE(draw(Rng(1, "core"), 8), draw(Rng(2, "core"), 8));
}

TEST(Rng, HashNameIsFnv1a) {
  // The FNV-1a 64-bit offset basis and the published test vector for "a".
  EXPECT_EQ(hash_name(""), 14695981039346656037ULL);
  EXPECT_EQ(hash_name("a"), 0xaf63dc4c8601ec8cULL);
}

TEST(Rng, BelowStaysWithinBoundAndReachesBothEnds) {
  Rng rng(7, "below");
  bool saw_zero = false;
  bool saw_top = false;
  for (int i = 0; i < 10000; ++i) {
    const std::uint64_t v = rng.below(10);
    ASSERT_LT(v, 10u);
    saw_zero |= v == 0;
    saw_top |= v == 9;
  }
  EXPECT_TRUE(saw_zero);
  EXPECT_TRUE(saw_top);
}

TEST(Rng, BelowOneIsAlwaysZero) {
  Rng rng(7, "below1");
  for (int i = 0; i < 100; ++i) EXPECT_EQ(rng.below(1), 0u);
}

TEST(Rng, UniformIsInTheHalfOpenUnitInterval) {
  Rng rng(3, "uniform");
  for (int i = 0; i < 10000; ++i) {
    const double u = rng.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
  }
}

TEST(Rng, BernoulliFrequencyMatchesPWithinFiveSigma) {
  Rng rng(2024, "bernoulli");
  const int n = 100000;
  const double p = 0.3;
  int hits = 0;
  for (int i = 0; i < n; ++i) hits += rng.bernoulli(p) ? 1 : 0;
  // Standard deviation of the count: sqrt(n p (1 - p)) = 145; allow 5 sigma.
  EXPECT_NEAR(hits, n * p, 5 * 145.0);
}

TEST(Rng, BernoulliHonoursTheEdgeProbabilities) {
  Rng rng(5, "edges");
  for (int i = 0; i < 1000; ++i) {
    EXPECT_FALSE(rng.bernoulli(0.0));
    EXPECT_TRUE(rng.bernoulli(1.0));
  }
}

}  // namespace
}  // namespace nm
