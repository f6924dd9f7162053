#include "mapper/slice_graph.h"

#include <algorithm>

#include "mapper/core_usage.h"

namespace nm {

SliceGraph::SliceGraph(const SnnNetwork& net, const CoreCapacity& cap, std::uint32_t max_slices,
                       std::uint32_t max_slice_neurons) {
  const std::uint64_t n = net.neuron_count();
  const std::uint64_t wanted = (n + max_slices - 1) / std::max<std::uint32_t>(max_slices, 1);
  // The largest divisor of the per-core neuron limit not above `wanted`, so that whole slices
  // can fill a core exactly (slices of 11 on 256-neuron cores would leave cores part-empty).
  slice_neurons_ = 1;
  for (std::uint64_t d = std::min<std::uint64_t>(wanted, max_slice_neurons); d > 1; --d) {
    if (max_slice_neurons % d != 0) continue;
    slice_neurons_ = static_cast<std::uint32_t>(d);
    break;
  }
  slice_of_.resize(n);
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const Population& pop = net.populations[p];
    for (std::uint32_t i = 0; i < pop.size; i += slice_neurons_) {
      const std::uint32_t count = std::min(slice_neurons_, pop.size - i);
      const auto s = static_cast<std::uint32_t>(slices_.size());
      slices_.push_back({p, pop.first_id + i, count});
      std::fill(slice_of_.begin() + pop.first_id + i, slice_of_.begin() + pop.first_id + i + count,
                s);
    }
  }
  // Synapses are sorted by pre, so "last pre seen for this slice" finds each distinct
  // (pre, slice) pair once; two passes build the CSR lists in ascending pre order.
  const std::size_t k = slices_.size();
  offset_.assign(k + 1, 0);
  synapses_.assign(k, 0);
  bits_.assign(k, 0);
  max_delay_.assign(k, 0);
  std::vector<std::uint64_t> last(k, 0);  // pre + 1
  const SynapsePricer price(net, cap);
  for (const Synapse& syn : net.synapses) {
    const std::uint32_t s = slice_of_[syn.post];
    ++synapses_[s];
    bits_[s] += price(syn);
    max_delay_[s] = std::max(max_delay_[s], syn.delay);
    if (last[s] == std::uint64_t{syn.pre} + 1) continue;
    last[s] = std::uint64_t{syn.pre} + 1;
    ++offset_[s + 1];
  }
  for (std::size_t s = 0; s < k; ++s) offset_[s + 1] += offset_[s];
  pre_.resize(offset_[k]);
  std::vector<std::uint64_t> fill(offset_.begin(), offset_.end() - 1);
  std::fill(last.begin(), last.end(), 0);
  for (const Synapse& syn : net.synapses) {
    const std::uint32_t s = slice_of_[syn.post];
    if (last[s] == std::uint64_t{syn.pre} + 1) continue;
    last[s] = std::uint64_t{syn.pre} + 1;
    pre_[fill[s]++] = syn.pre;
  }
}

}  // namespace nm
