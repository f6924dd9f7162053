// Traces (docs/learning.md section 2): impulse and decay against hand-computed values with a
// fixed seed, and the statistics of stochastic rounding.
#include "cores/learning_trace.h"

#include <gtest/gtest.h>

namespace nm {
namespace {

TEST(LearningTrace, QuantisesDecayTo12BitsWhenMade) {
  // round(4096 exp(-1/10)) = round(3706.16) = 3706; tau 0 = no decay; impulse 2.5 = 640/256.
  const TraceParams p = make_trace_params(2.5, 10.0);
  EXPECT_EQ(p.decay_q12, 3706u);
  EXPECT_EQ(p.impulse_q8, 640u);
  EXPECT_EQ(make_trace_params(16, 0.0).decay_q12, 4096u);
}

TEST(LearningTrace, AddsIntegerImpulseExactlyAndSaturatesAt127) {
  Rng rng(1);
  const TraceParams p = make_trace_params(40, 0.0);
  std::uint8_t v = 0;
  v = trace_impulse(v, p, rng);
  EXPECT_EQ(v, 40);
  v = trace_impulse(v, p, rng);
  v = trace_impulse(v, p, rng);
  EXPECT_EQ(v, 120);
  EXPECT_EQ(trace_impulse(v, p, rng), 127);  // 160 saturates
}

TEST(LearningTrace, HalvesExactlyThenRoundsStochasticallyWhenDecayIsOneHalf) {
  // tau = 1/ln 2 gives q = 2048: 64 -> 32 -> 16 -> 8 -> 4 -> 2 -> 1 exactly (no draw), then
  // 1 * 2048 / 4096 = 0.5 rounds up iff the next 12-bit draw is below 2048.
  TraceParams p = make_trace_params(64, 1.0 / 0.69314718055994530942);
  ASSERT_EQ(p.decay_q12, 2048u);
  Rng rng(42, "trace"), twin(42, "trace");
  std::uint8_t v = 64;
  const std::uint8_t expected[] = {32, 16, 8, 4, 2, 1};
  for (std::uint8_t e : expected) {
    v = trace_decay(v, p, rng);
    EXPECT_EQ(v, e);
  }
  const std::uint8_t last = trace_decay(v, p, rng);
  EXPECT_EQ(last, twin.below(4096) < 2048 ? 1 : 0);  // the first draw of the same stream
}

TEST(LearningTrace, StaysAtZeroWithoutDrawingWhenZero) {
  Rng rng(3), twin(3);
  const TraceParams p = make_trace_params(10, 5.0);
  EXPECT_EQ(trace_decay(0, p, rng), 0);
  EXPECT_EQ(rng.next_u64(), twin.next_u64());  // no number was drawn
}

TEST(LearningTrace, StochasticShiftHasTheExactMeanOverManyDraws) {
  Rng rng(7, "stats");
  const int n = 200000;
  double sum = 0.0, sum_neg = 0.0;
  for (int i = 0; i < n; ++i) {
    const std::int64_t r = stochastic_shift(5, 3, rng);  // 5/8
    ASSERT_TRUE(r == 0 || r == 1);
    sum += static_cast<double>(r);
    sum_neg += static_cast<double>(stochastic_shift(-13, 2, rng));  // -13/4 = -3.25
  }
  // Standard error about 0.0011: 5 sigma.
  EXPECT_NEAR(sum / n, 0.625, 0.0055);
  EXPECT_NEAR(sum_neg / n, -3.25, 0.005);
}

TEST(LearningTrace, DecayIsUnbiasedAndFractionalImpulseHasItsMean) {
  Rng rng(11, "stats");
  const TraceParams p = make_trace_params(3.25, 10.0);  // q = 3706
  const int n = 100000;
  double decayed = 0.0, impulses = 0.0;
  for (int i = 0; i < n; ++i) {
    decayed += trace_decay(100, p, rng);
    impulses += trace_impulse(0, p, rng);
  }
  EXPECT_NEAR(decayed / n, 100.0 * 3706 / 4096, 0.01);  // 90.478
  EXPECT_NEAR(impulses / n, 3.25, 0.01);
}

}  // namespace
}  // namespace nm
