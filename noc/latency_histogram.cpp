#include "noc/latency_histogram.h"

#include <algorithm>
#include <cmath>

namespace nm {

void LatencyHistogram::add(Cycle latency, std::uint64_t count) {
  counts_[latency] += count;
  count_ += count;
  sum_ += latency * count;
}

void LatencyHistogram::merge(const LatencyHistogram& other) {
  for (const auto& [latency, n] : other.counts_) add(latency, n);
}

double LatencyHistogram::mean() const {
  return count_ == 0 ? 0.0 : static_cast<double>(sum_) / static_cast<double>(count_);
}

Cycle LatencyHistogram::percentile(double fraction) const {
  if (count_ == 0) return 0;
  const auto rank = static_cast<std::uint64_t>(
      std::max(1.0, std::ceil(fraction * static_cast<double>(count_))));
  std::uint64_t seen = 0;
  for (const auto& [latency, n] : counts_) {
    seen += n;
    if (seen >= rank) return latency;
  }
  return counts_.rbegin()->first;
}

}  // namespace nm
