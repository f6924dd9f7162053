// Synthetic destination patterns of NoC studies (as in BookSim2 and Noxim), over nodes = cores.
// A node is (router, local slot); patterns that permute act on the router's tile and keep the
// slot. uniform: any node, equally likely (itself included). transpose: tile (x, y) -> (y, x)
// (square meshes only). bitcomplement: (x, y) -> (W-1-x, H-1-y) (the bitwise complement of the
// router index when W and H are powers of two). hotspot: with probability hotspot_fraction the
// node at the mesh centre ((W/2, H/2), slot 0), otherwise uniform.
#pragma once

#include <cstdint>
#include <string>

#include "common/rng.h"
#include "common/types.h"
#include "noc/multicast_builder.h"

namespace nm {

enum class TrafficPattern { Uniform, Transpose, BitComplement, Hotspot };

// Throws UserError for an unknown name.
TrafficPattern parse_traffic_pattern(const std::string& name);

class TrafficDestinations {
 public:
  // Throws UserError when the pattern does not fit the mesh (transpose on a non-square mesh).
  TrafficDestinations(TrafficPattern pattern, const MeshShape& shape, double hotspot_fraction);
  // Destination node of a packet from `src`; draws from `rng` for the random patterns.
  CoreId destination(CoreId src, Rng& rng) const;
  std::uint32_t nodes() const { return shape_.width * shape_.height * shape_.local_ports; }

 private:
  TrafficPattern pattern_;
  MeshShape shape_;
  double hotspot_fraction_;
};

}  // namespace nm
