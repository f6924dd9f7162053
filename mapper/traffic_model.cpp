#include "mapper/traffic_model.h"

#include <algorithm>

namespace nm {

std::vector<double> estimate_rates(const SnnNetwork& net, std::uint64_t steps) {
  std::vector<double> rates(net.neuron_count(), 0.0);
  double source_sum = 0.0;
  std::uint64_t sources = 0;
  for (const Population& pop : net.populations) {
    if (pop.model != Population::Model::SpikeSource) continue;
    for (std::uint32_t i = 0; i < pop.size; ++i) {
      double r = 0.0;
      if (pop.source.kind == SpikeSourceSpec::Kind::Poisson) {
        r = pop.source.probability_per_step[i];
      } else {
        const auto& t = pop.source.times[i];
        const auto in_run = std::count_if(t.begin(), t.end(),
                                          [steps](std::uint32_t s) { return s <= steps; });
        r = steps ? static_cast<double>(in_run) / static_cast<double>(steps) : 0.0;
      }
      rates[pop.first_id + i] = r;
      source_sum += r;
      ++sources;
    }
  }
  const double lif_rate = sources ? source_sum / static_cast<double>(sources) : 0.1;
  for (const Population& pop : net.populations) {
    if (pop.model == Population::Model::SpikeSource) continue;
    std::fill(rates.begin() + pop.first_id, rates.begin() + pop.first_id + pop.size, lif_rate);
  }
  return rates;
}

TrafficPrediction predict_traffic(const SnnNetwork& net, const std::vector<CoreId>& core_of,
                                  const std::vector<double>& rates, const MeshLayout& shape) {
  TrafficPrediction p;
  std::vector<double> load(shape.link_count(), 0.0);
  std::vector<std::uint64_t> last_pre(shape.cores(), 0);  // pre + 1
  std::vector<std::uint32_t> links;
  for (const Synapse& s : net.synapses) {
    const CoreId dst = core_of[s.post];
    if (last_pre[dst] == std::uint64_t{s.pre} + 1) continue;
    last_pre[dst] = std::uint64_t{s.pre} + 1;
    const double r = rates[s.pre];
    if (r <= 0.0) continue;
    links.clear();
    shape.route(core_of[s.pre], dst, links);
    p.packets_per_step += r;
    p.hops_per_step += r * static_cast<double>(links.size());
    for (std::uint32_t l : links) load[l] += r;
  }
  p.mean_hops = p.packets_per_step > 0 ? p.hops_per_step / p.packets_per_step : 0.0;
  p.max_link_load = load.empty() ? 0.0 : *std::max_element(load.begin(), load.end());
  return p;
}

}  // namespace nm
