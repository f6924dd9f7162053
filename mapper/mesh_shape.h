// The mesh as the mapper sees it: tiles on a width x height grid, `cores_per_tile` cores per
// tile (core k sits on tile k / cores_per_tile, tile t at x = t % width, y = t / width), and
// dimension-order routes. Plain geometry: no dependency on the NoC model.
#pragma once

#include <cstdint>
#include <vector>

#include "common/types.h"

namespace nm {

struct MeshLayout {
  std::uint32_t width = 1;           // tiles along x [count]
  std::uint32_t height = 1;          // tiles along y [count]
  std::uint32_t cores_per_tile = 1;  // cores sharing one router [count]
  bool yx = false;                   // route y first (default: x first)
  // Cost of one north-south hop relative to an east-west one in the placer's objective (the
  // NoC's energy ratio; the prediction still counts hops) [east-west hops].
  double north_south_weight = 1.0;

  std::uint32_t tiles() const { return width * height; }
  std::uint32_t cores() const { return tiles() * cores_per_tile; }
  std::uint32_t tile_of(CoreId core) const { return core / cores_per_tile; }
  // Mesh links a packet from core a to core b traverses (0 on the same tile) [hops].
  std::uint32_t hops(CoreId a, CoreId b) const;
  // Directed links, numbered tile * 4 + direction (0 east, 1 west, 2 north, 3 south).
  std::uint32_t link_count() const { return tiles() * 4; }
  // Directed link l runs north or south.
  static bool north_south(std::uint32_t link) { return link % 4 >= 2; }
  // Appends the directed links of the route from core a to core b to `out`.
  void route(CoreId a, CoreId b, std::vector<std::uint32_t>& out) const;
};

}  // namespace nm
