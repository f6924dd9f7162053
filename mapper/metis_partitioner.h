// k-way partitioning of the slice graph with METIS (METIS_PartGraphKway, objective: edge cut).
// Vertices are slices weighted by one or every capped resource (neurons, synapse bits, and
// upper bounds of input and output axons); edges carry the expected spikes per step
// between slices (the true objective, distinct destination cores, is refined afterwards).
// METIS balances the constraints only softly; the legaliser makes the caps hold afterwards.
#pragma once

#include <cstdint>
#include <vector>

#include "mapper/slice_graph.h"

namespace nm {

// What METIS balances: one additive resource (neurons or synapse bits; about ten times faster
// on 32 000 slices and 4 000 parts) or every capped resource at once.
enum class Balance { Neurons, SynapseBits, EveryCap };

// Part (0 .. parts-1) of every slice. Deterministic for a given seed. Throws InternalError when
// METIS reports a failure.
std::vector<std::uint32_t> partition_slices(const SliceGraph& graph,
                                            const std::vector<double>& rates,
                                            std::uint32_t parts, std::uint64_t seed,
                                            Balance balance = Balance::EveryCap);

}  // namespace nm
