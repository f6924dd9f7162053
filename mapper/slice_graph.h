// The network at population-slice granularity: each population is cut into slices of at most
// `slice_neurons` consecutive neurons (never across populations), the unit the partitioner and
// legaliser move. Small networks use one neuron per slice; large ones bigger slices so that a
// million-neuron network has about `max_slices` vertices (the slice size divides the per-core
// neuron limit, so whole slices can fill a core). For every slice the graph keeps its
// distinct source neurons (the neurons with a synapse onto it), which is all the exact per-core
// accounting and the traffic objective need.
#pragma once

#include <cstdint>
#include <vector>

#include "common/types.h"
#include "cores/core_params.h"
#include "mapper/snn_network.h"

namespace nm {

struct Slice {
  std::uint32_t population = 0;  // index in SnnNetwork::populations
  NeuronId first = 0;            // global id of its first neuron
  std::uint32_t count = 0;       // neurons [count]
};

class SliceGraph {
 public:
  // `max_slices` bounds the number of slices; `max_slice_neurons` bounds a slice (the per-core
  // neuron limit, so every slice fits an empty core).
  // `cap` prices each synapse in synapse memory (mapper/synapse_cost.h).
  SliceGraph(const SnnNetwork& net, const CoreCapacity& cap, std::uint32_t max_slices,
             std::uint32_t max_slice_neurons);

  std::uint32_t size() const { return static_cast<std::uint32_t>(slices_.size()); }
  std::uint32_t slice_neurons() const { return slice_neurons_; }
  const Slice& slice(std::uint32_t s) const { return slices_[s]; }
  std::uint32_t slice_of(NeuronId n) const { return slice_of_[n]; }
  // Distinct source neurons of slice s, ascending.
  const NeuronId* sources_begin(std::uint32_t s) const { return pre_.data() + offset_[s]; }
  const NeuronId* sources_end(std::uint32_t s) const { return pre_.data() + offset_[s + 1]; }
  std::uint64_t source_count(std::uint32_t s) const { return offset_[s + 1] - offset_[s]; }
  // Synapses onto slice s [count].
  std::uint64_t synapses(std::uint32_t s) const { return synapses_[s]; }
  // Synapse memory of the synapses onto slice s [bits].
  std::uint64_t bits(std::uint32_t s) const { return bits_[s]; }
  // Largest delay of a synapse onto slice s [steps].
  std::uint32_t max_delay(std::uint32_t s) const { return max_delay_[s]; }

 private:
  std::uint32_t slice_neurons_ = 1;
  std::vector<Slice> slices_;
  std::vector<std::uint32_t> slice_of_;  // neuron -> slice
  std::vector<std::uint64_t> offset_;    // CSR offsets into pre_, size() + 1 entries
  std::vector<NeuronId> pre_;
  std::vector<std::uint64_t> synapses_, bits_;
  std::vector<std::uint32_t> max_delay_;
};

}  // namespace nm
