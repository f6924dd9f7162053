// The whole architecture as plain structs: what the simulator sees after a config is loaded.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/types.h"
#include "cores/core_params.h"
#include "noc/noc_params.h"

namespace nm {

struct ChipParams {
  std::uint32_t mesh_width = 8;        // tiles along x [count]
  std::uint32_t mesh_height = 4;       // tiles along y [count]
  std::uint32_t cores_per_tile = 4;    // cores sharing one router [count]
  std::uint64_t clock_period_ps = 100; // one simulated cycle [ps]
  double static_power_mw = 0.0;        // leakage of the whole chip, reported apart [mW]
  Cycle tick_cycles = 0;               // fixed step period (TrueNorth: 1 ms), 0 = a step ends at
                                       // its barrier; a step never ends before start + tick [cycles]
  std::uint32_t tiles() const { return mesh_width * mesh_height; }
  std::uint32_t cores() const { return tiles() * cores_per_tile; }
};

// The end-of-step barrier. `fixed`: a constant latency. `table`: latency by number of tiles,
// linearly interpolated between listed points and held flat beyond the ends. `wavefront`: a
// barrier message spreads from a root tile over the mesh and a second wavefront returns
// (Loihi, US10810488B2 claim 1): base + 2 x the slowest root-to-tile path, each hop costing the
// wavefront's per-direction hop latency (an inter-chip hop: noc.inter_chip_hop_cycles).
struct BarrierParams {
  enum class Model { Fixed, Table, Wavefront };
  Model model = Model::Fixed;
  Cycle fixed_cycles = 0;  // latency for the fixed model [cycles]
  TileCoord root;                    // wavefront: tile that starts and ends the barrier
  Cycle base_cycles = 0;             // wavefront: fixed cost at the root [cycles]
  Cycle hop_east_west_cycles = 1;    // wavefront: one east-west hop of a barrier message [cycles]
  Cycle hop_north_south_cycles = 1;  // wavefront: one north-south hop of a barrier message [cycles]
  struct Point {
    std::uint32_t tiles;   // tiles spanned [count]
    Cycle cycles;          // barrier latency [cycles]
  };
  std::vector<Point> table;  // ascending in tiles
  // Barrier latency for a mesh of `tiles` tiles, fixed and table models [cycles].
  Cycle latency_cycles(std::uint32_t tiles) const;
};

struct ArchParams;
// Barrier latency of `arch`'s whole mesh under any model [cycles].
Cycle barrier_latency_cycles(const ArchParams& arch);
// The cycle at which a step that started at `start` ends, before any learning phase: the barrier
// after the last core and the last delivery (`activity_end`), but not before the chip's fixed
// tick (chip.tick_cycles, TrueNorth) has passed. `barrier_cycles` = barrier_latency_cycles(arch).
Cycle step_end_cycle(const ArchParams& arch, Cycle start, Cycle activity_end, Cycle barrier_cycles);

struct ArchParams {
  std::string name;         // preset or file name
  std::string description;  // one line, shown by `neuromesh presets`
  ChipParams chip;
  CoreParams core;
  NocParams noc;
  BarrierParams barrier;
  void validate() const;  // throws UserError
};

// With a fixed tick: the slowest spike (corner to corner over the mesh, then local delivery)
// must arrive within one tick, since the delivery tick is at least one tick ahead (Akopyan 2015
// section V-C). Throws UserError naming the hop latencies and the tick otherwise.
void check_route_within_tick(const ArchParams& arch);

}  // namespace nm
