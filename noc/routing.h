// Router ports and the dimension-order routing functions.
#pragma once

#include <cstdint>
#include <string>

#include "common/types.h"
#include "noc/noc_params.h"

namespace nm {

// Ports 0..3 are the mesh directions; local port k (k-th core of the tile) is kLocalPortBase + k.
enum Direction : std::uint32_t { kNorth = 0, kSouth = 1, kEast = 2, kWest = 3 };
constexpr std::uint32_t kMeshPorts = 4;
constexpr std::uint32_t kLocalPortBase = 4;

inline bool is_local_port(std::uint32_t port) { return port >= kLocalPortBase; }
inline bool is_east_west(std::uint32_t port) { return port == kEast || port == kWest; }
// The port a flit enters by at the neighbour when it leaves by `d`.
[[noreturn]] void throw_opposite_of_local_port();
// The mesh direction opposite `d` (north <-> south, east <-> west); throws for a local port.
inline std::uint32_t opposite(std::uint32_t d) {
  if (d >= kLocalPortBase) throw_opposite_of_local_port();
  return d ^ 1u;  // kNorth = 0, kSouth = 1, kEast = 2, kWest = 3
}
std::string port_name(std::uint32_t port);  // "north", ..., "local0"

// Output port for a flit at `here` heading to (`dst`, local port `dst_local`). North is +y,
// east is +x. XY: correct x first, then y; YX: y first (both deadlock-free). WestFirst: all west
// hops first; otherwise, among the productive outputs east and north/south, the one with more
// `free_credits` (indexed by direction; nullptr = all equal), east on a tie (deadlock-free by the
// turn model: no turn into west).
std::uint32_t route(RoutingAlgorithm algorithm, TileCoord here, TileCoord dst,
                    std::uint32_t dst_local, const std::uint32_t* free_credits = nullptr);

}  // namespace nm
