#include "mapper/sequential_mapper.h"

#include <algorithm>
#include <array>

#include "common/errors.h"
#include "mapper/core_usage.h"
#include "mapper/synapse_cost.h"

namespace nm {

namespace {

enum class Limit {
  Neurons = 0,
  InputAxons = 1,
  SynapseMemory = 2,
  DendriticAccumulators = 3,
  PlasticSynapses = 4
};

std::string describe_limit(Limit limit, const CoreCapacity& cap, std::uint32_t neuron_limit) {
  switch (limit) {
    case Limit::Neurons:
      return "neurons, " + std::to_string(neuron_limit) + " per core (" +
             (neuron_limit < cap.neurons ? "mapping.neurons_per_core" : "core.neurons") + ")";
    case Limit::InputAxons:
      return "input axons, " + std::to_string(cap.input_axons) + " per core (core.input_axons)";
    case Limit::DendriticAccumulators:
      return "dendritic accumulators, " + std::to_string(cap.dendritic_accumulators) +
             " per core = neurons x (largest delay + 1) (core.dendritic_accumulators)";
    case Limit::PlasticSynapses:
      return "plastic synapses, " + std::to_string(cap.plastic_synapses) +
             " per core (core.plastic_synapses)";
    case Limit::SynapseMemory:
      break;
  }
  return "synapse memory, " + std::to_string(cap.synapse_memory_bits) +
         " bits per core (core.synapse_memory_bits)";
}

std::string neuron_name(const SnnNetwork& net, NeuronId id) {
  const Population& p = net.population_of(id);
  return p.name + "[" + std::to_string(id - p.first_id) + "]";
}

// "population 'a'" or "populations 'a', 'b'" for the neurons [first, last] of one core.
std::string populations_on(const SnnNetwork& net, NeuronId first, NeuronId last) {
  std::string names;
  int count = 0;
  for (NeuronId id = first;;) {
    const Population& p = net.population_of(id);
    names += (count++ > 0 ? ", '" : "'") + p.name + "'";
    const NeuronId next = p.first_id + p.size;
    if (next > last) break;
    id = next;
  }
  return (count > 1 ? "populations " : "population ") + names;
}

// Fan-in lists in CSR form: the pre neurons of post neuron n are pre[offset[n] .. offset[n+1]).
// bits[n] is the synapse memory of n's fan-in, max_delay[n] the largest delay onto n.
struct FanIn {
  std::vector<std::uint64_t> offset;
  std::vector<NeuronId> pre;
  std::vector<std::uint64_t> bits;
  std::vector<std::uint32_t> max_delay;
  std::vector<std::uint32_t> plastic;  // plastic synapses onto n
};

FanIn build_fan_in(const SnnNetwork& net, const CoreCapacity& cap, std::uint32_t n) {
  FanIn f;
  f.offset.assign(std::size_t{n} + 1, 0);
  f.bits.assign(n, 0);
  f.max_delay.assign(n, 0);
  f.plastic.assign(n, 0);
  // Hand-built networks (no projection list) are charged the legacy single-sign cost.
  const bool any_delay = std::any_of(net.synapses.begin(), net.synapses.end(),
                                     [](const Synapse& s) { return s.delay > 0; });
  const std::uint64_t legacy = net.projections.empty() ? synapse_cost_bits(cap, any_delay) : 0;
  for (const Synapse& s : net.synapses) {
    if (encoding_of(net, s).plastic) ++f.plastic[s.post];
    ++f.offset[s.post + 1];
    f.bits[s.post] += legacy != 0 ? legacy : synapse_bits(cap, net.projections[s.projection]);
    f.max_delay[s.post] = std::max(f.max_delay[s.post], s.delay);
  }
  for (std::uint32_t i = 0; i < n; ++i) f.offset[i + 1] += f.offset[i];
  f.pre.resize(net.synapses.size());
  std::vector<std::uint64_t> fill(f.offset.begin(), f.offset.end() - 1);
  for (const Synapse& s : net.synapses) f.pre[fill[s.post]++] = s.pre;
  return f;
}

// Throws when one neuron's fan-in alone is more than an empty core can hold.
void check_own_fan_in(const SnnNetwork& net, const CoreCapacity& cap, NeuronId id,
                      std::uint32_t distinct_pre, std::uint64_t synapses, std::uint64_t bits) {
  std::string need;
  if (distinct_pre > cap.input_axons) {
    need = std::to_string(distinct_pre) + " input axons, a core has " +
           std::to_string(cap.input_axons) + " (core.input_axons)";
  } else if (bits > cap.synapse_memory_bits) {
    const bool uniform = synapses > 0 && bits % synapses == 0;
    need = std::to_string(bits) + " bits of synapse memory (" + std::to_string(synapses) +
           " synapses" + (uniform ? " x " + std::to_string(bits / synapses) + " bits" : "") +
           "), a core has " + std::to_string(cap.synapse_memory_bits) +
           " (core.synapse_memory_bits)";
  } else {
    return;
  }
  throw CapacityError("network does not fit: neuron " + neuron_name(net, id) + " alone needs " +
                      need);
}

// Neurons in id order onto cores 0, 1, ...; fills m.core_of and m.compartment_of and returns the
// use of every core opened, including (virtual) cores beyond the chip. closed_by counts the cores
// closed by each Limit.
std::vector<CoreUsage> place(const SnnNetwork& net, const CoreCapacity& cap,
                             std::uint32_t neuron_limit, Mapping& m,
                             std::array<std::uint64_t, 5>& closed_by) {
  const std::uint32_t n = net.neuron_count();
  const FanIn fan_in = build_fan_in(net, cap, n);
  m.core_of.resize(n);
  m.compartment_of.resize(n);
  std::vector<CoreUsage> usage;
  std::vector<std::uint32_t> on_core(n, 0);   // pre neuron -> last core (+1) it feeds
  std::vector<std::uint32_t> seen_for(n, 0);  // pre neuron -> last post neuron (+1) seen
  for (NeuronId id = 0; id < n; ++id) {
    const std::uint64_t begin = fan_in.offset[id], end = fan_in.offset[id + 1];
    const std::uint64_t synapses = end - begin;
    const auto open_token = static_cast<std::uint32_t>(usage.size());  // open core + 1
    std::uint32_t distinct = 0, fresh = 0;  // distinct pre neurons; those new to the open core
    for (std::uint64_t k = begin; k < end; ++k) {
      const NeuronId p = fan_in.pre[k];
      if (seen_for[p] == id + 1) continue;
      seen_for[p] = id + 1;
      ++distinct;
      if (open_token == 0 || on_core[p] != open_token) ++fresh;
    }
    const std::uint64_t bits = fan_in.bits[id];
    check_own_fan_in(net, cap, id, distinct, synapses, bits);
    bool open_new = usage.empty();
    if (!open_new) {
      const CoreUsage& u = usage.back();
      const std::uint64_t slots = std::max(u.max_delay_steps, fan_in.max_delay[id]) + 1;
      Limit why = Limit::Neurons;
      if (u.neurons + 1 > neuron_limit) {
        open_new = true;
      } else if (std::uint64_t{u.input_axons} + fresh > cap.input_axons) {
        open_new = true;
        why = Limit::InputAxons;
      } else if (u.synapse_bits + bits > cap.synapse_memory_bits) {
        open_new = true;
        why = Limit::SynapseMemory;
      } else if ((std::uint64_t{u.neurons} + 1) * slots > cap.dendritic_accumulators) {
        open_new = true;
        why = Limit::DendriticAccumulators;
      } else if (cap.plastic_synapses != 0 &&
                 u.plastic_synapses + fan_in.plastic[id] > cap.plastic_synapses) {
        open_new = true;
        why = Limit::PlasticSynapses;
      }
      if (open_new) ++closed_by[static_cast<std::size_t>(why)];
    }
    if (open_new) {
      usage.emplace_back();
      fresh = distinct;
    }
    const auto core = static_cast<std::uint32_t>(usage.size() - 1);
    for (std::uint64_t k = begin; k < end; ++k) on_core[fan_in.pre[k]] = core + 1;
    CoreUsage& u = usage.back();
    m.core_of[id] = core;
    m.compartment_of[id] = u.neurons++;
    u.input_axons += fresh;
    u.synapses += synapses;
    u.synapse_bits += bits;
    u.plastic_synapses += fan_in.plastic[id];
    u.max_delay_steps = std::max(u.max_delay_steps, fan_in.max_delay[id]);
    u.dendritic_accumulators = std::uint64_t{u.neurons} * (u.max_delay_steps + 1);
  }
  return usage;
}

// Counts distinct (pre neuron, destination core) pairs per source core (synapses are sorted by
// pre) and throws when a core has more than core.output_axons.
void count_output_axons(const SnnNetwork& net, const CoreCapacity& cap, const Mapping& m,
                        std::vector<CoreUsage>& usage) {
  std::vector<std::uint64_t> last_pre(usage.size(), 0);  // core -> last pre neuron (+1) counted
  for (const Synapse& s : net.synapses) {
    const CoreId dest = m.core_of[s.post];
    if (last_pre[dest] == std::uint64_t{s.pre} + 1) continue;
    last_pre[dest] = std::uint64_t{s.pre} + 1;
    ++usage[m.core_of[s.pre]].output_axons;
  }
  for (std::size_t c = 0; c < usage.size(); ++c) {
    if (usage[c].output_axons <= cap.output_axons) continue;
    const auto first =
        static_cast<NeuronId>(std::find(m.core_of.begin(), m.core_of.end(), c) - m.core_of.begin());
    throw CapacityError("core " + std::to_string(c) + " (" +
                        populations_on(net, first, first + usage[c].neurons - 1) + ") needs " +
                        std::to_string(usage[c].output_axons) + " output axons, the limit is " +
                        std::to_string(cap.output_axons) + " (core.output_axons): " +
                        std::to_string(usage[c].output_axons - cap.output_axons) + " too many");
  }
}

}  // namespace

std::uint32_t synapse_cost_bits(const CoreCapacity& cap, bool network_has_delays) {
  return cap.weight_bits + (network_has_delays ? cap.delay_bits : 0) + compartment_index_bits(cap);
}

Mapping map_sequential(const SnnNetwork& net, const CoreCapacity& cap, std::uint32_t cores) {
  check_synapse_limits(net, cap);
  const std::uint32_t neuron_limit = net.neurons_per_core_limit != 0
                                         ? std::min(cap.neurons, net.neurons_per_core_limit)
                                         : cap.neurons;
  Mapping m;
  m.strategy = "sequential";
  std::array<std::uint64_t, 5> closed_by{};
  std::vector<CoreUsage> usage = place(net, cap, neuron_limit, m, closed_by);
  if (usage.size() > cores) {
    const auto first_outside = static_cast<NeuronId>(
        std::find(m.core_of.begin(), m.core_of.end(), cores) - m.core_of.begin());
    const auto binding = static_cast<Limit>(std::max_element(closed_by.begin(), closed_by.end()) -
                                            closed_by.begin());
    throw CapacityError("network does not fit: population '" +
                        net.population_of(first_outside).name + "' needs " +
                        std::to_string(usage.size() - cores) + " more cores than the chip's " +
                        std::to_string(cores) +
                        " (binding limit: " + describe_limit(binding, cap, neuron_limit) + ")");
  }
  count_output_axons(net, cap, m, usage);
  add_reward_axon_usage(net, m.core_of, usage);
  check_usage(net, m.core_of, usage, make_core_limits(net, cap));  // reward axons may not fit
  m.cores_used = static_cast<std::uint32_t>(usage.size());
  usage.resize(cores);
  m.usage = std::move(usage);
  return m;
}

}  // namespace nm
