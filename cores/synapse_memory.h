// The synapse memory of one core, laid out as the hardware reads it: for each input axon a
// contiguous list of (target compartment, weight, delay). An incoming spike names an input axon;
// the core walks that axon's list, one synaptic operation per entry.
//
// Two host layouts, the same contents: when every entry has delay 0, a compartment below 2^16
// and a weight that fits 16 bits (the usual case), seal() keeps 4-byte NarrowSynapse entries,
// else 12-byte SynapseEntry ones. The synaptic stage streams these lists out of cache, so a third
// of the bytes is a third of the misses. Learning may write a weight or delay the narrow layout
// cannot hold: the memory then widens itself once.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace nm {

struct SynapseEntry {
  std::uint32_t compartment;  // target compartment on this core
  std::int32_t weight;        // effective weight (mantissa encoded by its projection) [u units]
  std::uint16_t delay;        // steps beyond the one-step minimum [steps]
};

// A delay-0 entry of the narrow layout.
struct NarrowSynapse {
  std::uint16_t compartment;  // target compartment on this core
  std::int16_t weight;        // effective weight [u units]
};

// An entry's delay in either layout [steps].
inline std::uint32_t delay_of(const SynapseEntry& e) { return e.delay; }
inline std::uint32_t delay_of(const NarrowSynapse&) { return 0; }

class SynapseMemory {
 public:
  // Builder: call add() grouped by axon in ascending axon order, then seal(). `allow_narrow`
  // false keeps the wide layout whatever the entries (tests compare the two).
  void add(std::uint32_t input_axon, const SynapseEntry& entry);
  void seal(std::uint32_t input_axon_count, bool allow_narrow = true);

  std::uint32_t axon_count() const {
    return offsets_.empty() ? 0 : static_cast<std::uint32_t>(offsets_.size() - 1);
  }
  std::uint32_t fanout(std::uint32_t axon) const { return offsets_[axon + 1] - offsets_[axon]; }
  std::size_t synapse_count() const { return narrow_ ? narrow_entries_.size() : entries_.size(); }
  // Entry k of axon's list, in either layout.
  SynapseEntry at(std::uint32_t axon, std::uint32_t k) const;

  // The hot loops read one layout directly: narrow() says which. Wide lists (only when
  // !narrow()) and narrow lists (only when narrow()), [begin, end) per axon.
  bool narrow() const { return narrow_; }
  const SynapseEntry* wide_begin(std::uint32_t axon) const {
    return entries_.data() + offsets_[axon];
  }
  const SynapseEntry* wide_end(std::uint32_t axon) const {
    return entries_.data() + offsets_[axon + 1];
  }
  const NarrowSynapse* narrow_begin(std::uint32_t axon) const {
    return narrow_entries_.data() + offsets_[axon];
  }
  const NarrowSynapse* narrow_end(std::uint32_t axon) const {
    return narrow_entries_.data() + offsets_[axon + 1];
  }

  // Cache hints for a core that knows which axons it will read next (no effect on results):
  // the two offsets of `axon` first, then, some axons later, the first lines of its list
  // (the hardware prefetcher follows the rest of a long list).
  void prefetch_offsets(std::uint32_t axon) const {
    prefetch_line(reinterpret_cast<const char*>(offsets_.data() + axon));
  }
  void prefetch_list(std::uint32_t axon) const {
    if (narrow_)
      prefetch_range(narrow_begin(axon), narrow_end(axon));
    else
      prefetch_range(wide_begin(axon), wide_end(axon));
  }

  // Host memory held by the sealed layout (entries and offsets) [bytes].
  std::size_t host_bytes() const {
    return entries_.capacity() * sizeof(SynapseEntry) +
           narrow_entries_.capacity() * sizeof(NarrowSynapse) +
           offsets_.capacity() * sizeof(std::uint32_t);
  }
  // Learning: entry `index` (the order of add() calls, 0-based) gets a new effective weight
  // [u units] / delay [steps]. The order does not change; the layout widens if it must.
  void set_weight(std::size_t index, std::int32_t weight);
  void set_delay(std::size_t index, std::uint16_t delay);

 private:
  // The first four lines of [b, e) (the hardware prefetcher follows longer lists), without a
  // loop: lines past a short list's end fall back to its last byte (no mispredicted exits).
  template <class Entry>
  static void prefetch_range(const Entry* b, const Entry* e) {
    constexpr std::ptrdiff_t kLine = 64;
    const char* const p = reinterpret_cast<const char*>(b);
    const char* const end = reinterpret_cast<const char*>(e);
    const char* const last = end > p ? end - 1 : p;
    prefetch_line(p);
    prefetch_line(std::min(p + kLine, last));
    prefetch_line(std::min(p + 2 * kLine, last));
    prefetch_line(std::min(p + 3 * kLine, last));
  }
  // One cache line. GCC 12 silently deletes __builtin_prefetch calls in loops or under branches
  // whose address comes from this memory, hence the volatile asm on x86.
  static void prefetch_line(const char* p) {
#if defined(__x86_64__) || defined(__i386__)
    asm volatile("prefetcht0 %0" : : "m"(*p));
#else
    __builtin_prefetch(p);
#endif
  }
  // Whether the narrow layout holds this entry exactly.
  static bool fits_narrow(const SynapseEntry& e);
  void widen();

  bool narrow_ = false;
  std::vector<SynapseEntry> entries_;          // wide layout (empty when narrow_)
  std::vector<NarrowSynapse> narrow_entries_;  // narrow layout (empty unless narrow_)
  std::vector<std::uint32_t> offsets_;  // axon a's list is entries [offsets_[a], offsets_[a+1])
  std::vector<std::uint32_t> axon_of_entry_;  // builder only
};

}  // namespace nm
