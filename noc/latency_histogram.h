// Exact histogram of packet latencies: a count per distinct latency, so mean and percentiles
// are exact (no bucketing) and deterministic. Latencies take few distinct values in practice.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "common/types.h"

namespace nm {

class LatencyHistogram {
 public:
  void add(Cycle latency, std::uint64_t count = 1);
  void add_one(Cycle latency) {  // add(latency, 1), inline for the per-packet path
    if (latency < kDense && !dense_.empty()) {
      ++dense_[latency];
      pending_ = true;
      ++count_;
      sum_ += latency;
    } else {
      add(latency, 1);
    }
  }
  void merge(const LatencyHistogram& other);
  std::uint64_t count() const { return count_; }
  Cycle sum() const { return sum_; }  // [cycles]
  double mean() const;                // [cycles], 0 when empty
  Cycle max() const { return count_ == 0 ? 0 : counts().rbegin()->first; }  // [cycles]
  // Smallest latency L such that at least `fraction` of the packets took <= L cycles
  // (nearest-rank percentile; fraction in (0, 1]); 0 when empty [cycles].
  Cycle percentile(double fraction) const;
  const std::map<Cycle, std::uint64_t>& counts() const {
    if (pending_) fold();
    return counts_;
  }

 private:
  // Latencies below kDense are counted in an array first (add() is on the per-packet path) and
  // folded into counts_ when anything reads the histogram.
  static constexpr Cycle kDense = 1024;
  void fold() const;
  mutable std::map<Cycle, std::uint64_t> counts_;
  mutable std::vector<std::uint64_t> dense_;  // count per latency < kDense, not yet in counts_
  mutable bool pending_ = false;              // dense_ holds counts not yet in counts_
  std::uint64_t count_ = 0;
  Cycle sum_ = 0;
};

}  // namespace nm
