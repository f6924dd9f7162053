// Parameters of the mesh network-on-chip. Plain struct; validate() checks ranges and consistency.
#pragma once

#include <cstdint>
#include <string>

#include "common/types.h"

namespace nm {

// Unicast routing function. WestFirst: every west hop first; otherwise minimal and adaptive among
// east/north/south, with a deterministic selection (the output with more free credits, east on a
// tie), so event-driven and lockstep runs still agree.
enum class RoutingAlgorithm { XY, YX, WestFirst };
// Output arbitration among competing inputs: rotating priority, or oldest packet first
// (smallest emit cycle; ties by rotating priority).
enum class Arbitration { RoundRobin, Age };
// How request traffic (spikes, read and write requests) and read responses are kept apart:
// two physical meshes (Loihi, US10810488B2 claim 2: separate links and buffers) or two virtual
// channels sharing each link (separate buffers and credits only).
enum class MessageNetworks { Physical, VirtualChannel };
// Destination encoding of a spike packet: absolute tile (Loihi-like) or TrueNorth's relative
// signed dx, dy, which bounds the reach to the signed range of packet_offset_bits.
enum class PacketFormat { Absolute, Relative };

struct NocParams {
  std::uint32_t buffer_depth_flits = 16;   // input buffer per inter-router port and message class [flits]
  RoutingAlgorithm routing = RoutingAlgorithm::XY;
  Arbitration arbitration = Arbitration::RoundRobin;
  MessageNetworks message_networks = MessageNetworks::Physical;
  std::uint32_t link_cycles_per_flit = 1;  // a link accepts one flit every this many cycles [cycles]
  std::uint32_t router_pipeline_stages = 1;  // stages a flit spends in each router; each stage
                                             // beyond the first adds 1 cycle per router traversed [stages]
  Cycle hop_east_west_cycles = 41;         // router + link traversal, east or west [cycles]
  Cycle hop_north_south_cycles = 65;       // router + link traversal, north or south [cycles]
  Cycle local_delivery_cycles = 21;        // router to a core on the same tile [cycles]
  Cycle credit_return_cycles = 1;          // a freed buffer slot reaches the upstream router [cycles]
  double hop_east_west_pj = 3.0;           // per flit per east-west hop [pJ]
  double hop_north_south_pj = 4.0;         // per flit per north-south hop [pJ]
  double local_delivery_pj = 1.7;          // per flit delivered within its destination tile [pJ]
  double buffer_write_pj = 0.0;            // per flit written into a router input buffer [pJ]
  double buffer_read_pj = 0.0;             // per flit read out of a router input buffer [pJ]
  double router_static_power_mw = 0.0;     // leakage of one router, reported apart [mW]

  // Multicast: one packet per spiking neuron, replicated along a tree by key/mask tables.
  bool multicast = false;
  std::uint32_t multicast_table_entries = 1024;  // key/mask entries per router (SpiNNaker: 1024) [entries]

  PacketFormat packet_format = PacketFormat::Absolute;
  std::uint32_t packet_offset_bits = 9;    // bits of each signed relative offset (TrueNorth: 9) [bits]

  // Chip boundaries inside the mesh: a link between tile columns x and x + 1 crosses a chip
  // when (x + 1) is a multiple of chip_boundary_every_x (0: no boundary); likewise along y.
  std::uint32_t chip_boundary_every_x = 0;  // tiles per chip along x, 0 = one chip [tiles]
  std::uint32_t chip_boundary_every_y = 0;  // tiles per chip along y, 0 = one chip [tiles]
  Cycle inter_chip_hop_cycles = 1;         // router + inter-chip link traversal [cycles]
  std::uint32_t inter_chip_link_cycles_per_flit = 1;  // serialisation of an inter-chip link [cycles]
  double inter_chip_pj_per_bit = 0.0;      // energy of an inter-chip link [pJ/bit]
  std::uint32_t flit_bits = 32;            // bits of one flit (TrueNorth spike: 32) [bits]

  Cycle watchdog_cycles = 1000000;         // no flit moved for this long while flits are
                                           // buffered: a deadlock (0 = off) [cycles]

  // Longest gap between two flit movements a live (not deadlocked) mesh can show [cycles].
  Cycle longest_live_gap_cycles() const;
  void validate() const;
};

std::string to_string(RoutingAlgorithm r);
std::string to_string(Arbitration a);

}  // namespace nm
