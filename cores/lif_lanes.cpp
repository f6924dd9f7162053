#include "cores/lif_lanes.h"

#include <algorithm>

namespace nm {
namespace {

constexpr std::int64_t kBiasLimit = std::int64_t{1} << 25;  // |decay(v) + u| < 2^24 + 1

// x * keep / 4096 truncated toward zero, modulo 2^32 (exact as a signed value whenever it fits:
// always for |x| <= 2^23). keep in [0, 4096].
inline std::uint32_t decay32(std::int32_t x, std::uint32_t keep) {
  const std::uint32_t ux = static_cast<std::uint32_t>(x);
  const std::uint32_t mag = x < 0 ? 0u - ux : ux;
  const std::uint32_t r = (mag >> 12) * keep + (((mag & 4095u) * keep) >> 12);
  return x < 0 ? 0u - r : r;
}

// The loop of LifLanes::step. Distinct arrays (the caller's contract): __restrict lets GCC
// vectorise it without run-time overlap checks. Cloned per instruction set, picked at load time
// from the CPU's features (same results in each: integer arithmetic): baseline x86-64 has no
// 32-bit vector multiply or min/max, SSE4.1 and AVX2 have.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "sse4.1", "default")))
#endif
std::uint32_t step_lanes(std::uint32_t n, const std::int32_t* __restrict keep_u,
                         const std::int32_t* __restrict keep_v,
                         const std::int32_t* __restrict bias,
                         const std::int32_t* __restrict threshold, std::int32_t* __restrict u,
                         std::int32_t* __restrict v, std::int32_t* __restrict a_in,
                         std::int32_t* __restrict spiked, std::int32_t* __restrict next_v) {
  constexpr std::int32_t kMax = static_cast<std::int32_t>(kLifStateMax);
  std::uint32_t wraps = 0;  // a sum reduction: vectorises with the rest
  for (std::uint32_t c = 0; c < n; ++c) {
    // u: wrap24(decay(u) + a_in), on residues modulo 2^24 (2^24 divides 2^32).
    const std::uint32_t sum = decay32(u[c], static_cast<std::uint32_t>(keep_u[c])) +
                              static_cast<std::uint32_t>(a_in[c]);
    a_in[c] = 0;
    const std::int32_t new_u =
        static_cast<std::int32_t>((sum + 0x7FFFFFu) & 0xFFFFFFu) - 0x7FFFFF;
    u[c] = new_u;
    wraps += static_cast<std::int32_t>(sum) != new_u;  // the sum, as a signed value, wrapped
    // v: |decay(v)| <= 2^23, |u| <= 2^23, |bias| <= 2^25: no 32-bit overflow.
    const std::uint32_t decayed_v = decay32(v[c], static_cast<std::uint32_t>(keep_v[c]));
    std::int32_t x = static_cast<std::int32_t>(decayed_v) + new_u + bias[c];
    x = std::min(std::max(x, -kMax), kMax);
    next_v[c] = x;
    const bool fired = x > threshold[c];
    spiked[c] = fired;
    v[c] = fired ? 0 : x;
  }
  return wraps;
}

}  // namespace

LifLanes::LifLanes(const std::vector<LifConstants>& constants) {
  const std::size_t n = constants.size();
  keep_u_.resize(n);
  keep_v_.resize(n);
  bias_.resize(n);
  threshold_.resize(n);
  for (std::size_t c = 0; c < n; ++c) {
    const LifConstants& k = constants[c];
    keep_u_[c] = k.decay_u_keep;
    keep_v_[c] = k.decay_v_keep;
    bias_[c] = static_cast<std::int32_t>(std::clamp(k.bias, -kBiasLimit, kBiasLimit));
    threshold_[c] = static_cast<std::int32_t>(
        std::clamp(k.threshold, -kLifStateMax - 1, kLifStateMax));
  }
}

bool LifLanes::exact_for(const std::vector<LifConstants>& constants,
                         const std::vector<std::int32_t>& v) {
  auto keep_ok = [](std::int32_t keep) { return keep >= 0 && keep <= 4096; };
  for (const LifConstants& k : constants)
    if (!keep_ok(k.decay_u_keep) || !keep_ok(k.decay_v_keep)) return false;
  return std::all_of(v.begin(), v.end(),
                     [](std::int32_t x) { return x >= -kLifStateMax && x <= kLifStateMax; });
}

std::uint32_t LifLanes::step(std::int32_t* u, std::int32_t* v, std::int32_t* a_in,
                             std::int32_t* spiked, std::int32_t* next_v) const {
  return step_lanes(size(), keep_u_.data(), keep_v_.data(), bias_.data(), threshold_.data(), u,
                    v, a_in, spiked, next_v);
}

}  // namespace nm
