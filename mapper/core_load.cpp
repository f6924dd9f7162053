#include "mapper/core_load.h"

#include <algorithm>

namespace nm {

CoreLoad::CoreLoad(const SliceGraph& graph, const std::vector<double>& rates,
                   const CoreLimits& limits, std::uint32_t cores, std::vector<CoreId> where)
    : graph_(graph),
      rates_(rates),
      limits_(limits),
      where_(std::move(where)),
      members_(cores),
      neurons_(cores, 0),
      synapses_(cores, 0),
      bits_(cores, 0),
      outputs_(cores, 0),
      delays_(cores),
      inputs_(cores),
      delta_(cores, 0),
      weight_(cores, 0.0) {
  dests_.resize(rates.size());
  for (std::uint32_t s = 0; s < graph.size(); ++s) {
    const CoreId c = where_[s];
    members_[c].push_back(s);
    neurons_[c] += graph.slice(s).count;
    synapses_[c] += graph.synapses(s);
    bits_[c] += graph.bits(s);
    auto& d = delays_[c];
    if (d.size() <= graph.max_delay(s)) d.resize(graph.max_delay(s) + 1, 0);
    ++d[graph.max_delay(s)];
    for (const NeuronId* p = graph.sources_begin(s); p != graph.sources_end(s); ++p) {
      ++inputs_[c][*p];
      add_dest(*p, c);
    }
  }
  for (NeuronId n = 0; n < dests_.size(); ++n) outputs_[core_of_neuron(n)] += dests_[n].size();
}

void CoreLoad::add_dest(NeuronId n, CoreId c) {
  for (auto& [core, refs] : dests_[n]) {
    if (core == c) {
      ++refs;
      return;
    }
  }
  dests_[n].emplace_back(c, 1);
}

bool CoreLoad::remove_dest(NeuronId n, CoreId c) {
  auto& d = dests_[n];
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (d[i].first != c) continue;
    if (--d[i].second > 0) return false;
    d[i] = d.back();
    d.pop_back();
    return true;
  }
  return false;
}

std::uint32_t CoreLoad::max_delay(CoreId c) const {
  const auto& d = delays_[c];
  for (std::size_t i = d.size(); i > 0; --i)
    if (d[i - 1] > 0) return static_cast<std::uint32_t>(i - 1);
  return 0;
}

std::uint32_t CoreLoad::dest_refs(NeuronId n, CoreId c) const {
  for (const auto& [core, refs] : dests_[n])
    if (core == c) return refs;
  return 0;
}

std::uint32_t CoreLoad::max_delay_without(CoreId c, std::uint32_t s) const {
  const auto& d = delays_[c];
  for (std::size_t i = d.size(); i > 0; --i) {
    const std::uint32_t others = d[i - 1] - (i - 1 == graph_.max_delay(s) ? 1 : 0);
    if (others > 0) return static_cast<std::uint32_t>(i - 1);
  }
  return 0;
}

double CoreLoad::overflow(std::uint64_t neurons, std::uint64_t bits, std::uint64_t inputs,
                          std::uint64_t outputs, std::uint64_t delay) const {
  const auto over = [](std::uint64_t use, std::uint64_t limit) {
    return use > limit ? static_cast<double>(use - limit) / static_cast<double>(limit) : 0.0;
  };
  return over(neurons, limits_.neurons) + over(bits, limits_.synapse_bits) +
         over(inputs, limits_.input_axons) + over(outputs, limits_.output_axons) +
         over(neurons * (delay + 1), limits_.dendritic_accumulators);
}

CoreLoad::MoveEffect CoreLoad::evaluate(std::uint32_t s, CoreId to) const {
  const CoreId from = where_[s];
  MoveEffect e;
  if (from == to) {
    e.legal = true;
    return e;
  }
  const Slice& sl = graph_.slice(s);
  std::uint64_t fresh = 0, leaving = 0;  // sources new to `to`; sources `from` no longer needs
  std::vector<CoreId> touched{from, to};
  std::int64_t own = 0;
  for (NeuronId n = sl.first; n < sl.first + sl.count; ++n)
    own += static_cast<std::int64_t>(dests_[n].size());
  delta_[from] -= own;
  delta_[to] += own;
  for (const NeuronId* p = graph_.sources_begin(s); p != graph_.sources_end(s); ++p) {
    if (inputs_[to].find(*p) == inputs_[to].end()) ++fresh;
    if (inputs_[from].find(*p)->second == 1) ++leaving;
    const bool in_slice = graph_.slice_of(*p) == s;
    const CoreId owner = in_slice ? to : core_of_neuron(*p);
    const std::int64_t d = (dest_refs(*p, to) == 0 ? 1 : 0) - (dest_refs(*p, from) == 1 ? 1 : 0);
    if (d == 0) continue;
    e.gain -= rates_[*p] * static_cast<double>(d);
    if (delta_[owner] == 0 && owner != from && owner != to) touched.push_back(owner);
    delta_[owner] += d;
  }
  const auto outputs_after = [this](CoreId c) {
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(outputs_[c]) + delta_[c]);
  };
  const std::uint64_t to_delay = std::max(max_delay(to), graph_.max_delay(s));
  const double to_after = overflow(neurons_[to] + sl.count, bits_[to] + graph_.bits(s),
                                   inputs_[to].size() + fresh, outputs_after(to), to_delay);
  const double from_after =
      overflow(neurons_[from] - sl.count, bits_[from] - graph_.bits(s),
               inputs_[from].size() - leaving, outputs_after(from), max_delay_without(from, s));
  e.overflow_change = to_after + from_after -
                      overflow(neurons_[to], bits_[to], inputs_[to].size(), outputs_[to],
                               max_delay(to)) -
                      overflow(neurons_[from], bits_[from], inputs_[from].size(), outputs_[from],
                               max_delay(from));
  bool legal = to_after == 0.0;
  for (CoreId c : touched) {
    if (c != from && c != to) {
      const double before = overflow(0, 0, 0, outputs_[c], 0);
      const double after = overflow(0, 0, 0, outputs_after(c), 0);
      e.overflow_change += after - before;
      if (delta_[c] > 0 && after > 0.0) legal = false;
    } else if (c == from && delta_[c] > 0 && outputs_after(c) > limits_.output_axons) {
      legal = false;
    }
    delta_[c] = 0;
  }
  e.legal = legal;
  return e;
}

