#include "noc/multicast_builder.h"

#include <map>

#include "common/errors.h"
#include "noc/routing.h"

namespace nm {

namespace {

struct Visit {
  std::uint32_t in;     // port the packet enters by
  std::uint32_t ports;  // ports it leaves by
};

std::uint32_t step(std::uint32_t router, std::uint32_t dir, const MeshShape& s) {
  switch (dir) {
    case kNorth: return router + s.width;
    case kSouth: return router - s.width;
    case kEast: return router + 1;
    default: return router - 1;
  }
}

// Adds the XY path from `src` core to `dst` core of one tree into `visits` (router -> visit).
void add_path(CoreId src, CoreId dst, const MeshShape& s, std::map<std::uint32_t, Visit>& visits) {
  std::uint32_t r = src / s.local_ports;
  std::uint32_t in = kLocalPortBase + src % s.local_ports;
  const std::uint32_t dst_router = dst / s.local_ports;
  const TileCoord target{static_cast<int>(dst_router % s.width), static_cast<int>(dst_router / s.width)};
  for (;;) {
    const TileCoord here{static_cast<int>(r % s.width), static_cast<int>(r / s.width)};
    const std::uint32_t out = route(RoutingAlgorithm::XY, here, target, dst % s.local_ports);
    auto [it, fresh] = visits.try_emplace(r, Visit{in, 0});
    if (!fresh && it->second.in != in)
      throw InternalError("multicast tree enters router " + std::to_string(r) + " twice");
    it->second.ports |= 1u << out;
    if (is_local_port(out)) return;
    in = opposite(out);
    r = step(r, out, s);
  }
}

}  // namespace

std::vector<MulticastTable> build_multicast_tables(const std::vector<MulticastTree>& trees,
                                                   const MeshShape& shape,
                                                   std::uint32_t capacity) {
  if (kLocalPortBase + shape.local_ports > 32)
    throw UserError("noc.multicast: at most 28 cores per tile fit a multicast port set");
  std::vector<MulticastTable> tables(static_cast<std::size_t>(shape.width) * shape.height,
                                     MulticastTable(capacity));
  for (const MulticastTree& t : trees) {
    std::map<std::uint32_t, Visit> visits;
    for (const CoreId d : t.dst_cores) add_path(t.src_core, d, shape, visits);
    for (const auto& [router, v] : visits) {
      const bool straight = !is_local_port(v.in) && v.ports == (1u << opposite(v.in));
      if (!straight) tables[router].add({t.key, 0xFFFFFFFFu, v.ports});
    }
  }
  for (std::uint32_t r = 0; r < tables.size(); ++r) {
    if (tables[r].size() > capacity)
      throw UserError("noc.multicast_table_entries: the router of tile (" +
                      std::to_string(r % shape.width) + "," + std::to_string(r / shape.width) +
                      ") needs " + std::to_string(tables[r].size()) +
                      " multicast entries for this mapping, more than its limit of " +
                      std::to_string(capacity) +
                      "; raise noc.multicast_table_entries or set noc.multicast: false");
  }
  return tables;
}

}  // namespace nm
