// Dendritic accumulators of one core: one slot per future step, one accumulator per compartment.
// A synaptic operation at step t with delay d adds its weight to the slot of step t + d; the
// neuron update of step t drains that slot. Slots = max delay + 1, reused round-robin, so the
// ring holds compartments x (max delay + 1) accumulators (the core.dendritic_accumulators budget).
// Accumulators are 32 bits and wrap modulo 2^32: the neuron only uses its input modulo 2^24
// (u wraps to 24 bits, lif_neuron.h), so no result depends on the wider sum; only the count of
// u's wraps (CoreCounters::u_wraps) needs it, and is exact while a step's input stays within 2^31.
#pragma once

#include <cstdint>
#include <vector>

namespace nm {

class DelayRing {
 public:
  DelayRing(std::uint32_t compartments, std::uint32_t max_delay_steps);

  // Adds `weight` to compartment `c`'s input for step `step + delay` (delay <= max_delay_steps).
  void add(std::uint64_t step, std::uint32_t delay, std::uint32_t c, std::int64_t weight) {
    accumulate(slots_[slot_index(step + delay) * compartments_ + c], weight);
  }
  // acc + weight modulo 2^32.
  static void accumulate(std::int32_t& acc, std::int64_t weight) {
    acc = static_cast<std::int32_t>(static_cast<std::uint32_t>(acc) +
                                    static_cast<std::uint32_t>(weight));
  }
  // add() for a run of synapses of one step: slot = slot_of(step), no division per synapse.
  std::uint32_t slot_of(std::uint64_t step) const { return static_cast<std::uint32_t>(slot_index(step)); }
  void add_from(std::uint32_t slot, std::uint32_t delay, std::uint32_t c, std::int64_t weight) {
    std::uint32_t i = slot + delay;  // delay < slot_count_, so one wrap at most
    if (i >= slot_count_) i -= slot_count_;
    accumulate(slots_[std::size_t{i} * compartments_ + c], weight);
  }
  // The accumulators of one slot, for a run of delay-0 synapses of the step whose slot it is.
  std::int32_t* slot_inputs(std::uint32_t slot) {
    return &slots_[std::size_t{slot} * compartments_];
  }
  // The accumulated inputs for `step`, one per compartment; clear_step() empties them afterwards.
  const std::int32_t* inputs_for(std::uint64_t step) const {
    return &slots_[slot_index(step) * compartments_];
  }
  void clear_step(std::uint64_t step);

  std::uint32_t slots() const { return slot_count_; }

 private:
  std::size_t slot_index(std::uint64_t step) const { return step % slot_count_; }
  std::uint32_t compartments_;
  std::uint32_t slot_count_;
  std::vector<std::int32_t> slots_;  // [u units], modulo 2^32
};

}  // namespace nm
