// Small networks built directly as structs for module tests (no loaders involved).
#pragma once

#include <string>
#include <vector>

#include "hw_model/arch_loader.h"
#include "mapper/sequential_mapper.h"
#include "mapper/snn_network.h"

namespace nm::test {

inline ArchParams tiny_arch() { return read_arch(resolve_arch_tree("tiny", {}), "tiny"); }

inline Population lif_population(const std::string& name, std::uint32_t size, LifParams p) {
  Population pop;
  pop.name = name;
  pop.size = size;
  pop.model = Population::Model::LoihiLif;
  pop.lif.assign(size, p);
  pop.record_spikes = true;
  return pop;
}

inline Population listed_source(const std::string& name,
                                std::vector<std::vector<std::uint32_t>> times) {
  Population pop;
  pop.name = name;
  pop.size = static_cast<std::uint32_t>(times.size());
  pop.model = Population::Model::SpikeSource;
  pop.source.kind = SpikeSourceSpec::Kind::SpikeTimes;
  pop.source.times = std::move(times);
  pop.record_spikes = true;
  return pop;
}

// Lays populations out one after another (first_id) and sorts the synapses.
inline SnnNetwork make_network(std::vector<Population> pops, std::vector<Synapse> synapses,
                               std::uint32_t neurons_per_core) {
  SnnNetwork net;
  net.name = "test";
  NeuronId next = 0;
  for (Population& p : pops) {
    p.first_id = next;
    next += p.size;
  }
  net.populations = std::move(pops);
  net.synapses = std::move(synapses);
  std::sort(net.synapses.begin(), net.synapses.end(), [](const Synapse& a, const Synapse& b) {
    return a.pre != b.pre ? a.pre < b.pre : a.post < b.post;
  });
  net.neurons_per_core_limit = neurons_per_core;
  return net;
}

}  // namespace nm::test
