// A spike packet. Spikes are single-flit packets, so a flit is a whole packet.
#pragma once

#include <cstdint>

#include "common/types.h"

namespace nm {

struct Flit {
  CoreId src_core = 0;
  CoreId dst_core = 0;
  TileCoord dst_tile;            // destination router
  std::uint32_t dst_local = 0;   // local port (core slot) on the destination tile
  std::uint32_t dst_axon = 0;    // input axon on the destination core
  NeuronId src_neuron = 0;
  Cycle emit_cycle = 0;          // when the source core handed it to its router
  std::uint16_t hops_east_west = 0;    // hops taken so far along x
  std::uint16_t hops_north_south = 0;  // hops taken so far along y
};

// A flit in a queue, visible to its router from `arrival` on.
struct TimedFlit {
  Flit flit;
  Cycle arrival;
};

}  // namespace nm
