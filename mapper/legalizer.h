// After a partition (METIS balances resources only softly), the legaliser moves slices out of
// every core over any limit: to a core that can take them when one can (the move that adds the
// least traffic), otherwise as a repair move that lowers the total overflow of all cores most
// (it may push a core it fills over a limit, e.g. its output axons, to be repaired in turn);
// when no single move helps, a multi-slice repair moves the group of the core's slices that share
// the most sources (the group size that lowers the total overflow most) to the roomiest core. Then refinement moves slices between cores while the true objective (expected
// packets per step) improves and every limit still holds.
#pragma once

#include <cstdint>

#include "mapper/core_load.h"
#include "mapper/snn_network.h"

namespace nm {

// Throws CapacityError when a slice alone is more than an empty core can hold, naming the
// neurons, the resource and the excess.
void check_slices_fit(const SnnNetwork& net, const SliceGraph& graph, const CoreLimits& limits);

// Makes every core of `load` legal. Throws CapacityError naming the slice that no move can
// help, the binding resource and by how much its core is over.
void legalize(CoreLoad& load, const SnnNetwork& net, const SliceGraph& graph,
              const CoreLimits& limits);

// Greedy single-slice moves with positive gain, at most `passes` sweeps over the slices (in
// slice order, so deterministic). Returns the moves made.
std::uint64_t refine(CoreLoad& load, unsigned passes);

}  // namespace nm
