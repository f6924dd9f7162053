// Mapping strategies chosen by name (`--mapper NAME`), and the common wrapper that times the
// mapping and attaches the traffic prediction to the result.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cores/core_params.h"
#include "mapper/mapping.h"
#include "mapper/mesh_shape.h"
#include "mapper/snn_network.h"

namespace nm {

struct MapRequest {
  std::string strategy = "sequential";  // one of mapper_names()
  std::uint64_t seed = 1;               // for strategies with randomness
  std::vector<double> rates;            // expected spikes per step per neuron
  std::string rates_from = "inputs";    // where `rates` came from (for reports)
};

// "sequential", "metis".
const std::vector<std::string>& mapper_names();

// Throws UserError for an unknown strategy and CapacityError when the network does not fit.
Mapping map_network(const SnnNetwork& net, const CoreCapacity& cap, const MeshLayout& shape,
                    const MapRequest& request);

// Fills m.predicted from `rates` (used also for mappings read from a file).
void attach_prediction(const SnnNetwork& net, const MeshLayout& shape,
                       const std::vector<double>& rates, const std::string& rates_from,
                       Mapping& m);

}  // namespace nm
