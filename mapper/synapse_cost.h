// What one synapse costs in a core's synapse memory under its projection's encoding, and the
// encoding of a synapse. Header-only helpers shared by the mappers and the chip builder.
//
// A synapse stores: its weight field (weight_bits, plus a sign bit in mixed mode), a delay field
// of core.delay_bits when its projection uses any delay > 0, the target compartment index
// (ceil(log2(core.neurons)) bits) and, when its projection is plastic, a learning tag of
// core.learning_tag_bits (docs/models.md, "Synapse memory"). Hand-built networks (no projection
// list) keep the mapper's legacy cost, synapse_cost_bits() in sequential_mapper.h.
#pragma once

#include <cstdint>

#include "cores/core_params.h"
#include "cores/weight_encoding.h"
#include "mapper/snn_network.h"

namespace nm {

// The encoding of synapse `s`: its projection's, or the default for hand-built networks.
inline const WeightEncoding& encoding_of(const SnnNetwork& net, const Synapse& s) {
  static const WeightEncoding kDefault{};
  return net.projections.empty() ? kDefault : net.projections[s.projection].encoding;
}

// ceil(log2(neurons)), at least 1 [bits].
inline std::uint32_t compartment_index_bits(const CoreCapacity& cap) {
  std::uint32_t bits = 1;
  while (bits < 32 && (std::uint64_t{1} << bits) < cap.neurons) ++bits;
  return bits;
}

// Bits of one synapse with encoding `enc` whose projection has (or lacks) delays [bits].
inline std::uint32_t synapse_bits(const CoreCapacity& cap, const WeightEncoding& enc,
                                  bool has_delays) {
  return weight_field_bits(enc) + (has_delays ? cap.delay_bits : 0) +
         compartment_index_bits(cap) + (enc.plastic ? cap.learning_tag_bits : 0);
}

// Bits of one synapse of projection `p` [bits].
inline std::uint32_t synapse_bits(const CoreCapacity& cap, const ProjectionSpec& p) {
  return synapse_bits(cap, p.encoding, p.has_delays);
}

// Bits of synapse `s` of `net` [bits]. For hand-built networks (no projection list): the default
// encoding, with the delay field when the synapse itself has a delay.
inline std::uint32_t synapse_bits(const CoreCapacity& cap, const SnnNetwork& net,
                                  const Synapse& s) {
  if (net.projections.empty()) return synapse_bits(cap, encoding_of(net, s), s.delay > 0);
  return synapse_bits(cap, net.projections[s.projection]);
}

}  // namespace nm
