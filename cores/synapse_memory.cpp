#include "cores/synapse_memory.h"

#include <algorithm>
#include <limits>

#include "common/errors.h"

namespace nm {

void SynapseMemory::add(std::uint32_t input_axon, const SynapseEntry& entry) {
  if (!axon_of_entry_.empty() && input_axon < axon_of_entry_.back()) {
    throw InternalError("SynapseMemory::add: axons must be added in ascending order");
  }
  axon_of_entry_.push_back(input_axon);
  entries_.push_back(entry);
}

void SynapseMemory::seal(std::uint32_t input_axon_count, bool allow_narrow) {
  offsets_.assign(input_axon_count + 1, 0);
  for (std::uint32_t axon : axon_of_entry_) {
    if (axon >= input_axon_count) throw InternalError("SynapseMemory::seal: axon out of range");
    ++offsets_[axon + 1];
  }
  for (std::uint32_t a = 0; a < input_axon_count; ++a) offsets_[a + 1] += offsets_[a];
  axon_of_entry_.clear();
  axon_of_entry_.shrink_to_fit();
  narrow_ = allow_narrow && std::all_of(entries_.begin(), entries_.end(), fits_narrow);
  if (narrow_) {
    narrow_entries_.reserve(entries_.size());
    for (const SynapseEntry& e : entries_)
      narrow_entries_.push_back({static_cast<std::uint16_t>(e.compartment),
                                 static_cast<std::int16_t>(e.weight)});
    entries_ = {};
  }
  entries_.shrink_to_fit();  // the builder's doublings would leave up to 2x the entries' bytes
}

SynapseEntry SynapseMemory::at(std::uint32_t axon, std::uint32_t k) const {
  if (!narrow_) return wide_begin(axon)[k];
  const NarrowSynapse& e = narrow_begin(axon)[k];
  return {e.compartment, e.weight, 0};
}

bool SynapseMemory::fits_narrow(const SynapseEntry& e) {
  return e.delay == 0 && e.compartment <= std::numeric_limits<std::uint16_t>::max() &&
         e.weight >= std::numeric_limits<std::int16_t>::min() &&
         e.weight <= std::numeric_limits<std::int16_t>::max();
}

void SynapseMemory::widen() {
  entries_.reserve(narrow_entries_.size());
  for (const NarrowSynapse& e : narrow_entries_) entries_.push_back({e.compartment, e.weight, 0});
  narrow_entries_ = {};
  narrow_ = false;
}

void SynapseMemory::set_weight(std::size_t index, std::int32_t weight) {
  if (narrow_) {
    const NarrowSynapse& e = narrow_entries_[index];
    if (fits_narrow({e.compartment, weight, 0})) {
      narrow_entries_[index].weight = static_cast<std::int16_t>(weight);
      return;
    }
    widen();
  }
  entries_[index].weight = weight;
}

void SynapseMemory::set_delay(std::size_t index, std::uint16_t delay) {
  if (narrow_) {
    if (delay == 0) return;
    widen();
  }
  entries_[index].delay = delay;
}

}  // namespace nm
