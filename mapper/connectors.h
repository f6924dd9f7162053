// Connectivity patterns between two populations, as lists of local index pairs. Pure functions
// of their arguments and the Rng stream, so the same seed always gives the same synapses.
// Every result is sorted by (pre, post) and holds each pair at most once.
#pragma once

#include <cstdint>
#include <vector>

#include "common/rng.h"

namespace nm {

// One connection: neuron `pre` of the source population to neuron `post` of the target.
struct LocalPair {
  std::uint32_t pre = 0;   // index within the pre population
  std::uint32_t post = 0;  // index within the post population
};

// Every pre to every post; exclude_self drops i -> i (recurrent projections).
std::vector<LocalPair> connect_all_to_all(std::uint32_t n_pre, std::uint32_t n_post,
                                          bool exclude_self);

// i -> i for i < n.
std::vector<LocalPair> connect_one_to_one(std::uint32_t n);

// Each allowed pair independently with probability p (0..1). Draws geometric gaps between
// chosen pairs, so the cost is proportional to the synapses made, not to n_pre * n_post.
std::vector<LocalPair> connect_fixed_probability(std::uint32_t n_pre, std::uint32_t n_post,
                                                 double p, bool exclude_self, Rng& rng);

// Each pre neuron gets exactly `fanout` distinct targets drawn uniformly (Floyd's algorithm).
// Requires fanout <= n_post (n_post - 1 with exclude_self).
std::vector<LocalPair> connect_fixed_fanout(std::uint32_t n_pre, std::uint32_t n_post,
                                            std::uint32_t fanout, bool exclude_self, Rng& rng);

}  // namespace nm
