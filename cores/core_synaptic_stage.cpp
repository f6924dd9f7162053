// NeuroCore's synaptic stage (the contract is in core_model.h): the queued input axons' synapse
// lists, walked in order into the delay ring, with their pipeline cycles.
#include "cores/core_model.h"

#include <algorithm>
#include <type_traits>

namespace nm {

Cycle NeuroCore::synaptic_stage(std::uint64_t step, Cycle start, CoreCounters& counts) {
  // ready_ only matters with SynapseNeuron overlap: without it, skip that store per synapse.
  const bool track_ready = timing_.overlap == PipelineOverlap::SynapseNeuron;
  if (track_ready) std::fill(ready_.begin(), ready_.end(), start);
  Cycle cursor = start;
  const std::uint32_t slot = ring_.slot_of(step);
  // The axons' lists are scattered over synapse memory that is mostly out of cache: fetch the
  // offsets kPrefetchAhead * 2 spikes ahead and the lists kPrefetchAhead ahead, so that the
  // misses overlap instead of stalling each list's first synaptic operation.
  constexpr std::size_t kPrefetchAhead = 8;
  const SynapseMemory& memory = image_.synapses;
  const std::size_t n = pending_.size();
  for (std::size_t i = 0; i < n && i < 2 * kPrefetchAhead; ++i)
    memory.prefetch_offsets(pending_[i].axon);
  for (std::size_t i = 0; i < n && i < kPrefetchAhead; ++i) memory.prefetch_list(pending_[i].axon);
  for (std::size_t i = 0; i < n; ++i) {
    if (i + 2 * kPrefetchAhead < n) memory.prefetch_offsets(pending_[i + 2 * kPrefetchAhead].axon);
    if (i + kPrefetchAhead < n) memory.prefetch_list(pending_[i + kPrefetchAhead].axon);
    const PendingSpike& in = pending_[i];
    cursor += timing_.axon_fetch_cycles;
    ++counts.axon_events;
    if (learner_) learner_->on_axon_spike(in.axon, step);
    const std::uint32_t fanout = memory.fanout(in.axon);
    if (memory.narrow())
      cursor = synaptic_ops(memory.narrow_begin(in.axon), memory.narrow_end(in.axon), in.payload,
                            slot, cursor, track_ready);
    else
      cursor = synaptic_ops(memory.wide_begin(in.axon), memory.wide_end(in.axon), in.payload,
                            slot, cursor, track_ready);
    counts.synops += fanout;
  }
  pending_.clear();
  return cursor;
}

template <class Entry>
Cycle NeuroCore::synaptic_ops(const Entry* s, const Entry* end, std::int32_t payload,
                              std::uint32_t slot, Cycle cursor, bool track_ready) {
  if (track_ready) {
    for (; s != end; ++s) {
      cursor += timing_.synop_cycles;
      const std::uint32_t delay = delay_of(*s);
      ring_.add_from(slot, delay, s->compartment, std::int64_t{s->weight} * payload);
      if (delay == 0) ready_[s->compartment] = cursor;
    }
    return cursor;
  }
  cursor += Cycle{static_cast<std::uint64_t>(end - s)} * timing_.synop_cycles;
  if (std::is_same_v<Entry, NarrowSynapse> || ring_.slots() == 1) {  // every synapse hits `slot`
    std::int32_t* const acc = ring_.slot_inputs(slot);
    if (payload == 1) {  // binary spikes: the weight itself
#pragma GCC unroll 4
      for (; s != end; ++s) DelayRing::accumulate(acc[s->compartment], s->weight);
    } else {
      for (; s != end; ++s)
        DelayRing::accumulate(acc[s->compartment], std::int64_t{s->weight} * payload);
    }
  } else {
    for (; s != end; ++s)
      ring_.add_from(slot, delay_of(*s), s->compartment, std::int64_t{s->weight} * payload);
  }
  return cursor;
}

}  // namespace nm
