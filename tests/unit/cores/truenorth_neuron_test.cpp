// The Cassidy 2013 neuron (cores/truenorth_neuron.h) against hand-computed values: every leak
// mode (deterministic or stochastic, with or without reversal), every reset mode (normal, linear,
// none) with both negative-threshold behaviours (saturate, mirror), the threshold mask and the
// stochastic synapse. Stochastic cases replay the same seeded stream by hand.
#include "cores/truenorth_neuron.h"

#include <gtest/gtest.h>

namespace nm {
namespace {

constexpr std::uint64_t kSeed = 42;
const char* const kName = "chip.tile_0_0.core_0";

TnPrng prng() { return TnPrng(Rng(kSeed, kName)); }

// The n-th 64-bit draw of the same stream, computed outside the neuron code.
std::uint64_t draw(int n) {
  Rng r(kSeed, kName);
  std::uint64_t x = 0;
  for (int k = 0; k <= n; ++k) x = r.next_u64();
  return x;
}

TnNeuronParams base() {
  TnNeuronParams p;
  p.threshold = 10;
  p.neg_threshold = 5;
  p.reset_potential = 3;
  return p;
}

// Runs stages 2-4 from v; returns the new v, sets `spiked`.
std::int32_t tick(const TnNeuronParams& p, std::int32_t v, bool* spiked = nullptr) {
  TnPrng r = prng();
  const bool s = tn_leak_threshold_reset(p, v, r);
  if (spiked) *spiked = s;
  return v;
}

TEST(TnNeuron, AddsLeakWhenDeterministicWithoutReversal) {
  TnNeuronParams p = base();
  p.leak = -3;
  EXPECT_EQ(tick(p, 7), 4);
  EXPECT_EQ(tick(p, -2), -5);  // -5 is not below -beta = -5: kept
  p.leak = 2;
  EXPECT_EQ(tick(p, -4), -2);
}

TEST(TnNeuron, LeaksTowardZeroWhenReversed) {
  TnNeuronParams p = base();
  p.leak = -3;
  p.leak_reversal = true;
  EXPECT_EQ(tick(p, 7), 4);    // Omega = +1
  EXPECT_EQ(tick(p, -4), -1);  // Omega = -1: -4 + 3
  EXPECT_EQ(tick(p, 0), 0);    // Omega = 0
  p.leak = 2;                  // a positive leak with reversal pushes away from 0
  EXPECT_EQ(tick(p, -1), -3);
}

TEST(TnNeuron, StochasticLeakStepsBySignWhenMagnitudeReachesRho) {
  TnNeuronParams p = base();
  p.stochastic_leak = true;
  p.leak = 255;  // |255| >= every 8-bit rho: always +1
  EXPECT_EQ(tick(p, 0), 1);
  p.leak = -255;
  EXPECT_EQ(tick(p, 0), -1);
  p.leak = 0;  // sgn(0) = 0
  EXPECT_EQ(tick(p, 0), 0);
  const std::uint32_t rho = draw(0) & 0xFF;
  p.leak = static_cast<std::int32_t>(rho);  // |s| == rho: steps
  EXPECT_EQ(tick(p, 0), 1);
  if (rho > 0) {
    p.leak = static_cast<std::int32_t>(rho) - 1;  // |s| < rho: no step
    EXPECT_EQ(tick(p, 0), 0);
  }
}

TEST(TnNeuron, StochasticLeakWithReversalPointsTowardZero) {
  TnNeuronParams p = base();
  p.stochastic_leak = true;
  p.leak_reversal = true;
  p.leak = -255;
  EXPECT_EQ(tick(p, 4), 3);
  EXPECT_EQ(tick(p, -4), -3);
}

TEST(TnNeuron, ResetsByModeWhenReachingThreshold) {
  TnNeuronParams p = base();
  bool spiked = false;
  p.reset_mode = TnResetMode::Normal;
  EXPECT_EQ(tick(p, 12, &spiked), 3);
  EXPECT_TRUE(spiked);
  p.reset_mode = TnResetMode::Linear;
  EXPECT_EQ(tick(p, 12, &spiked), 2);
  EXPECT_TRUE(spiked);
  p.reset_mode = TnResetMode::None;
  EXPECT_EQ(tick(p, 12, &spiked), 12);
  EXPECT_TRUE(spiked);
  EXPECT_EQ(tick(p, 9, &spiked), 9);  // one below alpha
  EXPECT_FALSE(spiked);
  EXPECT_EQ(tick(p, 10, &spiked), 10);  // exactly alpha spikes
  EXPECT_TRUE(spiked);
}

TEST(TnNeuron, SaturatesAtMinusBetaWhenKappaSet) {
  for (TnResetMode mode : {TnResetMode::Normal, TnResetMode::Linear, TnResetMode::None}) {
    TnNeuronParams p = base();
    p.reset_mode = mode;
    p.neg_saturate = true;
    EXPECT_EQ(tick(p, -7), -5);
    EXPECT_EQ(tick(p, -5), -5);
    EXPECT_EQ(tick(p, -4), -4);
  }
}

TEST(TnNeuron, MirrorsResetModeBelowNegativeThresholdWhenKappaClear) {
  TnNeuronParams p = base();
  p.neg_saturate = false;
  p.reset_mode = TnResetMode::Normal;
  EXPECT_EQ(tick(p, -7), -3);  // -R
  p.reset_mode = TnResetMode::Linear;
  EXPECT_EQ(tick(p, -7), -2);  // -7 + beta
  p.reset_mode = TnResetMode::None;
  EXPECT_EQ(tick(p, -7), -7);
  bool spiked = true;
  EXPECT_EQ(tick(p, -7, &spiked), -7);
  EXPECT_FALSE(spiked);  // the negative threshold never spikes
}

TEST(TnNeuron, AddsMaskedRandomToBothThresholds) {
  TnNeuronParams p = base();
  p.threshold_mask = 0x7;
  p.reset_mode = TnResetMode::Linear;
  p.neg_saturate = false;
  const std::int32_t eta = static_cast<std::int32_t>(draw(0) & 0x7);
  bool spiked = false;
  EXPECT_EQ(tick(p, 10 + eta, &spiked), 0);  // linear reset subtracts alpha + eta
  EXPECT_TRUE(spiked);
  if (eta > 0) {
    EXPECT_EQ(tick(p, 9 + eta, &spiked), 9 + eta);
    EXPECT_FALSE(spiked);
  }
  EXPECT_EQ(tick(p, -6 - eta), -6 - eta + 5 + eta);  // below -(beta + eta): V += beta + eta
  EXPECT_EQ(tick(p, -5 - eta), -5 - eta);            // at -(beta + eta): kept
}

TEST(TnNeuron, IntegratesWeightOfAxonTypeDeterministicOrStochastic) {
  TnNeuronParams p = base();
  p.weights[0] = 7;
  p.weights[1] = -256;
  p.weights[2] = 255;
  p.stochastic_synapse[2] = true;
  p.weights[3] = 0;
  p.stochastic_synapse[3] = true;
  TnPrng r = prng();
  std::int32_t v = 0;
  tn_integrate(p, 0, v, r);
  EXPECT_EQ(v, 7);
  tn_integrate(p, 1, v, r);
  EXPECT_EQ(v, -249);
  tn_integrate(p, 2, v, r);  // stochastic 255: always +1
  EXPECT_EQ(v, -248);
  tn_integrate(p, 3, v, r);  // stochastic 0: sgn 0
  EXPECT_EQ(v, -248);
}

TEST(TnNeuron, StochasticSynapseFollowsTheSeededStream) {
  TnNeuronParams p = base();
  p.weights[0] = 100;
  p.stochastic_synapse[0] = true;
  TnPrng r = prng();
  std::int32_t v = 0, expected = 0;
  for (int k = 0; k < 64; ++k) {
    tn_integrate(p, 0, v, r);
    expected += (draw(k) & 0xFF) <= 100 ? 1 : 0;
  }
  EXPECT_EQ(v, expected);
  EXPECT_GT(expected, 10);  // about 101/256 of 64
  EXPECT_LT(expected, 45);
}

TEST(TnNeuron, SaturatesTheTwentyBitMembrane) {
  TnNeuronParams p = base();
  p.threshold = kTnMembraneMax;
  p.neg_threshold = -kTnMembraneMin;
  p.reset_mode = TnResetMode::None;
  p.leak = 255;
  EXPECT_EQ(tick(p, kTnMembraneMax - 10), kTnMembraneMax);  // spikes at the ceiling, kept
  p.leak = -256;
  EXPECT_EQ(tick(p, kTnMembraneMin + 10), kTnMembraneMin);
}

}  // namespace
}  // namespace nm