void CoreLoad::move(std::uint32_t s, CoreId to) {
  const CoreId from = where_[s];
  if (from == to) return;
  const Slice& sl = graph_.slice(s);
  auto& m = members_[from];
  m.erase(std::find(m.begin(), m.end(), s));
  members_[to].push_back(s);
  neurons_[from] -= sl.count;
  neurons_[to] += sl.count;
  synapses_[from] -= graph_.synapses(s);
  synapses_[to] += graph_.synapses(s);
  bits_[from] -= graph_.bits(s);
  bits_[to] += graph_.bits(s);
  --delays_[from][graph_.max_delay(s)];
  auto& d = delays_[to];
  if (d.size() <= graph_.max_delay(s)) d.resize(graph_.max_delay(s) + 1, 0);
  ++d[graph_.max_delay(s)];
  for (NeuronId n = sl.first; n < sl.first + sl.count; ++n) outputs_[from] -= dests_[n].size();
  where_[s] = to;
  for (const NeuronId* p = graph_.sources_begin(s); p != graph_.sources_end(s); ++p) {
    auto it = inputs_[from].find(*p);
    if (--it->second == 0) inputs_[from].erase(it);
    ++inputs_[to][*p];
    const bool in_slice = graph_.slice_of(*p) == s;
    const CoreId owner = core_of_neuron(*p);
    const std::size_t before = dests_[*p].size();
    remove_dest(*p, from);
    add_dest(*p, to);
    if (!in_slice) outputs_[owner] = outputs_[owner] + dests_[*p].size() - before;
  }
  for (NeuronId n = sl.first; n < sl.first + sl.count; ++n) outputs_[to] += dests_[n].size();
}

CoreUsage CoreLoad::usage(CoreId c) const {
  CoreUsage u;
  u.neurons = static_cast<std::uint32_t>(neurons_[c]);
  u.input_axons = static_cast<std::uint32_t>(inputs_[c].size());
  u.output_axons = static_cast<std::uint32_t>(outputs_[c]);
  u.synapses = synapses_[c];
  u.synapse_bits = bits_[c];
  u.max_delay_steps = max_delay(c);
  u.dendritic_accumulators = neurons_[c] * (u.max_delay_steps + 1);
  return u;
}

std::uint64_t CoreLoad::excess(CoreId c, Resource r) const {
  const std::uint64_t have = used(usage(c), r), cap = limits_.limit(r);
  return have > cap ? have - cap : 0;
}

bool CoreLoad::over(CoreId c) const {
  for (int r = 0; r < kResourceCount; ++r)
    if (excess(c, static_cast<Resource>(r)) > 0) return true;
  return false;
}

double CoreLoad::total_overflow() const {
  double sum = 0.0;
  for (CoreId c = 0; c < cores(); ++c)
    sum += overflow(neurons_[c], bits_[c], inputs_[c].size(), outputs_[c], max_delay(c));
  return sum;
}

double CoreLoad::objective() const {
  double sum = 0.0;
  for (NeuronId n = 0; n < dests_.size(); ++n)
    sum += rates_[n] * static_cast<double>(dests_[n].size());
  return sum;
}

std::vector<CoreId> CoreLoad::candidates(std::uint32_t s, std::size_t max) const {
  double tolerance = 0.0;
  std::vector<CoreId> out;
  for (const Candidate& c : ranked_candidates(s, max, tolerance)) out.push_back(c.core);
  return out;
}

// gain(t) = (rates of the sources whose only slice on `from` is s) - (rates of the sources not
// yet sending to t) = leaving - (all - weight[t]), as evaluate() sums it source by source.
std::vector<CoreLoad::Candidate> CoreLoad::ranked_candidates(std::uint32_t s, std::size_t max,
                                                             double& gain_tolerance) const {
  const CoreId from = where_[s];
  double leaving = 0.0, all = 0.0;
  std::vector<CoreId> found;
  for (const NeuronId* p = graph_.sources_begin(s); p != graph_.sources_end(s); ++p) {
    all += rates_[*p];
    for (const auto& [core, refs] : dests_[*p]) {
      if (weight_[core] == 0.0) found.push_back(core);
      weight_[core] += rates_[*p] + 1e-12;
      if (core == from && refs == 1) leaving += rates_[*p];
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [this](CoreId a, CoreId b) { return weight_[a] > weight_[b]; });
  std::vector<Candidate> out;
  for (std::size_t i = 0; i < found.size() && i < max; ++i)
    out.push_back({found[i], leaving - (all - weight_[found[i]])});
  for (CoreId c : found) weight_[c] = 0.0;
  // Rounding of the sums plus the 1e-12 per source that marks zero-rate sources.
  gain_tolerance = 1e-9 * (1.0 + all) + 2e-12 * static_cast<double>(graph_.source_count(s));
  return out;
}

}  // namespace nm
