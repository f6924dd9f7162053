// Placement of logical cores (partitions) onto the physical cores of the mesh. The start is a
// space-filling curve (boustrophedon over the tiles, then the cores of each tile), then
// simulated annealing of pairwise swaps (a used core with any slot, used or empty) on
//   cost = sum over flows of rate x XY/YX hops + lambda x (load of the busiest directed link),
// each north-south hop weighted by shape.north_south_weight (the NoC's energy ratio).
// The best placement seen is returned, so the cost never exceeds the start's. Deterministic for
// a seed.
#pragma once

#include <cstdint>
#include <vector>

#include "common/types.h"
#include "mapper/mesh_shape.h"

namespace nm {

struct Flow {
  std::uint32_t from = 0, to = 0;  // logical cores
  double rate = 0.0;               // expected packets per step [packets/step]
};

struct PlacementCost {
  double hops = 0.0;           // sum of rate x weighted hops [flit-hops/step]
  double max_link_load = 0.0;  // busiest directed link [flits/step]
  double total(double lambda) const { return hops + lambda * max_link_load; }
};

// Physical cores in curve order: tiles row by row, alternating direction, cores within a tile.
std::vector<CoreId> curve_cores(const MeshLayout& shape);

PlacementCost placement_cost(const std::vector<Flow>& flows, const std::vector<CoreId>& core_of,
                             const MeshLayout& shape);

struct AnnealOptions {
  double lambda = 0.0;         // weight of the busiest link [hops per flit]
  std::uint64_t moves = 0;     // swaps to try
  std::uint64_t seed = 1;
};

// Improves `core_of` (logical core -> physical core, distinct, < shape.cores()) in place.
void anneal_placement(const std::vector<Flow>& flows, const MeshLayout& shape,
                      const AnnealOptions& options, std::vector<CoreId>& core_of);

}  // namespace nm
