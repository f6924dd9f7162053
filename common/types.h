// Basic vocabulary types shared by every NeuroMesh component.
#pragma once

#include <cstdint>
#include <limits>

namespace nm {

// Time is an integer count of chip clock cycles (the period is ArchParams::chip.clock_period_ps).
using Cycle = std::uint64_t;
constexpr Cycle kNever = std::numeric_limits<Cycle>::max();

// Global neuron index: populations are laid out one after another in network-file order.
using NeuronId = std::uint32_t;
// Global core index: core k sits on tile k / cores_per_tile, tiles numbered row-major.
using CoreId = std::uint32_t;

struct TileCoord {
  int x = 0;  // column, 0 = west edge
  int y = 0;  // row, 0 = south edge
  bool operator==(const TileCoord& o) const { return x == o.x && y == o.y; }
  bool operator!=(const TileCoord& o) const { return !(*this == o); }
};

}  // namespace nm
