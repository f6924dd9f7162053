#include "mapper/metis_mapper.h"

#include <algorithm>
#include <map>

#include "common/errors.h"
#include "mapper/core_load.h"
#include "mapper/core_usage.h"
#include "mapper/legalizer.h"
#include "mapper/metis_partitioner.h"
#include "mapper/placer.h"
#include "mapper/slice_graph.h"

namespace nm {

namespace {

std::uint64_t ceil_div(std::uint64_t a, std::uint64_t b) { return (a + b - 1) / b; }

// The fewest cores the additive resources (neurons, synapse memory) need; throws when that is
// more than the chip has, naming the resource and the shortfall.
std::uint32_t cores_needed(const SnnNetwork& net, const CoreLimits& limits, std::uint32_t cores) {
  const std::uint64_t neurons = net.neuron_count();
  std::uint64_t bits = 0;
  const SynapsePricer price(net, limits.capacity);
  for (const Synapse& s : net.synapses) bits += price(s);
  const std::uint64_t by_neurons = ceil_div(neurons, limits.neurons);
  const std::uint64_t by_bits = ceil_div(bits, limits.synapse_bits);
  const bool neurons_bind = by_neurons >= by_bits;
  const std::uint64_t need = std::max<std::uint64_t>({by_neurons, by_bits, 1});
  if (need <= cores) return static_cast<std::uint32_t>(need);
  const std::uint64_t missing =
      neurons_bind ? neurons - std::uint64_t{limits.neurons} * cores : bits - limits.synapse_bits * cores;
  throw CapacityError("network does not fit: it needs at least " + std::to_string(need) +
                      " cores, the chip has " + std::to_string(cores) + " (binding limit: " +
                      limits.describe(neurons_bind ? Resource::Neurons : Resource::SynapseMemory) +
                      "; " + std::to_string(missing) +
                      (neurons_bind ? " neurons" : " bits of synapse memory") + " missing)");
}

// Expected packets per step between logical cores (one per distinct (pre, destination core)).
std::vector<Flow> core_flows(const SnnNetwork& net, const std::vector<CoreId>& core_of,
                             const std::vector<double>& rates, std::uint32_t cores) {
  std::map<std::pair<CoreId, CoreId>, double> acc;
  std::vector<std::uint64_t> last_pre(cores, 0);  // pre + 1
  for (const Synapse& s : net.synapses) {
    const CoreId dst = core_of[s.post];
    if (last_pre[dst] == std::uint64_t{s.pre} + 1) continue;
    last_pre[dst] = std::uint64_t{s.pre} + 1;
    if (rates[s.pre] > 0.0 && core_of[s.pre] != dst) acc[{core_of[s.pre], dst}] += rates[s.pre];
  }
  std::vector<Flow> flows;
  flows.reserve(acc.size());
  for (const auto& [key, rate] : acc) flows.push_back({key.first, key.second, rate});
  return flows;
}

}  // namespace

Mapping map_metis(const SnnNetwork& net, const CoreCapacity& cap, const MeshLayout& shape,
                  const std::vector<double>& rates, const MetisOptions& options) {
  check_delay_limit(net, cap);
  const CoreLimits limits = make_core_limits(net, cap);
  const std::uint32_t cores = shape.cores();
  const std::uint32_t parts = cores_needed(net, limits, cores);
  const SliceGraph graph(net, cap, options.max_slices, limits.neurons);
  check_slices_fit(net, graph, limits);

  CoreLoad load(graph, rates, limits, cores, partition_slices(graph, rates, parts, options.seed));
  legalize(load, net, graph, limits);
  refine(load, graph.size() > 50000 ? 1 : 4);

  // Logical cores in order of their first slice (keeps id-order neighbours near on the curve).
  std::vector<CoreId> used;
  for (CoreId c = 0; c < cores; ++c)
    if (!load.slices_on(c).empty()) used.push_back(c);
  std::vector<std::uint32_t> first(cores, 0);
  for (CoreId c : used) {
    const auto& on = load.slices_on(c);
    first[c] = *std::min_element(on.begin(), on.end());
  }
  std::sort(used.begin(), used.end(), [&first](CoreId a, CoreId b) { return first[a] < first[b]; });
  std::vector<std::uint32_t> logical(cores, 0);
  for (std::uint32_t i = 0; i < used.size(); ++i) logical[used[i]] = i;
  std::vector<CoreId> neuron_logical(net.neuron_count());
  for (NeuronId n = 0; n < neuron_logical.size(); ++n)
    neuron_logical[n] = logical[load.core_of_slice(graph.slice_of(n))];

  const auto count = static_cast<std::uint32_t>(used.size());
  const std::vector<Flow> flows = core_flows(net, neuron_logical, rates, count);
  const std::vector<CoreId> curve = curve_cores(shape);
  std::vector<CoreId> slot(curve.begin(), curve.begin() + count);
  AnnealOptions ao;
  ao.lambda = static_cast<double>(shape.width + shape.height);
  ao.moves = options.anneal_moves ? options.anneal_moves
                                  : std::clamp<std::uint64_t>(100ull * count, 1000, 300000);
  ao.seed = options.seed;
  anneal_placement(flows, shape, ao, slot);

  std::vector<CoreId> core_of(net.neuron_count());
  for (NeuronId n = 0; n < core_of.size(); ++n) core_of[n] = slot[neuron_logical[n]];
  Mapping m = finish_mapping(net, std::move(core_of), cores, "metis", limits);
  m.slice_neurons = graph.slice_neurons();
  return m;
}

}  // namespace nm
