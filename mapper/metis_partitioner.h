// Multi-constraint k-way partitioning of the slice graph with METIS (METIS_PartGraphKway,
// objective: total communication volume). Vertices are slices weighted by every capped resource
// (neurons, synapses, and upper bounds of input and output axons); a vertex's communication size
// is its neurons' expected spike rate, and edges carry the rates of the spikes between slices.
// METIS balances the constraints only softly; the legaliser makes the caps hold afterwards.
#pragma once

#include <cstdint>
#include <vector>

#include "mapper/slice_graph.h"

namespace nm {

// Part (0 .. parts-1) of every slice. Deterministic for a given seed. Throws InternalError when
// METIS reports a failure.
std::vector<std::uint32_t> partition_slices(const SliceGraph& graph,
                                            const std::vector<double>& rates,
                                            std::uint32_t parts, std::uint64_t seed);

}  // namespace nm
