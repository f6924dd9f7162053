// What the mapper needs from the chip: the mesh geometry, and a short profiling run that
// measures every neuron's spike rate. The profiling run drives the plain C++ chip model with
// the NoC's EventDriver (no SystemC kernel), so it can run in the same process as a later
// SystemC simulation, which may elaborate only once per process.
#pragma once

#include <cstdint>
#include <vector>

#include "hw_model/arch_params.h"
#include "mapper/mapping.h"
#include "mapper/mesh_shape.h"
#include "mapper/snn_network.h"

namespace nm {

// The mapper's view of arch.chip and arch.noc.routing (west-first routes like XY).
MeshLayout mesh_shape(const ArchParams& arch);

// Runs `steps` steps of `net` placed by `mapping` with run seed `seed` and returns each
// neuron's spikes per step [spikes/step].
std::vector<double> profile_rates(const ArchParams& arch, const SnnNetwork& net,
                                  const Mapping& mapping, std::uint64_t steps,
                                  std::uint64_t seed);

}  // namespace nm
