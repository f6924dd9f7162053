// LifLanes (the fast neuron loop in 32-bit lanes) against lif_step_basic, neuron by neuron, on
// random and extreme constants, states and inputs; and the delay ring's modulo-2^32 sums.
#include "cores/lif_lanes.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "cores/delay_ring.h"

namespace nm {
namespace {

TEST(LifLanes, MatchesBasicStepOnRandomAndExtremeValues) {
  std::mt19937_64 rng(11);
  auto pick = [&](std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  };
  constexpr std::int64_t kI32Min = std::numeric_limits<std::int32_t>::min();
  constexpr std::int64_t kI32Max = std::numeric_limits<std::int32_t>::max();
  constexpr std::uint32_t n = 203;  // not a multiple of any vector width
  std::vector<LifConstants> k(n);
  std::vector<LifState> ref(n);
  std::vector<std::int32_t> u(n), v(n);
  for (std::uint32_t c = 0; c < n; ++c) {
    const std::int32_t keeps[] = {0, 1, 4095, 4096, static_cast<std::int32_t>(pick(0, 4096))};
    k[c].decay_u_keep = keeps[c % 5];
    k[c].decay_v_keep = keeps[(c / 5) % 5];
    constexpr std::int64_t kBig = std::int64_t{1} << 40;
    const std::int64_t biases[] = {0, pick(-5000, 5000), pick(-kBig, kBig),
                                   (std::int64_t{1} << 25) + 1, -(std::int64_t{1} << 26)};
    k[c].bias = biases[c % 5];
    const std::int64_t thresholds[] = {pick(0, 1 << 20), kLifStateMax, kLifStateMax + 5,
                                       -kLifStateMax - 1, -(std::int64_t{1} << 30), 100 << 6};
    k[c].threshold = thresholds[c % 6];
    // u may start anywhere in 32 bits (u0 is not range-checked); v within the lanes' range.
    const std::int64_t u0s[] = {pick(-(1 << 23), 1 << 23), kI32Min, kI32Max, 1 << 23, -(1 << 23)};
    u[c] = ref[c].u = static_cast<std::int32_t>(u0s[c % 5]);
    v[c] = ref[c].v = static_cast<std::int32_t>(pick(-kLifStateMax, kLifStateMax));
  }
  ASSERT_TRUE(LifLanes::exact_for(k, v));
  const LifLanes lanes(k);
  std::vector<std::int32_t> a_in(n), spiked(n), next_v(n);
  std::uint64_t spikes = 0;
  for (int step = 0; step < 40; ++step) {
    std::vector<std::int64_t> a(n);
    for (std::uint32_t c = 0; c < n; ++c) {
      const std::int64_t inputs[] = {0, pick(-64 * 300, 64 * 300), pick(kI32Min, kI32Max),
                                     pick(-(std::int64_t{1} << 45), std::int64_t{1} << 45)};
      a[c] = inputs[(c + step) % 4];
      DelayRing::accumulate(a_in[c], a[c]);  // what the ring holds: a modulo 2^32
    }
    lanes.step(u.data(), v.data(), a_in.data(), spiked.data(), next_v.data());
    for (std::uint32_t c = 0; c < n; ++c) {
      std::int64_t v_at_spike = 0;
      const bool fired = lif_step_basic(k[c], a[c], ref[c], v_at_spike);
      ASSERT_EQ(spiked[c], fired ? 1 : 0) << "neuron " << c << " step " << step;
      ASSERT_EQ(u[c], ref[c].u) << "neuron " << c << " step " << step;
      ASSERT_EQ(v[c], ref[c].v) << "neuron " << c << " step " << step;
      ASSERT_EQ(next_v[c], v_at_spike) << "neuron " << c << " step " << step;
      EXPECT_EQ(a_in[c], 0);
      spikes += fired;
    }
  }
  EXPECT_GT(spikes, 100u);
  EXPECT_LT(spikes, 40u * n);
}

TEST(LifLanes, RefusesKeepsOrVoltagesOutOfRange) {
  std::vector<LifConstants> k(2);
  EXPECT_TRUE(LifLanes::exact_for(k, {0, static_cast<std::int32_t>(-kLifStateMax)}));
  EXPECT_FALSE(LifLanes::exact_for(k, {0, static_cast<std::int32_t>(kLifStateMax + 1)}));
  k[1].decay_v_keep = 4097;
  EXPECT_FALSE(LifLanes::exact_for(k, {0, 0}));
  k[1].decay_v_keep = 4096;
  k[0].decay_u_keep = -1;
  EXPECT_FALSE(LifLanes::exact_for(k, {0, 0}));
}

TEST(DelayRing, AccumulatesModulo2To32) {
  DelayRing ring(1, 0);
  ring.add(1, 0, 0, std::int64_t{1} << 31);
  ring.add(1, 0, 0, std::int64_t{1} << 31);
  ring.add(1, 0, 0, -5);
  EXPECT_EQ(ring.inputs_for(1)[0], -5);
  ring.add(1, 0, 0, (std::int64_t{3} << 32) + 9);
  EXPECT_EQ(ring.inputs_for(1)[0], 4);
}

}  // namespace
}  // namespace nm
