// Event counts and occupancy statistics of one router.
#pragma once

#include <array>
#include <cstdint>

namespace nm {

struct RouterCounters {
  std::uint64_t flits_east_west = 0;    // flits sent over an east or west link (inter-chip included) [flits]
  std::uint64_t flits_north_south = 0;  // flits sent over a north or south link (inter-chip included) [flits]
  std::uint64_t flits_inter_chip_east_west = 0;    // of which over an inter-chip east/west link [flits]
  std::uint64_t flits_inter_chip_north_south = 0;  // of which over an inter-chip north/south link [flits]
  std::array<std::uint64_t, 4> flits_out{};  // flits sent per mesh direction (north, south, east, west) [flits]
  std::uint64_t flits_ejected = 0;      // flits delivered to a core of this tile [flits]
  std::uint64_t flits_injected = 0;     // flits taken from this tile's cores [flits]
  std::uint64_t buffer_writes = 0;      // flits written into a mesh input buffer [flits]
  std::uint64_t buffer_reads = 0;       // flits read out of a mesh input buffer [flits]
  std::uint64_t stall_cycles = 0;       // (input port, class, cycle) triples with a ready head flit that could not move [port-cycles]
  std::uint64_t buffer_flit_cycles = 0; // sum over flits of cycles spent in a mesh input buffer [flit-cycles]
  std::uint32_t max_buffer_occupancy = 0;  // most flits seen in one mesh input buffer [flits]
};

}  // namespace nm
