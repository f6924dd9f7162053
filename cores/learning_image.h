// What a core's learning engine is loaded with: its plastic projections (rule, epoch, trace
// parameters, weight encoding), where each plastic synapse sits in the synapse memory, and which
// input axons carry reward spikes. Built by hw_model's chip builder; docs/learning.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/types.h"
#include "cores/learning_rule.h"
#include "cores/learning_trace.h"
#include "cores/weight_encoding.h"

namespace nm {

// One plastic projection's part on a core.
struct PlasticGroupSpec {
  std::uint32_t projection = 0;    // index into the network's projections
  LearningRule rule;
  std::uint32_t epoch_steps = 1;   // T_epoch, 1..63 [steps]
  TraceParams x1, x2, y1, y2, y3, r1;
  WeightEncoding encoding;         // the projection's weight precision and sign mode
};

// Place and learning state of one plastic synapse.
struct PlasticSynapse {
  std::uint32_t group = 0;         // index into LearningImage::groups
  std::uint32_t axon = 0;          // input axon of the core
  std::uint32_t compartment = 0;   // target compartment
  std::size_t entry = 0;           // index of its SynapseEntry in the core's SynapseMemory
  NeuronId pre = 0;                // global id of the pre neuron
  std::int32_t weight = 0;         // weight mantissa
  std::uint16_t delay = 0;         // [steps]
  std::int32_t tag = 0;            // 9-bit signed tag
};

// An input axon whose spikes add the r1 impulse of a group (a reward neuron).
struct RewardAxon {
  std::uint32_t axon = 0;
  std::uint32_t group = 0;
};

struct LearningImage {
  std::vector<PlasticGroupSpec> groups;
  std::vector<PlasticSynapse> synapses;  // grouped by group, ascending
  std::vector<RewardAxon> reward_axons;
  std::uint64_t rng_seed = 0;            // seed of the core's learning PRNG
  bool empty() const { return groups.empty(); }
};

}  // namespace nm
