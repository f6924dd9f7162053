// Exact histogram of packet latencies: a count per distinct latency, so mean and percentiles
// are exact (no bucketing) and deterministic. Latencies take few distinct values in practice.
#pragma once

#include <cstdint>
#include <map>

#include "common/types.h"

namespace nm {

class LatencyHistogram {
 public:
  void add(Cycle latency, std::uint64_t count = 1);
  void merge(const LatencyHistogram& other);
  std::uint64_t count() const { return count_; }
  Cycle sum() const { return sum_; }  // [cycles]
  double mean() const;                // [cycles], 0 when empty
  Cycle max() const { return count_ == 0 ? 0 : counts_.rbegin()->first; }  // [cycles]
  // Smallest latency L such that at least `fraction` of the packets took <= L cycles
  // (nearest-rank percentile; fraction in (0, 1]); 0 when empty [cycles].
  Cycle percentile(double fraction) const;
  const std::map<Cycle, std::uint64_t>& counts() const { return counts_; }

 private:
  std::map<Cycle, std::uint64_t> counts_;
  std::uint64_t count_ = 0;
  Cycle sum_ = 0;
};

}  // namespace nm
