// Splitter neurons for TrueNorth fan-out (Merolla 2014 sections S1, S4): a TrueNorth neuron has
// exactly one target axon on one core, so a neuron whose synapses reach k > 1 cores sends its
// spike to one axon of a splitter core, where k splitter neurons (weights[0] = 1, threshold 1,
// normal reset to 0, no leak) each relay it to one of the k destination cores.
//
// Contract: called after mapping, before the chip is built. For every such source neuron it
// appends k neurons to the population "splitters" (created last, model truenorth), places them on
// the first core (scanning from the source's own core) with k free neuron slots and one free
// input axon, replaces the source's synapses by one synapse to each splitter (projection
// "splitter_in", axon type 0, delay 0) and moves the original synapses onto the splitters, with
// their projection (so their axon type) and their delay minus one step: a spike still arrives
// at the same tick, except when the original delay was 0 (one tick later; counted in
// `late_synapses`). Updates core_of, compartment_of and usage. Throws CapacityError naming the
// binding resource when k exceeds a core's neurons or no core has room for a group.
#pragma once

#include <cstdint>

#include "cores/core_params.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

struct SplitterReport {
  std::uint32_t sources_split = 0;   // neurons whose fan-out needed splitters [count]
  std::uint32_t splitters = 0;       // splitter neurons added [count]
  std::uint64_t late_synapses = 0;   // synapses that arrive one tick later (delay 0) [count]
};

SplitterReport insert_splitters(SnnNetwork& net, Mapping& mapping, const CoreCapacity& cap);

}  // namespace nm
