#include "noc/multicast_table.h"

namespace nm {

std::optional<std::uint32_t> MulticastTable::lookup(std::uint32_t key) const {
  for (const MulticastEntry& e : entries_) {
    if ((key & e.mask) == e.key) return e.ports;
  }
  return std::nullopt;
}

}  // namespace nm
