// The evaluator's arithmetic (docs/learning.md section 3): products by hand, 16-bit clipping,
// dependencies, and stochastic rounding to the weight precision.
#include "cores/learning_evaluator.h"

#include <gtest/gtest.h>

namespace nm {
namespace {

RuleInputs inputs(bool x0, bool y0) {
  RuleInputs in;
  in.x0 = x0;
  in.y0 = y0;
  in.epoch_index = 6;
  in.at_pre.y1 = 20;
  in.at_post.x1 = 40;
  in.at_end.r1 = 10;
  in.w = 100;
  in.t = -3;
  return in;
}

const RuleEquation& first(const LearningRule& r) { return r.equations.at(0); }

TEST(LearningEvaluator, AddsOnlyActiveProductsInAccumulatorUnits) {
  const LearningRule r = parse_learning_rule("dw = 2^-2*x1*y0 - 2^-2*y1*x0");
  // y0 only: 100 * 128 + 40 / 4 * 128 = 12800 + 1280.
  EXPECT_EQ(accumulate(first(r), 100, inputs(false, true)), 14080);
  // x0 only: 12800 - 20 / 4 * 128.
  EXPECT_EQ(accumulate(first(r), 100, inputs(true, false)), 12160);
  EXPECT_EQ(accumulate(first(r), 100, inputs(true, true)), 12800 + 1280 - 640);
  EXPECT_FALSE(rule_active(r, inputs(false, false)));
}

TEST(LearningEvaluator, UsesOffsetsSignAndUnconditionalEpochs) {
  // u1 active at even epochs (6), u2 not (6 mod 4 != 0).
  const LearningRule r = parse_learning_rule("dt = 3*2^-1*(r1 - 4)*sgn(w)*u1 + t*u2");
  // 3 * (10 - 4) * 1 / 2 = 9 -> 9 * 128 added to -3 * 128.
  EXPECT_EQ(accumulate(first(r), -3, inputs(false, false)), (-3 + 9) * 128);
}

TEST(LearningEvaluator, RoundsToNearestWhenScaleIsBelowAccumulatorResolution) {
  // 2^-9 * 40 = 0.078125 weight units = 10 accumulator units exactly; 2^-12 * 40 = 1.25 -> 1.
  EXPECT_EQ(accumulate(first(parse_learning_rule("dw = 2^-9*x1*y0")), 0, inputs(false, true)), 10);
  EXPECT_EQ(accumulate(first(parse_learning_rule("dw = 2^-12*x1*y0")), 0, inputs(false, true)), 1);
  EXPECT_EQ(accumulate(first(parse_learning_rule("dw = -2^-12*x1*y0")), 0, inputs(false, true)), -1);
}

TEST(LearningEvaluator, ClipsTo16BitsWhenSumOverflows) {
  const LearningRule r = parse_learning_rule("dw = 2^8*x1*y0");
  EXPECT_EQ(accumulate(first(r), 100, inputs(false, true)), 32767);
  const LearningRule n = parse_learning_rule("dw = -2^8*x1*y0");
  // The product alone (40 x 2^15 units) is clipped to -2^15 before it is added: 12800 - 32768.
  EXPECT_EQ(accumulate(first(n), 100, inputs(false, true)), -19968);
  EXPECT_EQ(accumulate(first(n), -200, inputs(false, true)), -32768);
}

TEST(LearningEvaluator, RoundsStochasticallyToWeightPrecisionWithExactMean) {
  Rng rng(5, "round");
  // 100.375 weight units at full precision; at 6 bits (steps of 4): 100.375 / 4 = 25.09.
  const std::int32_t acc = 100 * 128 + 48;
  const int n = 100000;
  double full = 0.0, coarse = 0.0;
  for (int i = 0; i < n; ++i) {
    const std::int32_t a = round_accumulator(acc, 0, rng);
    ASSERT_TRUE(a == 100 || a == 101);
    full += a;
    const std::int32_t b = round_accumulator(acc, 2, rng);
    ASSERT_TRUE(b == 100 || b == 104);
    coarse += b;
  }
  EXPECT_NEAR(full / n, 100.375, 0.008);
  EXPECT_NEAR(coarse / n, 100.375, 0.03);
}

}  // namespace
}  // namespace nm
