// The `metis` mapping strategy: population slices -> METIS multi-constraint k-way partition
// (k = the fewest cores the additive resources allow) -> legalisation (every hard cap) ->
// refinement on expected packets per step -> curve start + annealed placement on the mesh.
#pragma once

#include <cstdint>
#include <vector>

#include "cores/core_params.h"
#include "mapper/mapping.h"
#include "mapper/mesh_shape.h"
#include "mapper/snn_network.h"

namespace nm {

struct MetisOptions {
  std::uint64_t seed = 1;            // METIS and annealing seed
  std::uint32_t max_slices = 32768;  // vertices of the partitioned graph, at most [count]
  std::uint64_t anneal_moves = 0;    // 0: 100 x cores used, within [1000, 300000]
};

// `rates`: expected spikes per step of every neuron. Throws CapacityError when the network
// cannot fit, naming the binding resource and how much is missing.
Mapping map_metis(const SnnNetwork& net, const CoreCapacity& cap, const MeshLayout& shape,
                  const std::vector<double>& rates, const MetisOptions& options);

}  // namespace nm
