// The learning engine of one core (docs/learning.md sections 2-3): it records the last pre and
// post spike step of every epoch, keeps the traces, and at each plastic projection's epoch end
// rebuilds the traces' histories, evaluates the rule for every synapse whose dependencies fired
// and writes the new weights, delays and tags into the synapse memory.
//
// Contract: the core calls on_axon_spike() for every input-axon spike its synaptic stage
// processes at `step`, on_post_spike() for every compartment spiking at `step`, and learn(step)
// once after each step (all of step's spikes recorded). All draws come from one PRNG seeded by
// LearningImage::rng_seed, in a fixed order, so a run is reproducible.
#pragma once

#include <cstdint>
#include <vector>

#include "common/rng.h"
#include "cores/learning_image.h"
#include "cores/synapse_memory.h"

namespace nm {

struct LearningOutcome {
  std::uint64_t synapse_updates = 0;  // plastic synapses evaluated this step [count]
  bool epoch_end = false;             // some group ended an epoch at this step
};

class LearningEngine {
 public:
  // `axons` and `compartments` size the per-axon and per-compartment state; `max_delay_steps`
  // bounds what dd may set (the core's delay ring) [steps].
  LearningEngine(LearningImage image, std::uint32_t axons, std::uint32_t compartments,
                 std::uint32_t max_delay_steps);

  void on_axon_spike(std::uint32_t axon, std::uint64_t step);
  void on_post_spike(std::uint32_t compartment, std::uint64_t step);
  // With update_synapses false (learning switched off, e.g. while testing a trained network)
  // epochs still end and traces still evolve, but no synapse is evaluated or counted.
  LearningOutcome learn(std::uint64_t step, SynapseMemory& memory, bool update_synapses = true);

  const std::vector<PlasticSynapse>& synapses() const { return image_.synapses; }
  const std::vector<PlasticGroupSpec>& groups() const { return image_.groups; }
  // Current traces (tests and tracing): of group g's pre axon / post compartment / reward.
  std::uint8_t x1(std::uint32_t g, std::uint32_t axon) const;
  std::uint8_t y1(std::uint32_t g, std::uint32_t compartment) const;
  std::uint8_t r1(std::uint32_t g) const { return groups_[g].r1; }

 private:
  static constexpr std::uint32_t kNone = ~0u;
  struct Pre {  // per (group, axon)
    std::uint8_t x1 = 0, x2 = 0, tx = 0;
  };
  struct Post {  // per (group, compartment)
    std::uint8_t y1 = 0, y2 = 0, y3 = 0, ty = 0;
  };
  struct Group {
    std::vector<std::uint32_t> slot_of_axon;    // axon -> index into pre, or kNone
    std::vector<Pre> pre;
    std::vector<std::uint8_t> has_post;         // per compartment: a plastic synapse ends here
    std::vector<Post> post;                     // per compartment
    std::uint8_t r1 = 0, tr = 0;
    std::size_t first_synapse = 0, end_synapse = 0;
    // Histories of the epoch being evaluated: [slot or compartment][trace][t - 1].
    std::vector<std::uint8_t> pre_hist, post_hist, r_hist;
    // Built once: the group's synapse indices (into image_.synapses) per pre slot and per post
    // compartment, each ascending; which dependencies the rule's products use.
    std::vector<std::vector<std::uint32_t>> synapses_of_slot, synapses_of_post;
    bool uses_pre = false, uses_post = false;
    // The epoch's spiking pre slots and post compartments (their tx / ty are set).
    std::vector<std::uint32_t> fired_slots, fired_posts;
  };
  struct AxonHook {
    std::uint32_t group;
    std::uint32_t slot;  // kNone: a reward axon
  };

  std::uint8_t within_epoch(std::uint32_t g, std::uint64_t step) const;
  void rebuild_histories(std::uint32_t g);
  void evaluate_synapse(std::uint32_t g, PlasticSynapse& s, std::uint64_t epoch_index,
                        SynapseMemory& memory, LearningOutcome& out);
  // Evaluates, in ascending synapse order, the synapses of group g whose x0 or y0 products fire
  // this epoch (all when a u_k product is due): the same updates and draws as a full scan.
  void evaluate_epoch(std::uint32_t g, std::uint64_t epoch_index, SynapseMemory& memory,
                      LearningOutcome& out);
  void end_epoch(std::uint32_t g);

  LearningImage image_;
  std::uint32_t max_delay_steps_;
  std::vector<Group> groups_;
  std::vector<std::uint32_t> hook_offsets_;  // axon a's hooks: hooks_[offsets[a], offsets[a+1])
  std::vector<AxonHook> hooks_;
  std::vector<std::vector<std::uint32_t>> post_groups_;  // per compartment: groups it is post of
  Rng rng_;
  std::vector<std::uint32_t> candidates_;  // scratch of evaluate_epoch
  std::vector<std::uint8_t> candidate_mark_;  // per synapse: already in candidates_
};

}  // namespace nm
