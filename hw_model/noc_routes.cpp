#include "hw_model/noc_routes.h"

#include <string>

#include "common/errors.h"
#include "noc/packet_format.h"

namespace nm {

std::vector<MulticastTree> multicast_trees(const std::vector<CoreImage>& images) {
  std::vector<MulticastTree> trees;
  for (CoreId k = 0; k < images.size(); ++k) {
    const CoreImage& img = images[k];
    if (img.out_offsets.empty()) continue;
    for (std::uint32_t c = 0; c < img.compartments(); ++c) {
      const std::uint32_t begin = img.out_offsets[c], end = img.out_offsets[c + 1];
      if (begin == end) continue;
      MulticastTree t{img.neuron_of[c], k, {}};
      for (std::uint32_t e = begin; e < end; ++e) t.dst_cores.push_back(img.out_axons[e].core);
      trees.push_back(std::move(t));
    }
  }
  return trees;
}

MulticastAxons::MulticastAxons(const std::vector<CoreImage>& images) {
  for (const CoreImage& img : images) {
    if (img.out_offsets.empty()) continue;
    for (std::uint32_t c = 0; c < img.compartments(); ++c) {
      for (std::uint32_t e = img.out_offsets[c]; e < img.out_offsets[c + 1]; ++e) {
        const OutputAxon& a = img.out_axons[e];
        axon_of_[edge(img.neuron_of[c], a.core)] = a.axon;
      }
    }
  }
}

std::uint32_t MulticastAxons::axon(NeuronId neuron, CoreId core) const {
  const auto it = axon_of_.find(edge(neuron, core));
  if (it == axon_of_.end())
    throw InternalError("multicast copy of neuron " + std::to_string(neuron) +
                        " reached core " + std::to_string(core) + ", which it has no edge to");
  return it->second;
}

void check_packet_reach(const std::vector<CoreImage>& images, const MeshShape& shape,
                        const NocParams& noc) {
  const auto tile = [&shape](CoreId core) {
    const std::uint32_t r = core / shape.local_ports;
    return TileCoord{static_cast<int>(r % shape.width), static_cast<int>(r / shape.width)};
  };
  for (CoreId k = 0; k < images.size(); ++k) {
    for (const OutputAxon& a : images[k].out_axons) {
      Flit probe;
      encode_relative(probe, tile(k), tile(a.core), noc);
    }
  }
}

}  // namespace nm
