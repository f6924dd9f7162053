#include "mapper/connectors.h"

#include <algorithm>
#include <cmath>

#include "common/errors.h"

namespace nm {

namespace {

// Candidate targets of pre neuron i are 0..m-1 with m = n_post (- 1 when i -> i is excluded);
// candidate j maps to post j, skipping i itself.
std::uint32_t candidate_to_post(std::uint32_t pre, std::uint32_t j, bool exclude_self) {
  return (exclude_self && j >= pre) ? j + 1 : j;
}

std::uint32_t candidates(std::uint32_t n_post, bool exclude_self) {
  return exclude_self ? n_post - 1 : n_post;
}

}  // namespace

std::vector<LocalPair> connect_all_to_all(std::uint32_t n_pre, std::uint32_t n_post,
                                          bool exclude_self) {
  const std::uint32_t m = candidates(n_post, exclude_self);
  std::vector<LocalPair> out;
  out.reserve(std::uint64_t{n_pre} * m);
  for (std::uint32_t i = 0; i < n_pre; ++i)
    for (std::uint32_t j = 0; j < m; ++j) out.push_back({i, candidate_to_post(i, j, exclude_self)});
  return out;
}

std::vector<LocalPair> connect_one_to_one(std::uint32_t n) {
  std::vector<LocalPair> out(n);
  for (std::uint32_t i = 0; i < n; ++i) out[i] = {i, i};
  return out;
}

std::vector<LocalPair> connect_fixed_probability(std::uint32_t n_pre, std::uint32_t n_post,
                                                 double p, bool exclude_self, Rng& rng) {
  if (!(p >= 0.0 && p <= 1.0)) throw InternalError("connection probability outside [0, 1]");
  if (p == 1.0) return connect_all_to_all(n_pre, n_post, exclude_self);
  std::vector<LocalPair> out;
  const std::uint32_t m = candidates(n_post, exclude_self);
  const std::uint64_t total = std::uint64_t{n_pre} * m;
  if (p == 0.0 || total == 0) return out;
  out.reserve(static_cast<std::size_t>(static_cast<double>(total) * p * 1.05) + 16);
  const double log_q = std::log1p(-p);
  // Walk the flattened (pre, candidate) index space; the gap before the next chosen pair is
  // geometric: floor(log(1 - U) / log(1 - p)) pairs skipped.
  std::uint64_t index = 0;
  while (true) {
    const double gap = std::floor(std::log1p(-rng.uniform()) / log_q);
    if (gap >= static_cast<double>(total - index)) break;
    index += static_cast<std::uint64_t>(gap);
    const auto pre = static_cast<std::uint32_t>(index / m);
    const auto j = static_cast<std::uint32_t>(index % m);
    out.push_back({pre, candidate_to_post(pre, j, exclude_self)});
    if (++index >= total) break;
  }
  return out;
}

std::vector<LocalPair> connect_fixed_fanout(std::uint32_t n_pre, std::uint32_t n_post,
                                            std::uint32_t fanout, bool exclude_self, Rng& rng) {
  const std::uint32_t m = candidates(n_post, exclude_self);
  if (fanout > m) throw InternalError("fanout larger than the candidate targets");
  std::vector<LocalPair> out;
  out.reserve(std::uint64_t{n_pre} * fanout);
  std::vector<std::uint32_t> stamp(m, 0);  // stamp[j] == i + 1: candidate j chosen for pre i
  std::vector<std::uint32_t> chosen;
  chosen.reserve(fanout);
  for (std::uint32_t i = 0; i < n_pre; ++i) {
    chosen.clear();
    // Floyd: for j = m - fanout .. m - 1 pick t in [0, j]; take j instead if t is already taken.
    for (std::uint32_t j = m - fanout; j < m; ++j) {
      auto t = static_cast<std::uint32_t>(rng.below(std::uint64_t{j} + 1));
      if (stamp[t] == i + 1) t = j;
      stamp[t] = i + 1;
      chosen.push_back(t);
    }
    std::sort(chosen.begin(), chosen.end());
    for (const std::uint32_t j : chosen) out.push_back({i, candidate_to_post(i, j, exclude_self)});
  }
  return out;
}

}  // namespace nm
