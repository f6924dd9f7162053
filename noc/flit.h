// Flits and packets. A spike is a single-flit packet (head and tail at once); management traffic
// (weight reads and writes) travels as multi-flit wormhole packets: a head flit that routes,
// body flits and a tail flit that follow it and release the output it holds.
#pragma once

#include <cstdint>

#include "common/types.h"

namespace nm {

// Message classes, each with its own buffers and credits (and, with physical networks, its own
// links), so read responses can never be blocked behind the requests that need them.
enum class MessageClass : std::uint8_t { Request = 0, Response = 1 };
constexpr std::uint32_t kMessageClasses = 2;
inline std::uint32_t class_index(MessageClass c) { return static_cast<std::uint32_t>(c); }

// What a packet carries. Spikes and read/write requests ride the request class; read
// responses the response class.
enum class PacketKind : std::uint8_t { Spike, ReadRequest, WriteRequest, ReadResponse };

struct Flit {  // 64 bytes: one cache line when aligned (fields ordered to leave no padding)
  CoreId src_core = 0;
  CoreId dst_core = 0;
  TileCoord dst_tile;            // destination router (unicast)
  std::uint32_t dst_local = 0;   // local port (core slot) on the destination tile (unicast)
  std::uint32_t dst_axon = 0;    // input axon on the destination core
  NeuronId src_neuron = 0;       // spiking neuron; the multicast routing key
  std::int32_t dx = 0;           // relative format: columns still to go (east > 0)
  std::int32_t dy = 0;           // relative format: rows still to go (north > 0)
  std::uint16_t hops_east_west = 0;    // hops taken so far along x
  std::uint16_t hops_north_south = 0;  // hops taken so far along y
  std::uint16_t packet_flits = 1;  // length of the packet this flit belongs to [flits]
  PacketKind kind = PacketKind::Spike;
  MessageClass msg_class = MessageClass::Request;
  bool head = true;              // first flit of its packet (routes and claims the output)
  bool tail = true;              // last flit of its packet (releases the output)
  bool multicast = false;        // routed by key (src_neuron) through the routers' tables
  Cycle emit_cycle = 0;          // when the source core handed the packet to its router
  std::uint64_t packet = 0;      // packet id, unique per mesh (in injection order)
};
static_assert(sizeof(Flit) == 64, "Flit: keep it one cache line");

// A flit in a queue, visible to its router from `arrival` on.
struct TimedFlit {
  Flit flit;
  Cycle arrival;
};

}  // namespace nm
