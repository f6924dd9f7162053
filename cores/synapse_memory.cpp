#include "cores/synapse_memory.h"

#include "common/errors.h"

namespace nm {

void SynapseMemory::add(std::uint32_t input_axon, const SynapseEntry& entry) {
  if (!axon_of_entry_.empty() && input_axon < axon_of_entry_.back()) {
    throw InternalError("SynapseMemory::add: axons must be added in ascending order");
  }
  axon_of_entry_.push_back(input_axon);
  entries_.push_back(entry);
}

void SynapseMemory::seal(std::uint32_t input_axon_count) {
  offsets_.assign(input_axon_count + 1, 0);
  for (std::uint32_t axon : axon_of_entry_) {
    if (axon >= input_axon_count) throw InternalError("SynapseMemory::seal: axon out of range");
    ++offsets_[axon + 1];
  }
  for (std::uint32_t a = 0; a < input_axon_count; ++a) offsets_[a + 1] += offsets_[a];
  axon_of_entry_.clear();
  axon_of_entry_.shrink_to_fit();
  entries_.shrink_to_fit();  // the builder's doublings would leave up to 2x the entries' bytes
}

}  // namespace nm
