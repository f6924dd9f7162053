// Per-core resource accounting shared by every mapping strategy and the mapping-file reader:
// the limits one core imposes (from the architecture and the network's mapping hints), the exact
// use of every core for a given neuron -> core assignment, and the refusal messages that name
// the binding resource and how much is missing.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cores/core_params.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

enum class Resource {
  Neurons = 0,
  InputAxons = 1,
  OutputAxons = 2,
  SynapseMemory = 3,
  DendriticAccumulators = 4
};
constexpr int kResourceCount = 5;

struct CoreLimits {
  std::uint32_t neurons = 0;         // compartments, after mapping.neurons_per_core [count]
  std::uint32_t input_axons = 0;     // [count]
  std::uint32_t output_axons = 0;    // [count]
  std::uint64_t synapse_bits = 0;    // [bits]
  std::uint64_t dendritic_accumulators = 0;  // neurons x (largest delay + 1) [accumulators]
  bool hinted = false;               // neurons comes from mapping.neurons_per_core
  CoreCapacity capacity;             // the core, for per-synapse costs (mapper/synapse_cost.h)

  std::uint64_t limit(Resource r) const;
  // The config key of the limit: "core.input_axons" (or "mapping.neurons_per_core").
  std::string key(Resource r) const;
  // "input axons, 4096 per core (core.input_axons)"
  std::string describe(Resource r) const;
};

// Synapse memory one synapse takes, as the sequential mapper charges it: by its projection's
// encoding (mapper/synapse_cost.h), or synapse_cost_bits() for hand-built networks [bits].
class SynapsePricer {
 public:
  SynapsePricer(const SnnNetwork& net, const CoreCapacity& cap);
  std::uint64_t operator()(const Synapse& s) const;

 private:
  const SnnNetwork& net_;
  CoreCapacity cap_;
  std::uint64_t legacy_ = 0;  // hand-built networks: one price for every synapse
};

CoreLimits make_core_limits(const SnnNetwork& net, const CoreCapacity& cap);

// Use of resource r recorded in u.
std::uint64_t used(const CoreUsage& u, Resource r);

// Per-synapse limits every mapping path (each strategy and the mapping-file reader) checks
// first: throws CapacityError when a projection's weight field is wider than core.weight_bits
// or a synapse's delay exceeds core.max_delay_steps, naming the projection and the excess.
void check_synapse_limits(const SnnNetwork& net, const CoreCapacity& cap);

// Exact use of each of `cores` cores when neuron n sits on core_of[n]. Synapses must be sorted
// by (pre, post), as the loader leaves them.
std::vector<CoreUsage> measure_usage(const SnnNetwork& net, const std::vector<CoreId>& core_of,
                                     std::uint32_t cores, const CoreCapacity& cap);

// Adds the input axons (and the reward neurons' output axons) that reward populations of plastic
// projections take (docs/learning.md section 5): one per (reward neuron, core holding a synapse
// of the projection), unless that neuron already feeds the core through a synapse.
void add_reward_axon_usage(const SnnNetwork& net, const std::vector<CoreId>& core_of,
                           std::vector<CoreUsage>& usage);

// Throws CapacityError for the first core over any limit: "<label>: needs 5021 output axons,
// the limit is 4096 (core.output_axons): 925 too many". `label(k)` names core k; the default
// names the core and the populations on it.
void check_usage(const SnnNetwork& net, const std::vector<CoreId>& core_of,
                 const std::vector<CoreUsage>& usage, const CoreLimits& limits,
                 const std::function<std::string(CoreId)>& label = {});

// Builds the Mapping for a legal assignment: compartments in neuron-id order on every core,
// exact usage, cores_used = cores holding at least one neuron. Checks every limit.
Mapping finish_mapping(const SnnNetwork& net, std::vector<CoreId> core_of, std::uint32_t cores,
                       const std::string& strategy, const CoreLimits& limits,
                       const std::function<std::string(CoreId)>& label = {});

}  // namespace nm
