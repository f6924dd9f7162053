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

static std::uint32_t step_x(TileCoord here, TileCoord dst) { return dst.x > here.x ? kEast : kWest; }
static std::uint32_t step_y(TileCoord here, TileCoord dst) { return dst.y > here.y ? kNorth : kSouth; }

static std::uint32_t west_first(TileCoord here, TileCoord dst, const std::uint32_t* free_credits) {
  if (dst.x < here.x) return kWest;
  if (dst.x == here.x) return step_y(here, dst);
  if (dst.y == here.y) return kEast;
  const std::uint32_t vertical = step_y(here, dst);
  if (free_credits == nullptr) return kEast;
  return free_credits[vertical] > free_credits[kEast] ? vertical : kEast;
}

std::uint32_t route(RoutingAlgorithm algorithm, TileCoord here, TileCoord dst,
                    std::uint32_t dst_local, const std::uint32_t* free_credits) {
  const bool x_done = here.x == dst.x;
  const bool y_done = here.y == dst.y;
  if (x_done && y_done) return kLocalPortBase + dst_local;
  switch (algorithm) {
    case RoutingAlgorithm::XY: return x_done ? step_y(here, dst) : step_x(here, dst);
    case RoutingAlgorithm::YX: return y_done ? step_x(here, dst) : step_y(here, dst);
    case RoutingAlgorithm::WestFirst: return west_first(here, dst, free_credits);
  }
  throw InternalError("unknown routing algorithm");
}

}  // namespace nm
