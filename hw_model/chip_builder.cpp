#include "hw_model/chip_builder.h"

#include <algorithm>
#include <string>

#include "common/rng.h"
#include "mapper/learning_loader.h"
#include "mapper/synapse_cost.h"

namespace nm {

namespace {

void add_compartments(const SnnNetwork& net, const Mapping& mapping, std::uint64_t run_seed,
                      std::vector<CoreImage>& images) {
  // Size every core's compartment arrays first, then fill them by compartment index.
  std::vector<std::uint32_t> count(images.size(), 0);
  for (NeuronId n = 0; n < net.neuron_count(); ++n) ++count[mapping.core_of[n]];
  for (std::size_t k = 0; k < images.size(); ++k) {
    CoreImage& img = images[k];
    const std::uint32_t c = count[k];
    img.neuron_of.assign(c, 0);
    img.is_source.assign(c, 0);
    img.record_spikes.assign(c, 0);
    img.record_voltage.assign(c, 0);
    img.lif.assign(c, LifConstants{});
    img.payload_bits.assign(c, 0);
    img.u0.assign(c, 0);
    img.v0.assign(c, 0);
    img.sources.assign(c, SourceCompartment{});
  }
  for (const Population& pop : net.populations) {
    for (std::uint32_t i = 0; i < pop.size; ++i) {
      const NeuronId n = pop.first_id + i;
      CoreImage& img = images[mapping.core_of[n]];
      const std::uint32_t c = mapping.compartment_of[n];
      if (place_common_fields(img, c, pop, i, run_seed)) continue;
      const LifParams& p = pop.lif[i];
      img.lif[c] = make_lif_constants(p.du, p.dv, p.vth, p.bias_mant, p.bias_exp);
      set_lif_extensions(img.lif[c], static_cast<std::uint32_t>(p.refractory_steps),
                         p.vth_adapt_increment, p.vth_adapt_decay);
      img.payload_bits[c] = static_cast<std::uint8_t>(pop.payload_bits);
      img.u0[c] = p.u0;
      img.v0[c] = p.v0;
    }
    for (std::uint32_t i : pop.record_voltage) {
      const NeuronId n = pop.first_id + i;
      images[mapping.core_of[n]].record_voltage[mapping.compartment_of[n]] = 1;
    }
  }
}

// Core k's learning group of projection p, created on first use (docs/learning.md).
std::uint32_t group_of(const SnnNetwork& net, std::uint32_t p, CoreImage& img,
                       std::vector<std::uint32_t>& groups_of_core) {
  if (groups_of_core.empty()) groups_of_core.assign(net.projections.size(), ~0u);
  if (groups_of_core[p] != ~0u) return groups_of_core[p];
  groups_of_core[p] = static_cast<std::uint32_t>(img.learning.groups.size());
  img.learning.groups.push_back(plastic_group_spec(net.projections[p], p));
  return groups_of_core[p];
}

// Every neuron of each group's reward population gets an input axon on the group's core (its
// existing one when it already feeds the core) and a fan-out edge to it.
void add_reward_axons(const SnnNetwork& net, std::vector<CoreImage>& images,
                      std::vector<std::uint32_t>& next_axon,
                      std::vector<std::vector<OutputAxon>>& fanout) {
  for (std::size_t k = 0; k < images.size(); ++k) {
    for (std::uint32_t g = 0; g < images[k].learning.groups.size(); ++g) {
      const ProjectionLearning& l = *net.projections[images[k].learning.groups[g].projection].learning;
      if (l.reward_population.empty()) continue;
      const Population& pop = *net.find_population(l.reward_population);
      for (NeuronId n = pop.first_id; n < pop.first_id + pop.size; ++n) {
        auto& edges = fanout[n];
        auto it = std::find_if(edges.begin(), edges.end(),
                               [&](const OutputAxon& e) { return e.core == k; });
        if (it == edges.end()) {
          edges.push_back({static_cast<CoreId>(k), next_axon[k]++});
          std::sort(edges.begin(), edges.end(),
                    [](const OutputAxon& a, const OutputAxon& b) { return a.core < b.core; });
          it = std::find_if(edges.begin(), edges.end(),
                            [&](const OutputAxon& e) { return e.core == k; });
        }
        images[k].learning.reward_axons.push_back({it->axon, g});
      }
    }
  }
}

void add_axons_and_synapses(const SnnNetwork& net, const Mapping& mapping,
                            std::vector<CoreImage>& images) {
  const std::size_t cores = images.size();
  const NeuronId none = ~NeuronId{0};
  std::vector<NeuronId> last_pre(cores, none);  // last source given an axon on each core
  std::vector<std::uint32_t> next_axon(cores, 0);
  // Fan-out edges per source neuron, in synapse order (pre ascending, so per core ascending).
  std::vector<std::vector<OutputAxon>> fanout(net.neuron_count());
  std::vector<std::uint32_t> max_delay(cores, 0);  // per destination core: sizes its delay ring
  std::vector<std::vector<std::uint32_t>> groups(cores);  // per core: projection -> learning group
  for (const Synapse& s : net.synapses) {
    const CoreId dst = mapping.core_of[s.post];
    if (last_pre[dst] != s.pre) {
      last_pre[dst] = s.pre;
      fanout[s.pre].push_back({dst, next_axon[dst]++});
    }
    const std::uint32_t axon = next_axon[dst] - 1;
    const auto weight = static_cast<std::int32_t>(effective_weight(s.weight, encoding_of(net, s)));
    if (!net.projections.empty() && net.projections[s.projection].learning) {
      PlasticSynapse p;
      p.group = group_of(net, s.projection, images[dst], groups[dst]);
      p.axon = axon;
      p.compartment = mapping.compartment_of[s.post];
      p.entry = images[dst].synapses.synapse_count();
      p.pre = s.pre;
      p.weight = truncate_mantissa(s.weight, encoding_of(net, s).weight_bits);
      p.delay = static_cast<std::uint16_t>(s.delay);
      images[dst].learning.synapses.push_back(p);
    }
    images[dst].synapses.add(
        axon, {mapping.compartment_of[s.post], weight, static_cast<std::uint16_t>(s.delay)});
    max_delay[dst] = std::max(max_delay[dst], s.delay);
  }
  add_reward_axons(net, images, next_axon, fanout);
  for (std::size_t k = 0; k < cores; ++k) {
    images[k].synapses.seal(next_axon[k]);
    images[k].max_delay_steps = max_delay[k];
  }
  // Output axon tables, per compartment.
  for (std::size_t k = 0; k < cores; ++k) {
    CoreImage& img = images[k];
    img.out_offsets.assign(img.compartments() + 1, 0);
    for (std::uint32_t c = 0; c < img.compartments(); ++c) {
      img.out_offsets[c + 1] = img.out_offsets[c] +
                               static_cast<std::uint32_t>(fanout[img.neuron_of[c]].size());
    }
    img.out_axons.reserve(img.out_offsets.back());
    for (std::uint32_t c = 0; c < img.compartments(); ++c) {
      const auto& edges = fanout[img.neuron_of[c]];
      img.out_axons.insert(img.out_axons.end(), edges.begin(), edges.end());
    }
  }
}

}  // namespace

SourceCompartment make_source_compartment(const Population& pop, std::uint32_t i,
                                          std::uint64_t run_seed) {
  SourceCompartment src;
  if (pop.source.kind == SpikeSourceSpec::Kind::SpikeTimes) {
    src.steps = pop.source.times[i];
  } else {
    src.probability = pop.source.probability_per_step[i];
    src.rng_seed = pop.source.seed ^ (run_seed * 0x9E3779B97F4A7C15ULL) ^
                   hash_name(pop.name + "[" + std::to_string(i) + "]");
  }
  return src;
}

std::vector<CoreImage> build_core_images(const SnnNetwork& net, const Mapping& mapping,
                                         const ArchParams& arch, std::uint64_t run_seed) {
  std::vector<CoreImage> images(arch.chip.cores());
  add_compartments(net, mapping, run_seed, images);
  add_axons_and_synapses(net, mapping, images);
  for (std::size_t k = 0; k < images.size(); ++k) {
    LearningImage& l = images[k].learning;
    if (l.empty()) continue;
    std::uint64_t seed = run_seed * 0x9E3779B97F4A7C15ULL ^ hash_name("core" + std::to_string(k));
    for (const PlasticGroupSpec& g : l.groups) seed ^= net.projections[g.projection].learning->seed;
    l.rng_seed = seed;
  }
  return images;
}

}  // namespace nm
