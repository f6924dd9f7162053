#include "noc/latency_histogram.h"

#include <algorithm>
#include <cmath>

namespace nm {

void LatencyHistogram::add(Cycle latency, std::uint64_t count) {
  if (latency < kDense) {
    if (dense_.empty()) dense_.assign(kDense, 0);
    dense_[latency] += count;
    pending_ = true;
  } else {
    counts_[latency] += count;
  }
  count_ += count;
  sum_ += latency * count;
}

void LatencyHistogram::merge(const LatencyHistogram& other) {
  for (const auto& [latency, n] : other.counts()) add(latency, n);
}

void LatencyHistogram::fold() const {
  for (Cycle l = 0; l < dense_.size(); ++l) {
    if (dense_[l] == 0) continue;
    counts_[l] += dense_[l];
    dense_[l] = 0;
  }
  pending_ = false;
}

double LatencyHistogram::mean() const {
  return count_ == 0 ? 0.0 : static_cast<double>(sum_) / static_cast<double>(count_);
}

Cycle LatencyHistogram::percentile(double fraction) const {
  if (count_ == 0) return 0;
  const auto rank = static_cast<std::uint64_t>(
      std::max(1.0, std::ceil(fraction * static_cast<double>(count_))));
  std::uint64_t seen = 0;
  for (const auto& [latency, n] : counts()) {
    seen += n;
    if (seen >= rank) return latency;
  }
  return counts().rbegin()->first;
}

}  // namespace nm
