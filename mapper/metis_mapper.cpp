#include "mapper/metis_mapper.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include "common/errors.h"
#include "mapper/core_load.h"
#include "mapper/core_usage.h"
#include "mapper/legalizer.h"
#include "mapper/metis_partitioner.h"
#include "mapper/placer.h"
#include "mapper/slice_graph.h"

namespace nm {

namespace {

// NM_MAPPER_PHASES=1 prints the host wall and CPU time of each phase to stderr (scale bench).
void phase(const char* what) {
  static const bool on = std::getenv("NM_MAPPER_PHASES") != nullptr;
  static auto last = std::chrono::steady_clock::now();
  static std::clock_t last_cpu = std::clock();
  const auto now = std::chrono::steady_clock::now();
  const std::clock_t cpu = std::clock();
  if (on)
    std::fprintf(stderr, "mapper phase %-12s wall %6.2f s, CPU %6.2f s\n", what,
                 std::chrono::duration<double>(now - last).count(),
                 static_cast<double>(cpu - last_cpu) / CLOCKS_PER_SEC);
  last = now;
  last_cpu = cpu;
}

std::uint64_t ceil_div(std::uint64_t a, std::uint64_t b) { return (a + b - 1) / b; }

// The fewest cores the additive resources (neurons, synapse memory) need, and which of the two
// binds (`neurons_bind`); throws when that is more than the chip has, naming the resource and
// the shortfall.
std::uint32_t cores_needed(const SnnNetwork& net, const CoreLimits& limits, std::uint32_t cores,
                           bool& neurons_bind) {
  const std::uint64_t neurons = net.neuron_count();
  std::uint64_t bits = 0;
  const SynapsePricer price(net, limits.capacity);
  for (const Synapse& s : net.synapses) bits += price(s);
  const std::uint64_t by_neurons = ceil_div(neurons, limits.neurons);
  const std::uint64_t by_bits = ceil_div(bits, limits.synapse_bits);
  neurons_bind = by_neurons >= by_bits;
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

// Slices in id order fill cores 0, 1, ... up to the additive limits (neurons, synapse memory):
// the sequential mapper's partition at slice granularity.
std::vector<CoreId> id_order_start(const SliceGraph& graph, const CoreLimits& limits,
                                   std::uint32_t cores) {
  std::vector<CoreId> where(graph.size(), 0);
  CoreId core = 0;
  std::uint64_t neurons = 0, bits = 0;
  for (std::uint32_t s = 0; s < graph.size(); ++s) {
    const bool full = neurons + graph.slice(s).count > limits.neurons ||
                      bits + graph.bits(s) > limits.synapse_bits;
    if (full && neurons > 0 && core + 1 < cores) ++core, neurons = 0, bits = 0;
    neurons += graph.slice(s).count;
    bits += graph.bits(s);
    where[s] = core;
  }
  return where;
}

// Legalises and refines a start; null (with the refusal in `error`) when it cannot be legalised.
std::unique_ptr<CoreLoad> settle(const SnnNetwork& net, const SliceGraph& graph,
                                 const std::vector<double>& rates, const CoreLimits& limits,
                                 std::uint32_t cores, std::vector<CoreId> start,
                                 std::string& error) {
  auto load = std::make_unique<CoreLoad>(graph, rates, limits, cores, std::move(start));
  phase("load");
  try {
    legalize(*load, net, graph, limits);
  } catch (const CapacityError& e) {
    error = e.what();
    return nullptr;
  }
  phase("legalise");
  refine(*load, graph.size() > 10000 ? 1 : 4);
  phase("refine");
  return load;
}

}  // namespace

Mapping map_metis(const SnnNetwork& net, const CoreCapacity& cap, const MeshLayout& shape,
                  const std::vector<double>& rates, const MetisOptions& options) {
  check_synapse_limits(net, cap);
  const CoreLimits limits = make_core_limits(net, cap);
  const std::uint32_t cores = shape.cores();
  bool neurons_bind = true;
  const std::uint32_t needed = cores_needed(net, limits, cores, neurons_bind);
  phase("start");
  const SliceGraph graph(net, cap, options.max_slices, limits.neurons);
  check_slices_fit(net, graph, limits);
  phase("slice graph");

  // METIS with the fewest cores, balancing only the binding additive resource (about ten times
  // faster than balancing every cap); when that cannot be legalised, balancing every cap, then
  // again with more, smaller parts (for the caps METIS balances only on average: axons).
  std::string error;
  std::unique_ptr<CoreLoad> load;
  Balance balance = neurons_bind ? Balance::Neurons : Balance::SynapseBits;
  for (std::uint32_t parts = needed; !load;) {
    std::vector<CoreId> parted = partition_slices(graph, rates, parts, options.seed, balance);
    phase("metis");
    load = settle(net, graph, rates, limits, cores, std::move(parted), error);
    if (load) break;
    if (balance != Balance::EveryCap) {
      balance = Balance::EveryCap;
      continue;
    }
    if (parts == cores) throw CapacityError(error);
    parts = std::min(cores, std::max(parts + 1, parts * 5 / 4));
  }
  // The id-order partition, refined on the same objective, is kept when it sends fewer packets
  // (networks whose id order already groups what talks together).
  std::unique_ptr<CoreLoad> id_order =
      settle(net, graph, rates, limits, cores, id_order_start(graph, limits, cores), error);
  if (id_order && id_order->objective() < load->objective() - 1e-9) load = std::move(id_order);

  // Logical cores in order of their first slice (keeps id-order neighbours near on the curve).
  std::vector<CoreId> used;
  for (CoreId c = 0; c < cores; ++c)
    if (!load->slices_on(c).empty()) used.push_back(c);
  std::vector<std::uint32_t> first(cores, 0);
  for (CoreId c : used) {
    const auto& on = load->slices_on(c);
    first[c] = *std::min_element(on.begin(), on.end());
  }
  std::sort(used.begin(), used.end(), [&first](CoreId a, CoreId b) { return first[a] < first[b]; });
  std::vector<std::uint32_t> logical(cores, 0);
  for (std::uint32_t i = 0; i < used.size(); ++i) logical[used[i]] = i;
  std::vector<CoreId> neuron_logical(net.neuron_count());
  for (NeuronId n = 0; n < neuron_logical.size(); ++n)
    neuron_logical[n] = logical[load->core_of_slice(graph.slice_of(n))];

  const auto count = static_cast<std::uint32_t>(used.size());
  const std::vector<Flow> flows = core_flows(net, neuron_logical, rates, count);
  const std::vector<CoreId> curve = curve_cores(shape);
  std::vector<CoreId> slot(curve.begin(), curve.begin() + count);
  AnnealOptions ao;
  ao.lambda = 1.0;  // one flit-hop per flit on the busiest link
  ao.moves = options.anneal_moves ? options.anneal_moves
                                  : std::clamp<std::uint64_t>(100ull * count, 1000, 300000);
  ao.seed = options.seed;
  phase("flows");
  anneal_placement(flows, shape, ao, slot);
  phase("anneal");

  std::vector<CoreId> core_of(net.neuron_count());
  for (NeuronId n = 0; n < core_of.size(); ++n) core_of[n] = slot[neuron_logical[n]];
  Mapping m = finish_mapping(net, std::move(core_of), cores, "metis", limits);
  m.slice_neurons = graph.slice_neurons();
  phase("finish");
  return m;
}

}  // namespace nm
