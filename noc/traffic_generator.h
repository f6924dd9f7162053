// A synthetic NoC study with no cores (plain C++, driven by EventDriver): every node (core)
// creates packets by a Bernoulli process of `rate` packets per cycle (drawn as geometric gaps,
// so an idle node costs nothing), to destinations from a TrafficDestinations pattern; packets
// created in [0, cycles) are injected, then the mesh drains. A fraction of the packets can be
// management traffic: half write requests of packet_flits flits, half 2-flit read requests,
// each answered at its destination by a packet_flits-flit read response (response class).
//
// Measured as BookSim2 does: latency (creation to tail delivery, source queueing included) of
// the packets created in [warmup, cycles); offered and accepted throughput are flits created and
// delivered in that window per node per cycle.
#pragma once

#include <cstdint>

#include "noc/latency_histogram.h"
#include "noc/multicast_builder.h"
#include "noc/noc_params.h"
#include "noc/traffic_pattern.h"

namespace nm {

struct TrafficOptions {
  TrafficPattern pattern = TrafficPattern::Uniform;
  double rate = 0.1;               // packets created per node per cycle [packets/node/cycle]
  Cycle cycles = 10000;            // packets are created in [0, cycles) [cycles]
  Cycle warmup = 1000;             // measurement starts here [cycles]
  double hotspot_fraction = 0.2;   // hotspot pattern: share of packets to the hotspot node
  double management_fraction = 0;  // share of packets that are read/write requests
  std::uint16_t packet_flits = 4;  // write request and read response length [flits]
  std::uint64_t seed = 1;          // run seed; each node's stream also hashes its name
  bool lockstep = false;           // evaluate every router every cycle (verification)
};

struct TrafficResult {
  double offered_flits_per_node_cycle = 0;   // flits created in the window / nodes / window
  double accepted_flits_per_node_cycle = 0;  // flits delivered in the window / nodes / window
  LatencyHistogram latency;                  // packets created in the window [cycles]
  std::uint64_t packets_created = 0;         // over the whole run [packets]
  std::uint64_t flits_injected = 0;          // over the whole run [flits]
  std::uint64_t flits_delivered = 0;         // over the whole run [flits]
  std::uint64_t read_responses = 0;          // responses created and delivered [packets]
  Cycle drained_cycle = 0;                   // when the last flit left the mesh [cycle]
  std::uint64_t router_evaluations = 0;      // router evaluations the driver made [count]
};

// Throws UserError for bad options (rate outside [0, 1], warmup >= cycles, ...), DeadlockError
// when the mesh deadlocks.
TrafficResult run_traffic(const NocParams& params, const MeshShape& shape,
                          const TrafficOptions& options);

}  // namespace nm
