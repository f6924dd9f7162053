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

constexpr std::int64_t kI32Min = std::numeric_limits<std::int32_t>::min();
constexpr std::int64_t kI32Max = std::numeric_limits<std::int32_t>::max();

// What one comparison saw, summed over its steps and neurons.
struct Seen {
  std::uint64_t spikes = 0;
  std::uint64_t wraps = 0;          // lif_step_basic's u_wraps [compartment updates]
  std::uint64_t beyond_2_31 = 0;    // updates with |decay(u) + input| >= 2^31
};

// 203 neurons (not a multiple of any vector width) with random and extreme constants and states,
// 40 steps of LifLanes against lif_step_basic, neuron by neuron. `input(c, step, decayed_u)`
// gives neuron c's input [u units] (the lanes see it modulo 2^32, as the delay ring keeps it).
// Each step's wrap count equals lif_step_basic's over the updates within the lanes' contract
// (|decay(u) + input| < 2^31), give or take the updates beyond it.
template <class Input>
Seen compare_with_basic_step(std::mt19937_64& rng, Input input) {
  auto pick = [&](std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  };
  constexpr std::uint32_t n = 203;
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
  EXPECT_TRUE(LifLanes::exact_for(k, v));
  const LifLanes lanes(k);
  std::vector<std::int32_t> a_in(n), spiked(n), next_v(n);
  Seen seen;
  for (int step = 0; step < 40; ++step) {
    std::vector<std::int64_t> a(n);
    std::uint64_t beyond = 0;
    for (std::uint32_t c = 0; c < n; ++c) {
      const std::int64_t decayed_u = decay_toward_zero(ref[c].u, k[c].decay_u_keep);
      a[c] = input(c, step, decayed_u);
      const std::int64_t sum = decayed_u + a[c];
      beyond += sum >= (std::int64_t{1} << 31) || sum <= -(std::int64_t{1} << 31);
      DelayRing::accumulate(a_in[c], a[c]);  // what the ring holds: a modulo 2^32
    }
    const std::uint32_t lanes_wraps =
        lanes.step(u.data(), v.data(), a_in.data(), spiked.data(), next_v.data());
    std::uint64_t wraps = 0, wraps_beyond = 0;
    for (std::uint32_t c = 0; c < n; ++c) {
      std::int64_t v_at_spike = 0;
      const std::int64_t sum = decay_toward_zero(ref[c].u, k[c].decay_u_keep) + a[c];
      const bool in_contract = sum < (std::int64_t{1} << 31) && sum > -(std::int64_t{1} << 31);
      std::uint64_t& count = in_contract ? wraps : wraps_beyond;
      const bool fired = lif_step_basic(k[c], a[c], ref[c], v_at_spike, &count);
      EXPECT_EQ(spiked[c], fired ? 1 : 0) << "neuron " << c << " step " << step;
      EXPECT_EQ(u[c], ref[c].u) << "neuron " << c << " step " << step;
      EXPECT_EQ(v[c], ref[c].v) << "neuron " << c << " step " << step;
      EXPECT_EQ(next_v[c], v_at_spike) << "neuron " << c << " step " << step;
      EXPECT_EQ(a_in[c], 0);
      seen.spikes += fired;
    }
    EXPECT_GE(lanes_wraps, wraps) << "step " << step;
    EXPECT_LE(lanes_wraps, wraps + beyond) << "step " << step;
    seen.wraps += wraps + wraps_beyond;
    seen.beyond_2_31 += beyond;
  }
  return seen;
}

TEST(LifLanes, MatchesBasicStepOnRandomAndExtremeValues) {
  std::mt19937_64 rng(11);
  const Seen seen = compare_with_basic_step(rng, [&](std::uint32_t c, int step, std::int64_t) {
    const std::int64_t inputs[] = {
        0, std::uniform_int_distribution<std::int64_t>(-64 * 300, 64 * 300)(rng),
        std::uniform_int_distribution<std::int64_t>(kI32Min, kI32Max)(rng),
        std::uniform_int_distribution<std::int64_t>(-(std::int64_t{1} << 45),
                                                    std::int64_t{1} << 45)(rng)};
    return inputs[(c + step) % 4];
  });
  EXPECT_GT(seen.spikes, 100u);
  EXPECT_LT(seen.spikes, 40u * 203);
  EXPECT_GT(seen.wraps, 100u);
}

// Inputs within the contract, at and just past both ends of u's range and up to 2^31 - 1 away:
// the lanes count exactly lif_step_basic's wraps.
TEST(LifLanes, CountsTheWrapsOfBasicStepWithinItsContract) {
  std::mt19937_64 rng(12);
  const Seen seen = compare_with_basic_step(rng, [&](std::uint32_t c, int step, std::int64_t d) {
    constexpr std::int64_t kHalf = std::int64_t{1} << 23;
    const std::int64_t sums[] = {kHalf, kHalf + 1, -kHalf + 1, -kHalf, kI32Max, kI32Min + 1,
                                 std::uniform_int_distribution<std::int64_t>(-kHalf, kHalf)(rng),
                                 std::uniform_int_distribution<std::int64_t>(kI32Min + 1,
                                                                             kI32Max)(rng)};
    return sums[(c + step) % 8] - d;  // decay(u) + input = the chosen sum
  });
  EXPECT_EQ(seen.beyond_2_31, 0u);
  EXPECT_GT(seen.wraps, 40u * 203 / 4);  // the sums past the range, and most random ones
  EXPECT_LT(seen.wraps, 40u * 203);      // not the sums at and within its ends
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
