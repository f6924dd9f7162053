// The synapse memory of one core, laid out as the hardware reads it: for each input axon a
// contiguous list of (target compartment, weight, delay). An incoming spike names an input axon;
// the core walks that axon's list, one synaptic operation per entry.
#pragma once

#include <cstdint>
#include <vector>

namespace nm {

struct SynapseEntry {
  std::uint32_t compartment;  // target compartment on this core
  std::int32_t weight;        // effective weight (mantissa encoded by its projection) [u units]
  std::uint16_t delay;        // steps beyond the one-step minimum [steps]
};

class SynapseMemory {
 public:
  // Builder: call add() grouped by axon in ascending axon order, then seal().
  void add(std::uint32_t input_axon, const SynapseEntry& entry);
  void seal(std::uint32_t input_axon_count);

  std::uint32_t axon_count() const {
    return offsets_.empty() ? 0 : static_cast<std::uint32_t>(offsets_.size() - 1);
  }
  const SynapseEntry* begin(std::uint32_t axon) const { return entries_.data() + offsets_[axon]; }
  const SynapseEntry* end(std::uint32_t axon) const { return entries_.data() + offsets_[axon + 1]; }
  std::uint32_t fanout(std::uint32_t axon) const { return offsets_[axon + 1] - offsets_[axon]; }
  // Cache hints for a core that knows which axons it will read next (no effect on results):
  // the two offsets of `axon` first, then, some axons later, the first lines of its list
  // (the hardware prefetcher follows the rest of a long list).
  void prefetch_offsets(std::uint32_t axon) const { __builtin_prefetch(offsets_.data() + axon); }
  void prefetch_list(std::uint32_t axon) const {
    constexpr std::size_t kLineBytes = 64, kMaxLines = 8;
    const char* p = reinterpret_cast<const char*>(begin(axon));
    const char* const e = reinterpret_cast<const char*>(end(axon));
    for (std::size_t k = 0; k < kMaxLines && p < e; ++k, p += kLineBytes) __builtin_prefetch(p);
  }
  std::size_t synapse_count() const { return entries_.size(); }
  // Host memory held by the sealed layout (entries and offsets) [bytes].
  std::size_t host_bytes() const {
    return entries_.capacity() * sizeof(SynapseEntry) + offsets_.capacity() * sizeof(std::uint32_t);
  }
  // Learning: entry `index` (the order of add() calls, 0-based) gets a new effective weight
  // [u units] / delay [steps]. The layout does not change.
  void set_weight(std::size_t index, std::int32_t weight) { entries_[index].weight = weight; }
  void set_delay(std::size_t index, std::uint16_t delay) { entries_[index].delay = delay; }

 private:
  std::vector<SynapseEntry> entries_;
  std::vector<std::uint32_t> offsets_;  // axon a's list is entries_[offsets_[a], offsets_[a+1])
  std::vector<std::uint32_t> axon_of_entry_;  // builder only
};

}  // namespace nm
