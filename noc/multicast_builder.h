// Builds every router's multicast table from where each spiking neuron's packets must go: the
// packet follows the dimension-order (XY) path to each destination core, the union of those
// paths is a tree (XY paths from one source never re-enter a router by another port), and a
// router needs an entry for a key only where the tree branches, turns, starts or ends; where it
// runs straight through, default routing carries it with no entry (as SpiNNaker's routers do).
#pragma once

#include <cstdint>
#include <vector>

#include "common/types.h"
#include "noc/multicast_table.h"

namespace nm {

struct MulticastTree {
  std::uint32_t key;              // routing key (the source neuron)
  CoreId src_core;                // core that injects the packet
  std::vector<CoreId> dst_cores;  // cores that must each get one copy
};

struct MeshShape {
  std::uint32_t width;        // routers along x [count]
  std::uint32_t height;       // routers along y [count]
  std::uint32_t local_ports;  // cores per router [count]
};

// One table per router (row-major). Throws UserError naming the router when any table needs
// more than `capacity` entries.
std::vector<MulticastTable> build_multicast_tables(const std::vector<MulticastTree>& trees,
                                                   const MeshShape& shape,
                                                   std::uint32_t capacity);

}  // namespace nm
