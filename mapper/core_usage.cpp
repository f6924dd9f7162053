#include "mapper/core_usage.h"

#include <algorithm>
#include <set>
#include <utility>

#include "common/errors.h"
#include "mapper/sequential_mapper.h"
#include "mapper/synapse_cost.h"

namespace nm {

namespace {

const char* kNames[kResourceCount] = {"neurons", "input axons", "output axons",
                                      "bits of synapse memory", "dendritic accumulators"};

std::string neuron_name(const SnnNetwork& net, NeuronId id) {
  const Population& p = net.population_of(id);
  return p.name + "[" + std::to_string(id - p.first_id) + "]";
}

// "core 5 (population 'exc')" or "core 5 (populations 'a', 'b')".
std::string default_label(const SnnNetwork& net, const std::vector<CoreId>& core_of, CoreId k) {
  std::string names;
  int count = 0;
  for (const Population& p : net.populations) {
    for (std::uint32_t i = 0; i < p.size; ++i) {
      if (core_of[p.first_id + i] != k) continue;
      names += (count++ > 0 ? ", '" : "'") + p.name + "'";
      break;
    }
  }
  return "core " + std::to_string(k) + " (" + (count > 1 ? "populations " : "population ") +
         names + ")";
}

}  // namespace

std::uint64_t CoreLimits::limit(Resource r) const {
  switch (r) {
    case Resource::Neurons: return neurons;
    case Resource::InputAxons: return input_axons;
    case Resource::OutputAxons: return output_axons;
    case Resource::DendriticAccumulators: return dendritic_accumulators;
    case Resource::SynapseMemory: break;
  }
  return synapse_bits;
}

std::string CoreLimits::key(Resource r) const {
  switch (r) {
    case Resource::Neurons: return hinted ? "mapping.neurons_per_core" : "core.neurons";
    case Resource::InputAxons: return "core.input_axons";
    case Resource::OutputAxons: return "core.output_axons";
    case Resource::DendriticAccumulators: return "core.dendritic_accumulators";
    case Resource::SynapseMemory: break;
  }
  return "core.synapse_memory_bits";
}

std::string CoreLimits::describe(Resource r) const {
  switch (r) {
    case Resource::Neurons:
      return "neurons, " + std::to_string(neurons) + " per core (" +
             (hinted ? "mapping.neurons_per_core" : "core.neurons") + ")";
    case Resource::InputAxons:
      return "input axons, " + std::to_string(input_axons) + " per core (core.input_axons)";
    case Resource::OutputAxons:
      return "output axons, " + std::to_string(output_axons) + " per core (core.output_axons)";
    case Resource::DendriticAccumulators:
      return "dendritic accumulators, " + std::to_string(dendritic_accumulators) +
             " per core = neurons x (largest delay + 1) (core.dendritic_accumulators)";
    case Resource::SynapseMemory: break;
  }
  return "synapse memory, " + std::to_string(synapse_bits) +
         " bits per core (core.synapse_memory_bits)";
}

SynapsePricer::SynapsePricer(const SnnNetwork& net, const CoreCapacity& cap)
    : net_(net), cap_(cap) {
  if (!net.projections.empty()) return;
  const bool any_delay = std::any_of(net.synapses.begin(), net.synapses.end(),
                                     [](const Synapse& s) { return s.delay > 0; });
  legacy_ = synapse_cost_bits(cap, any_delay);
}

std::uint64_t SynapsePricer::operator()(const Synapse& s) const {
  return legacy_ != 0 ? legacy_ : synapse_bits(cap_, net_.projections[s.projection]);
}

CoreLimits make_core_limits(const SnnNetwork& net, const CoreCapacity& cap) {
  CoreLimits l;
  l.hinted = net.neurons_per_core_limit != 0 && net.neurons_per_core_limit < cap.neurons;
  l.neurons = l.hinted ? net.neurons_per_core_limit : cap.neurons;
  l.input_axons = cap.input_axons;
  l.output_axons = cap.output_axons;
  l.synapse_bits = cap.synapse_memory_bits;
  l.dendritic_accumulators = cap.dendritic_accumulators;
  l.capacity = cap;
  return l;
}

std::uint64_t used(const CoreUsage& u, Resource r) {
  switch (r) {
    case Resource::Neurons: return u.neurons;
    case Resource::InputAxons: return u.input_axons;
    case Resource::OutputAxons: return u.output_axons;
    case Resource::DendriticAccumulators: return u.dendritic_accumulators;
    case Resource::SynapseMemory: break;
  }
  return u.synapse_bits;
}

void check_synapse_limits(const SnnNetwork& net, const CoreCapacity& cap) {
  for (const ProjectionSpec& p : net.projections) {
    if (p.encoding.weight_bits <= cap.weight_bits) continue;
    throw CapacityError("projection '" + p.name + "' ('" + p.pre + "' -> '" + p.post + "') uses " +
                        std::to_string(p.encoding.weight_bits) +
                        " weight bits, the core stores at most " +
                        std::to_string(cap.weight_bits) + " (core.weight_bits): " +
                        std::to_string(p.encoding.weight_bits - cap.weight_bits) + " too many");
  }
  for (const Synapse& s : net.synapses) {
    if (s.delay <= cap.max_delay_steps) continue;
    throw CapacityError("projection '" + net.population_of(s.pre).name + "' -> '" +
                        net.population_of(s.post).name + "': synapse " + neuron_name(net, s.pre) +
                        " -> " + neuron_name(net, s.post) + " has a delay of " +
                        std::to_string(s.delay) + " steps, the limit is " +
                        std::to_string(cap.max_delay_steps) + " (core.max_delay_steps)");
  }
}

std::vector<CoreUsage> measure_usage(const SnnNetwork& net, const std::vector<CoreId>& core_of,
                                     std::uint32_t cores, const CoreCapacity& cap) {
  std::vector<CoreUsage> usage(cores);
  const SynapsePricer price(net, cap);
  for (CoreId k : core_of) ++usage[k].neurons;
  // Synapses are sorted by pre, so "last pre seen on this destination core" finds each distinct
  // (pre, destination core) pair once: one input axon there and one output axon at the source.
  std::vector<std::uint64_t> last_pre(cores, 0);  // pre + 1
  for (const Synapse& s : net.synapses) {
    const CoreId dst = core_of[s.post];
    CoreUsage& u = usage[dst];
    ++u.synapses;
    u.synapse_bits += price(s);
    u.max_delay_steps = std::max(u.max_delay_steps, s.delay);
    if (encoding_of(net, s).plastic) ++u.plastic_synapses;
    if (last_pre[dst] == std::uint64_t{s.pre} + 1) continue;
    last_pre[dst] = std::uint64_t{s.pre} + 1;
    ++usage[dst].input_axons;
    ++usage[core_of[s.pre]].output_axons;
  }
  for (CoreUsage& u : usage)
    u.dendritic_accumulators = std::uint64_t{u.neurons} * (u.max_delay_steps + 1);
  add_reward_axon_usage(net, core_of, usage);
  return usage;
}

void add_reward_axon_usage(const SnnNetwork& net, const std::vector<CoreId>& core_of,
                           std::vector<CoreUsage>& usage) {
  std::set<std::pair<NeuronId, CoreId>> fed;  // (reward neuron, core) pairs with an axon
  for (std::uint32_t p = 0; p < net.projections.size(); ++p) {
    const auto& learning = net.projections[p].learning;
    if (!learning || learning->reward_population.empty()) continue;
    const Population& reward = *net.find_population(learning->reward_population);
    if (fed.empty())  // existing axons of every reward neuron: its synapses' cores
      for (const Synapse& s : net.synapses) fed.insert({s.pre, core_of[s.post]});
    std::set<CoreId> cores;
    for (const Synapse& s : net.synapses)
      if (s.projection == p) cores.insert(core_of[s.post]);
    for (CoreId k : cores)
      for (NeuronId n = reward.first_id; n < reward.first_id + reward.size; ++n)
        if (fed.insert({n, k}).second) {
          ++usage[k].input_axons;
          ++usage[core_of[n]].output_axons;
        }
  }
}

void check_usage(const SnnNetwork& net, const std::vector<CoreId>& core_of,
                 const std::vector<CoreUsage>& usage, const CoreLimits& limits,
                 const std::function<std::string(CoreId)>& label) {
  for (CoreId k = 0; k < usage.size(); ++k) {
    for (int r = 0; r < kResourceCount; ++r) {
      const auto res = static_cast<Resource>(r);
      const std::uint64_t need = used(usage[k], res), have = limits.limit(res);
      if (need <= have) continue;
      const std::string who = label ? label(k) : default_label(net, core_of, k);
      throw CapacityError(who + " needs " + std::to_string(need) + " " + kNames[r] +
                          ", the limit is " + std::to_string(have) + " (" +
                          limits.key(res) + "): " + std::to_string(need - have) +
                          " too many");
    }
    const std::uint64_t cap = limits.capacity.plastic_synapses;  // 0: no cap of its own
    if (cap != 0 && usage[k].plastic_synapses > cap) {
      const std::string who = label ? label(k) : default_label(net, core_of, k);
      throw CapacityError(who + " needs " + std::to_string(usage[k].plastic_synapses) +
                          " plastic synapses, the limit is " + std::to_string(cap) +
                          " (core.plastic_synapses): " +
                          std::to_string(usage[k].plastic_synapses - cap) + " too many");
    }
  }
}

Mapping finish_mapping(const SnnNetwork& net, std::vector<CoreId> core_of, std::uint32_t cores,
                       const std::string& strategy, const CoreLimits& limits,
                       const std::function<std::string(CoreId)>& label) {
  Mapping m;
  m.strategy = strategy;
  m.usage = measure_usage(net, core_of, cores, limits.capacity);
  check_usage(net, core_of, m.usage, limits, label);
  std::vector<std::uint32_t> next(cores, 0);
  m.compartment_of.resize(core_of.size());
  for (NeuronId n = 0; n < core_of.size(); ++n) m.compartment_of[n] = next[core_of[n]]++;
  m.core_of = std::move(core_of);
  m.cores_used = static_cast<std::uint32_t>(
      std::count_if(m.usage.begin(), m.usage.end(), [](const CoreUsage& u) { return u.neurons; }));
  return m;
}

}  // namespace nm
