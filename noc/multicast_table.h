// One router's multicast routing table, SpiNNaker-like: ordered (key, mask) -> output-port set
// entries; a packet with routing key k takes the first entry with (k & mask) == key. When
// nothing matches, default routing sends it straight on (out of the port opposite the one it came
// in by); a packet injected by a local core must match an entry. At most `capacity` entries.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace nm {

struct MulticastEntry {
  std::uint32_t key = 0;
  std::uint32_t mask = 0xFFFFFFFFu;
  std::uint32_t ports = 0;  // bit p set: send a copy out of port p (mesh directions and local ports)
};

class MulticastTable {
 public:
  explicit MulticastTable(std::uint32_t capacity = 1024) : capacity_(capacity) {}

  std::uint32_t capacity() const { return capacity_; }
  std::size_t size() const { return entries_.size(); }
  const std::vector<MulticastEntry>& entries() const { return entries_; }
  // Appends an entry (lower priority than every earlier one). Capacity is checked by the
  // builder, which can name the mapping that overflows; add() itself never refuses.
  void add(const MulticastEntry& e) { entries_.push_back(e); }
  // Output-port set of the first matching entry; nullopt = no match (default routing).
  std::optional<std::uint32_t> lookup(std::uint32_t key) const;

 private:
  std::uint32_t capacity_;
  std::vector<MulticastEntry> entries_;
};

}  // namespace nm
