// Small hand-built networks and capacities for the mapper tests.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/rng.h"
#include "cores/core_params.h"
#include "mapper/mesh_shape.h"
#include "mapper/snn_network.h"

namespace nm::test {

// loihi_lif populations (name, size) in order, with the given synapses (global ids, sorted here).
inline SnnNetwork make_net(const std::vector<std::pair<std::string, std::uint32_t>>& pops,
                           std::vector<Synapse> synapses = {}) {
  SnnNetwork net;
  for (const auto& [name, size] : pops) {
    Population p;
    p.name = name;
    p.size = size;
    p.first_id = net.neuron_count();
    p.lif.resize(size);
    net.populations.push_back(p);
  }
  std::sort(synapses.begin(), synapses.end(), [](const Synapse& a, const Synapse& b) {
    return a.pre != b.pre ? a.pre < b.pre : a.post < b.post;
  });
  net.synapses = std::move(synapses);
  return net;
}

// A core with generous limits except those a test sets.
inline CoreCapacity roomy(std::uint32_t neurons = 16) {
  CoreCapacity cap;
  cap.neurons = neurons;
  cap.input_axons = 1000;
  cap.output_axons = 1000;
  cap.synapse_memory_bits = 1 << 20;
  cap.dendritic_accumulators = 1 << 20;
  return cap;
}

// `clusters` groups of `size` neurons, dense inside (p_in) and sparse between (p_out), with
// the neuron ids shuffled so that id order says nothing about the clusters.
inline SnnNetwork clustered_net(std::uint32_t clusters, std::uint32_t size, double p_in,
                                double p_out, std::uint64_t seed) {
  const std::uint32_t n = clusters * size;
  std::vector<NeuronId> id(n);
  for (NeuronId i = 0; i < n; ++i) id[i] = i;
  Rng rng(seed, "shuffle");
  for (NeuronId i = n - 1; i > 0; --i) std::swap(id[i], id[rng.below(i + 1)]);
  std::vector<Synapse> syn;
  for (NeuronId a = 0; a < n; ++a) {
    for (NeuronId b = 0; b < n; ++b) {
      if (a == b || !rng.bernoulli(a / size == b / size ? p_in : p_out)) continue;
      syn.push_back({id[a], id[b], 10, 0});
    }
  }
  return make_net({{"net", n}}, std::move(syn));
}

inline MeshLayout mesh(std::uint32_t w, std::uint32_t h, std::uint32_t cores_per_tile) {
  MeshLayout m;
  m.width = w;
  m.height = h;
  m.cores_per_tile = cores_per_tile;
  return m;
}

}  // namespace nm::test
