#include "apps/digits/response_log.h"

#include <numeric>

namespace nm::digits {

ResponseLog::ResponseLog(std::ostream& out) : out_(out) {
  out_ << "part,sample,attempt,label,rate_hz,spikes,responses\n";
}

void ResponseLog::add(const char* part, std::uint64_t sample, std::uint32_t attempt, int label,
                      double rate_hz, const std::vector<std::uint32_t>& spike_counts) {
  const std::uint64_t total =
      std::accumulate(spike_counts.begin(), spike_counts.end(), std::uint64_t{0});
  out_ << part << ',' << sample << ',' << attempt << ',' << label << ',' << rate_hz << ','
       << total << ',';
  const char* separator = "";
  for (std::size_t n = 0; n < spike_counts.size(); ++n) {
    if (spike_counts[n] == 0) continue;
    out_ << separator << n << ':' << spike_counts[n];
    separator = " ";
  }
  out_ << '\n';
}

}  // namespace nm::digits
