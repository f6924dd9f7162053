#include "noc/routing.h"

#include "common/errors.h"

namespace nm {

std::uint32_t opposite(std::uint32_t d) {
  switch (d) {
    case kNorth: return kSouth;
    case kSouth: return kNorth;
    case kEast: return kWest;
    case kWest: return kEast;
    default: throw InternalError("opposite() of a local port");
  }
}

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

std::uint32_t route(RoutingAlgorithm algorithm, TileCoord here, TileCoord dst,
                    std::uint32_t dst_local) {
  const bool x_done = here.x == dst.x;
  const bool y_done = here.y == dst.y;
  if (x_done && y_done) return kLocalPortBase + dst_local;
  if (algorithm == RoutingAlgorithm::XY) return x_done ? step_y(here, dst) : step_x(here, dst);
  return y_done ? step_x(here, dst) : step_y(here, dst);
}

}  // namespace nm
