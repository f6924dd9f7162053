// The traffic model of the mapper: every spike of a neuron is one packet per distinct
// destination core (the same as the simulator's fan-out tables), so a placement's expected
// traffic per step follows from each neuron's expected rate [spikes/step].
#pragma once

#include <cstdint>
#include <vector>

#include "common/types.h"
#include "mapper/mapping.h"
#include "mapper/mesh_shape.h"
#include "mapper/snn_network.h"

namespace nm {

// Expected spikes per step of every neuron, estimated from the inputs alone: a Poisson source
// fires with its per-step probability, a spike-times source at (its spike count / `steps`), and
// every other neuron at the mean rate of all sources (or 0.1 with no sources), because without a
// profiling run nothing better is known about LIF neurons.
std::vector<double> estimate_rates(const SnnNetwork& net, std::uint64_t steps);

// Expected packets, hops and the busiest link per step when neuron n sits on core_of[n].
TrafficPrediction predict_traffic(const SnnNetwork& net, const std::vector<CoreId>& core_of,
                                  const std::vector<double>& rates, const MeshLayout& shape);

}  // namespace nm
