#include "mapper/splitter_insertion.h"

#include <algorithm>
#include <string>
#include <vector>

#include "common/errors.h"
#include "mapper/core_usage.h"

namespace nm {

namespace {

// One splitter to create: relays `source`'s spikes to its synapses onto core `dst`.
struct Split {
  NeuronId source;
  CoreId dst;
};

TnNeuronSpec splitter_neuron() {
  TnNeuronSpec s;
  s.params.weights[0] = 1;
  s.params.threshold = 1;
  s.params.reset_mode = TnResetMode::Normal;
  s.params.reset_potential = 0;
  return s;
}

// First core, scanning from `from`, with `slots` free neurons and a free input axon.
CoreId find_room(const Mapping& m, const CoreCapacity& cap, CoreId from, std::uint32_t slots,
                 const std::string& who) {
  const auto cores = static_cast<CoreId>(m.usage.size());
  for (CoreId i = 0; i < cores; ++i) {
    const CoreId k = (from + i) % cores;
    const CoreUsage& u = m.usage[k];
    if (u.neurons + slots <= cap.neurons && u.input_axons + 1 <= cap.input_axons) return k;
  }
  throw CapacityError(who + " needs " + std::to_string(slots) +
                      " splitter neurons on one core with a free input axon, and no core has "
                      "room (binding resource: neurons, core.neurons = " +
                      std::to_string(cap.neurons) + ")");
}

}  // namespace

SplitterReport insert_splitters(SnnNetwork& net, Mapping& mapping, const CoreCapacity& cap) {
  SplitterReport report;
  // Destination cores of every source, in synapse order (synapses sorted by (pre, post)).
  std::vector<Split> splits;
  std::vector<std::uint32_t> first_split(net.neuron_count() + 1, 0);
  {
    std::vector<std::vector<CoreId>> dsts(net.neuron_count());
    for (const Synapse& s : net.synapses) {
      auto& d = dsts[s.pre];
      const CoreId c = mapping.core_of[s.post];
      if (std::find(d.begin(), d.end(), c) == d.end()) d.push_back(c);
    }
    for (NeuronId n = 0; n < net.neuron_count(); ++n) {
      first_split[n] = static_cast<std::uint32_t>(splits.size());
      if (dsts[n].size() < 2) continue;
      if (dsts[n].size() > cap.neurons)
        throw CapacityError("neuron " + net.population_of(n).name + "[" +
                            std::to_string(n - net.population_of(n).first_id) + "] reaches " +
                            std::to_string(dsts[n].size()) + " cores, more than one splitter "
                            "core's " + std::to_string(cap.neurons) +
                            " neurons (binding resource: one target per neuron)");
      for (CoreId c : dsts[n]) splits.push_back({n, c});
      ++report.sources_split;
    }
    first_split[net.neuron_count()] = static_cast<std::uint32_t>(splits.size());
  }
  if (splits.empty()) return report;

  // The splitter population and its input projection.
  const NeuronId base = net.neuron_count();
  Population pop;
  pop.name = "splitters";
  pop.size = static_cast<std::uint32_t>(splits.size());
  pop.model = Population::Model::TrueNorth;
  pop.first_id = base;
  pop.truenorth.assign(pop.size, splitter_neuron());
  const auto in_projection = static_cast<std::uint32_t>(net.projections.size());
  ProjectionSpec in_spec;
  in_spec.name = "splitter_in";
  in_spec.pre = "*";
  in_spec.post = pop.name;
  net.projections.push_back(in_spec);

  // Place each source's group of splitters on one core.
  mapping.core_of.resize(base + pop.size);
  mapping.compartment_of.resize(base + pop.size);
  for (NeuronId n = 0; n < base; ++n) {
    const std::uint32_t k = first_split[n + 1] - first_split[n];
    if (k == 0) continue;
    const std::string who = "neuron " + net.population_of(n).name + "[" +
                            std::to_string(n - net.population_of(n).first_id) + "]";
    const CoreId core = find_room(mapping, cap, mapping.core_of[n], k, who);
    CoreUsage& u = mapping.usage[core];
    for (std::uint32_t i = first_split[n]; i < first_split[n + 1]; ++i) {
      mapping.core_of[base + i] = core;
      mapping.compartment_of[base + i] = u.neurons++;
    }
    ++u.input_axons;
  }

  // Rewire: source -> its splitters; each splitter -> the source's synapses onto its core.
  std::vector<Synapse> out;
  out.reserve(net.synapses.size() + splits.size());
  for (const Synapse& s : net.synapses) {
    if (first_split[s.pre + 1] == first_split[s.pre]) {
      out.push_back(s);
      continue;
    }
    const CoreId dst = mapping.core_of[s.post];
    std::uint32_t i = first_split[s.pre];
    while (splits[i].dst != dst) ++i;
    Synapse moved = s;
    moved.pre = base + i;
    if (s.delay == 0) ++report.late_synapses;
    moved.delay = s.delay > 0 ? s.delay - 1 : 0;
    out.push_back(moved);
  }
  for (std::uint32_t i = 0; i < splits.size(); ++i) {
    Synapse in;
    in.pre = splits[i].source;
    in.post = base + i;
    in.projection = in_projection;
    out.push_back(in);
  }
  std::stable_sort(out.begin(), out.end(), [](const Synapse& a, const Synapse& b) {
    return a.pre != b.pre ? a.pre < b.pre : a.post < b.post;
  });
  net.synapses = std::move(out);
  net.populations.push_back(std::move(pop));
  report.splitters = static_cast<std::uint32_t>(splits.size());
  mapping.usage = measure_usage(net, mapping.core_of,
                                static_cast<std::uint32_t>(mapping.usage.size()), cap);
  mapping.cores_used = static_cast<std::uint32_t>(std::count_if(
      mapping.usage.begin(), mapping.usage.end(), [](const CoreUsage& u) { return u.neurons; }));
  return report;
}

}  // namespace nm
