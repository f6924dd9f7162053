// A CSV log of the Diehl & Cook experiment's responses: one row per sample presentation
// (repeats included) with the excitatory neurons that spiked and how often, for analysing
// what the network learned (which neurons win which digits, how many co-winners, how quiet).
//
// Columns: part (train, label or test), sample (0-based index within the part), attempt (0 for
// the first presentation, 1.. for the brighter repeats), label (the digit's class), rate_hz (the
// full-intensity pixel rate of this presentation [Hz]), spikes (excitatory spikes [spikes]),
// responses (space-separated neuron:count pairs, neuron = index in the excitatory population,
// in increasing neuron order, only neurons that spiked).
#pragma once

#include <cstdint>
#include <ostream>
#include <vector>

namespace nm::digits {

class ResponseLog {
 public:
  explicit ResponseLog(std::ostream& out);  // writes the header row

  void add(const char* part, std::uint64_t sample, std::uint32_t attempt, int label,
           double rate_hz, const std::vector<std::uint32_t>& spike_counts);

 private:
  std::ostream& out_;
};

}  // namespace nm::digits
