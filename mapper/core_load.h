// Exact, incremental per-core accounting for moving population slices between cores: neurons,
// synapse memory, input axons (distinct source neurons per core) and output axons (distinct
// (neuron, destination core) pairs), plus the mapper's true objective, the expected packets per
// step = sum over neurons of rate x (distinct destination cores). The legaliser and the
// refinement ask it what a move would cost before making it.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "mapper/core_usage.h"
#include "mapper/slice_graph.h"

namespace nm {

class CoreLoad {
 public:
  // where[s] = the core of slice s (< cores).
  CoreLoad(const SliceGraph& graph, const std::vector<double>& rates, const CoreLimits& limits,
           std::uint32_t cores, std::vector<CoreId> where);

  struct MoveEffect {
    double gain = 0.0;   // expected packets per step saved (negative: the move adds traffic)
    bool legal = false;  // no core's use of any resource grows beyond its limit
    // Change of the total overflow of the cores the move touches: sum over cores and resources
    // of (use - limit) / limit where use > limit (negative: the move repairs) [limits].
    double overflow_change = 0.0;
  };
  MoveEffect evaluate(std::uint32_t slice, CoreId to) const;
  void move(std::uint32_t slice, CoreId to);

  std::uint32_t cores() const { return static_cast<std::uint32_t>(members_.size()); }
  CoreId core_of_slice(std::uint32_t s) const { return where_[s]; }
  const std::vector<CoreId>& where() const { return where_; }
  const std::vector<std::uint32_t>& slices_on(CoreId c) const { return members_[c]; }
  CoreUsage usage(CoreId c) const;
  std::uint64_t neurons_on(CoreId c) const { return neurons_[c]; }  // [count]
  // Amount by which core c exceeds the limit of r (0 when within it).
  std::uint64_t excess(CoreId c, Resource r) const;
  bool over(CoreId c) const;
  // Sum over cores and resources of (use - limit) / limit where use > limit [limits].
  double total_overflow() const;
  double objective() const;  // expected packets per step [packets/step]
  // Cores that slice s's sources already send to, by descending rate, at most `max` of them.
  std::vector<CoreId> candidates(std::uint32_t slice, std::size_t max) const;
  // The same cores, each with an estimate of evaluate(slice, core).gain that is within
  // `gain_tolerance` of it [packets/step] (skips evaluating moves that cannot gain).
  struct Candidate {
    CoreId core;
    double gain_estimate;
  };
  std::vector<Candidate> ranked_candidates(std::uint32_t slice, std::size_t max,
                                           double& gain_tolerance) const;

 private:
  CoreId core_of_neuron(NeuronId n) const { return where_[graph_.slice_of(n)]; }
  void add_dest(NeuronId n, CoreId c);
  bool remove_dest(NeuronId n, CoreId c);  // true when c left n's destination set
  std::uint32_t dest_refs(NeuronId n, CoreId c) const;

  const SliceGraph& graph_;
  const std::vector<double>& rates_;
  CoreLimits limits_;
  std::vector<CoreId> where_;
  std::vector<std::vector<std::uint32_t>> members_;
  std::uint32_t max_delay(CoreId c) const;  // largest delay onto core c [steps]
  // Largest delay onto core c once slice s has left it [steps].
  std::uint32_t max_delay_without(CoreId c, std::uint32_t s) const;
  // Overflow of core c for the given use, in limits (0 when within every limit) [limits].
  double overflow(std::uint64_t neurons, std::uint64_t bits, std::uint64_t inputs,
                  std::uint64_t outputs, std::uint64_t delay) const;

  std::vector<std::uint64_t> neurons_, synapses_, bits_, outputs_;
  std::vector<std::vector<std::uint32_t>> delays_;  // core -> slices by their largest delay
  std::vector<std::unordered_map<NeuronId, std::uint32_t>> inputs_;  // source -> slices fed
  std::vector<std::vector<std::pair<CoreId, std::uint32_t>>> dests_;  // neuron -> (core, slices)
  mutable std::vector<std::int64_t> delta_;  // scratch: output-axon change per core
  mutable std::vector<double> weight_;       // scratch: candidate weights per core
};

}  // namespace nm
