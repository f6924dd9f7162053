// Parameters of the mesh network-on-chip. Plain struct; validate() checks consistency.
#pragma once

#include <cstdint>
#include <string>

#include "common/types.h"

namespace nm {

enum class RoutingAlgorithm { XY, YX };

struct NocParams {
  std::uint32_t buffer_depth_flits = 16;   // input buffer per inter-router port [flits]
  RoutingAlgorithm routing = RoutingAlgorithm::XY;
  std::uint32_t link_cycles_per_flit = 1;  // a link accepts one flit every this many cycles [cycles]
  Cycle hop_east_west_cycles = 41;         // router + link traversal, east or west [cycles]
  Cycle hop_north_south_cycles = 65;       // router + link traversal, north or south [cycles]
  Cycle local_delivery_cycles = 21;        // router to a core on the same tile [cycles]
  Cycle credit_return_cycles = 1;          // a freed buffer slot reaches the upstream router [cycles]
  double hop_east_west_pj = 3.0;           // per flit per east-west hop [pJ]
  double hop_north_south_pj = 4.0;         // per flit per north-south hop [pJ]
  double local_delivery_pj = 1.7;          // per flit delivered within its destination tile [pJ]
  void validate() const;
};

std::string to_string(RoutingAlgorithm r);

}  // namespace nm
