#include "noc/routing.h"

#include "common/errors.h"

namespace nm {

void throw_opposite_of_local_port() { throw InternalError("opposite() of a local port"); }

std::string port_name(std::uint32_t port) {
  switch (port) {
    case kNorth: return "north";
    case kSouth: return "south";
    case kEast: return "east";
    case kWest: return "west";
    default: return "local" + std::to_string(port - kLocalPortBase);
  }
}

void throw_unknown_routing() { throw InternalError("unknown routing algorithm"); }

std::uint32_t route_west_first(TileCoord here, TileCoord dst, const std::uint32_t* free_credits) {
  const std::uint32_t vertical = dst.y > here.y ? kNorth : kSouth;
  if (dst.x < here.x) return kWest;
  if (dst.x == here.x) return vertical;
  if (dst.y == here.y) return kEast;
  if (free_credits == nullptr) return kEast;
  return free_credits[vertical] > free_credits[kEast] ? vertical : kEast;
}

}  // namespace nm
