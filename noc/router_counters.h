// Event counts and occupancy statistics of one router.
#pragma once

#include <cstdint>

namespace nm {

struct RouterCounters {
  std::uint64_t flits_east_west = 0;    // flits sent over an east or west link [flits]
  std::uint64_t flits_north_south = 0;  // flits sent over a north or south link [flits]
  std::uint64_t flits_ejected = 0;      // flits delivered to a core of this tile [flits]
  std::uint64_t flits_injected = 0;     // flits taken from this tile's cores [flits]
  std::uint64_t stall_cycles = 0;       // (input port, cycle) pairs with a ready head flit that could not move [port-cycles]
  std::uint64_t buffer_flit_cycles = 0; // sum over flits of cycles spent in a mesh input buffer [flit-cycles]
  std::uint32_t max_buffer_occupancy = 0;  // most flits seen in one mesh input buffer [flits]
};

}  // namespace nm
