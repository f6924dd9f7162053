// What the mesh needs to know about a mapped network before it runs: the multicast trees (one
// per neuron with fan-out: its core and every destination core), the input axon each multicast
// copy lands on, and, for the relative packet format, a reach check of every fan-out edge so an
// unreachable destination is refused before the run starts.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "cores/core_image.h"
#include "noc/multicast_builder.h"
#include "noc/noc_params.h"

namespace nm {

// One tree per compartment with fan-out, keyed by its global neuron id.
std::vector<MulticastTree> multicast_trees(const std::vector<CoreImage>& images);

// Input axon on destination core `core` for source neuron `neuron`, for every fan-out edge.
class MulticastAxons {
 public:
  explicit MulticastAxons(const std::vector<CoreImage>& images);
  MulticastAxons() = default;
  // Throws InternalError when the edge does not exist.
  std::uint32_t axon(NeuronId neuron, CoreId core) const;

 private:
  static std::uint64_t edge(NeuronId n, CoreId c) { return (std::uint64_t{n} << 32) | c; }
  std::unordered_map<std::uint64_t, std::uint32_t> axon_of_;
};

// Throws UserError naming the first fan-out edge whose destination tile is out of the relative
// packet format's reach.
void check_packet_reach(const std::vector<CoreImage>& images, const MeshShape& shape,
                        const NocParams& noc);

}  // namespace nm
