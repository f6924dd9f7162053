#include "cores/core_model.h"

#include <algorithm>
#include <utility>

#include "cores/spike_source.h"

namespace nm {

NeuroCore::NeuroCore(CoreId id, std::string name, CoreImage image, const CoreTiming& timing)
    : id_(id),
      name_(std::move(name)),
      image_(std::move(image)),
      timing_(timing),
      ring_(image_.compartments(), image_.max_delay_steps),
      u_(image_.u0),
      v_(image_.v0),
      extras_(image_.compartments()),
      lanes_(image_.lif),
      lanes_exact_(LifLanes::exact_for(image_.lif, v_)),
      spiked_(image_.compartments(), 0),
      next_v_(image_.compartments(), 0),
      ready_(image_.compartments(), 0),
      next_listed_(image_.compartments(), 0) {
  if (!image_.learning.empty()) {
    learner_ = std::make_unique<LearningEngine>(std::move(image_.learning),
                                                image_.synapses.axon_count(),
                                                image_.compartments(), image_.max_delay_steps);
  }
  source_rng_.reserve(image_.compartments());
  for (std::uint32_t c = 0; c < image_.compartments(); ++c) {
    // Seeded even at probability 0: set_source_probability() may turn the source on later.
    source_rng_.emplace_back(image_.is_source[c] ? image_.sources[c].rng_seed : 0);
  }
  all_lif_unprobed_ = std::none_of(image_.is_source.begin(), image_.is_source.end(),
                                   [](std::uint8_t b) { return b != 0; }) &&
                      std::none_of(image_.record_voltage.begin(), image_.record_voltage.end(),
                                   [](std::uint8_t b) { return b != 0; });
  lif_extensions_idle_ = compute_lif_extensions_idle();
}

bool NeuroCore::compute_lif_extensions_idle() const {
  for (std::uint32_t c = 0; c < image_.compartments(); ++c) {
    const LifConstants& k = image_.lif[c];
    const LifExtras& s = extras_[c];
    if (k.refractory_steps != 0 || k.adapt_increment != 0 || s.threshold_rise != 0 ||
        s.refractory_left != 0)
      return false;
  }
  return true;
}

Cycle NeuroCore::neuron_stage_plain(std::uint64_t step, Cycle cursor, CoreCounters& counts,
                                    std::vector<OutgoingSpike>& out,
                                    std::vector<SpikeRecord>& spikes) {
  // Pass 1: every neuron, no timing, only the spiking ones remembered.
  // The slot's inputs are cleared as they are read (the slot serves step + slots next).
  std::int32_t* a_in = ring_.slot_inputs(ring_.slot_of(step));
  const std::uint32_t compartments = image_.compartments();
  fired_.clear();
  auto fired = [&](std::uint32_t c, std::int64_t v_at_spike) {
    fired_.push_back({c, v_at_spike});
    prefetch_fan_out(c);  // for emit_spike, once the loop is done
  };
  if (lif_extensions_idle_ && lanes_exact_) {
    counts.u_wraps += lanes_.step(u_.data(), v_.data(), a_in, spiked_.data(), next_v_.data());
    for (std::uint32_t c = 0; c < compartments; ++c)
      if (spiked_[c] != 0) fired(c, next_v_[c]);
  } else {  // extensions in use, or an initial v out of the lanes' range: one neuron at a time
    const LifConstants* lif = image_.lif.data();
    for (std::uint32_t c = 0; c < compartments; ++c) {
      std::int64_t v_at_spike = 0;
      LifState s = state(c);
      const bool spiked =
          lif_extensions_idle_ ? lif_step_basic(lif[c], a_in[c], s, v_at_spike, &counts.u_wraps)
                               : lif_step(lif[c], a_in[c], s, &v_at_spike, &counts.u_wraps);
      store_state(c, s);
      a_in[c] = 0;
      if (spiked) fired(c, v_at_spike);
    }
    if (!lanes_exact_) lanes_exact_ = LifLanes::exact_for(image_.lif, v_);  // v in range now?
  }
  // Pass 2: the cursor as the general loop advances it (idle or active cost per compartment,
  // spike_out per packet), evaluated at each spiking compartment only.
  const Cycle idle_cost = timing_.neuron_update_idle_cycles;
  const Cycle active_cost = timing_.neuron_update_active_cycles;
  std::uint32_t done = 0;  // compartments accounted for in `cursor`
  for (const Fired& f : fired_) {
    const std::uint32_t c = f.compartment;
    cursor += static_cast<Cycle>(c - done) * idle_cost + active_cost;
    done = c + 1;
    cursor = emit_spike(c, step, cursor, payload_of(c, f.v_at_spike), counts, out, spikes);
  }
  cursor += static_cast<Cycle>(compartments - done) * idle_cost;
  const std::uint64_t active = fired_.size();
  counts.neuron_updates_active += active;
  counts.neuron_spikes += active;
  counts.neuron_updates_idle += compartments - active;
  return cursor;
}

void NeuroCore::set_source_probability(std::uint32_t c, double probability) {
  image_.sources[c].probability = probability;
}

void NeuroCore::set_threshold_adaptation(bool on) {
  if (!on && adapt_increment_.empty()) {
    for (LifConstants& k : image_.lif) {
      adapt_increment_.push_back(k.adapt_increment);
      k.adapt_increment = 0;
    }
  } else if (on && !adapt_increment_.empty()) {
    for (std::size_t c = 0; c < image_.lif.size(); ++c) image_.lif[c].adapt_increment = adapt_increment_[c];
    adapt_increment_.clear();
  }
  lif_extensions_idle_ = compute_lif_extensions_idle();
}

LifState NeuroCore::state(std::uint32_t c) const {
  LifState s;
  s.u = u_[c];
  s.v = v_[c];
  s.threshold_rise = extras_[c].threshold_rise;
  s.refractory_left = extras_[c].refractory_left;
  return s;
}

void NeuroCore::store_state(std::uint32_t c, const LifState& s) {
  u_[c] = s.u;
  v_[c] = s.v;
  extras_[c].threshold_rise = s.threshold_rise;
  extras_[c].refractory_left = s.refractory_left;
}

void NeuroCore::reset_neuron_state() {
  u_ = image_.u0;
  v_ = image_.v0;
  for (LifExtras& e : extras_) e.refractory_left = 0;
  lanes_exact_ = LifLanes::exact_for(image_.lif, v_);
  ring_ = DelayRing(image_.compartments(), image_.max_delay_steps);
  pending_.clear();
}

bool NeuroCore::source_fires(std::uint32_t c, std::uint64_t step) {
  return nm::source_fires(image_.sources[c], step, next_listed_[c], source_rng_[c]);
}

std::int32_t NeuroCore::payload_of(std::uint32_t c, std::int64_t v_at_spike) const {
  const std::uint32_t bits = image_.payload_bits.empty() ? 0 : image_.payload_bits[c];
  if (bits == 0) return 1;
  const std::int64_t max_payload = (std::int64_t{1} << bits) - 1;
  return static_cast<std::int32_t>(std::clamp<std::int64_t>(v_at_spike >> 6, 0, max_payload));
}

CoreStepResult NeuroCore::run_step(std::uint64_t step, Cycle start,
                                   std::vector<OutgoingSpike>& out, std::vector<SpikeRecord>& spikes,
                                   std::vector<VoltageSample>& voltages) {
  CoreStepResult r;
  r.start_cycle = start;
  const Cycle synapses_done = synaptic_stage(step, start, r.counts);
  const bool overlap = timing_.overlap == PipelineOverlap::SynapseNeuron;
  Cycle cursor = overlap ? start : synapses_done;
  if (all_lif_unprobed_ && !overlap)
    cursor = neuron_stage_plain(step, cursor, r.counts, out, spikes);
  else
    cursor = neuron_stage(step, cursor, r.counts, out, spikes, voltages);
  r.done_cycle = std::max(cursor, synapses_done);
  r.counts.busy_cycles = r.done_cycle - start;
  totals_ += r.counts;
  return r;
}

Cycle NeuroCore::neuron_stage(std::uint64_t step, Cycle cursor, CoreCounters& counts,
                              std::vector<OutgoingSpike>& out, std::vector<SpikeRecord>& spikes,
                              std::vector<VoltageSample>& voltages) {
  // Every compartment in order. (Hot loop: sizes and counts kept in locals.)
  const bool overlap = timing_.overlap == PipelineOverlap::SynapseNeuron;
  const std::int32_t* a_in = ring_.inputs_for(step);
  const std::uint32_t compartments = image_.compartments();
  std::uint64_t active = 0, idle = 0, wraps = 0;
  for (std::uint32_t c = 0; c < compartments; ++c) {
    bool spiked;
    std::int64_t v_at_spike = 0;
    if (image_.is_source[c]) {
      spiked = source_fires(c, step);
      if (spiked) ++counts.source_spikes;
    } else {
      if (overlap) cursor = std::max(cursor, ready_[c]);
      LifState s = state(c);
      spiked = lif_step(image_.lif[c], a_in[c], s, &v_at_spike, &wraps);
      store_state(c, s);
      if (spiked) {
        ++active;
        cursor += timing_.neuron_update_active_cycles;
      } else {
        ++idle;
        cursor += timing_.neuron_update_idle_cycles;
      }
      if (image_.record_voltage[c]) {
        voltages.push_back({image_.neuron_of[c], step, cursor, u_[c], v_[c]});
      }
    }
    if (!spiked) continue;
    const std::int32_t payload = image_.is_source[c] ? 1 : payload_of(c, v_at_spike);
    cursor = emit_spike(c, step, cursor, payload, counts, out, spikes);
  }
  ring_.clear_step(step);
  counts.neuron_updates_active += active;
  counts.neuron_spikes += active;
  counts.neuron_updates_idle += idle;
  counts.u_wraps += wraps;
  return cursor;
}

Cycle NeuroCore::emit_spike(std::uint32_t c, std::uint64_t step, Cycle cursor,
                            std::int32_t payload, CoreCounters& counts,
                            std::vector<OutgoingSpike>& out, std::vector<SpikeRecord>& spikes) {
  if (learner_) learner_->on_post_spike(c, step);
  const NeuronId neuron = image_.neuron_of[c];
  if (image_.record_spikes[c]) spikes.push_back({neuron, cursor});
  const std::uint32_t first = image_.out_offsets[c], last = image_.out_offsets[c + 1];
  // The packets are written in place (a temporary copied in would be stored in halves and
  // read back whole: a store-forwarding stall per packet).
  const std::size_t at = out.size();
  out.resize(at + (last - first));
  OutgoingSpike* o = out.data() + at;
  for (std::uint32_t k = first; k < last; ++k, ++o) {
    cursor += timing_.spike_out_cycles;
    const OutputAxon& dst = image_.out_axons[k];
    o->dst_core = dst.core;
    o->dst_axon = dst.axon;
    o->src_neuron = neuron;
    o->emit_cycle = cursor;
    o->payload = payload;
  }
  counts.packets_out += last - first;
  return cursor;
}

void NeuroCore::prefetch_fan_out(std::uint32_t c) const {
  __builtin_prefetch(&image_.neuron_of[c]);
  __builtin_prefetch(&image_.out_axons[image_.out_offsets[c]]);
}

LearningStepResult NeuroCore::learn(std::uint64_t step) {
  LearningStepResult r;
  if (!learner_) return r;
  const LearningOutcome o = learner_->learn(step, image_.synapses, learning_enabled_);
  r.synapse_updates = o.synapse_updates;
  r.epoch_end = o.epoch_end;
  r.cycles = o.synapse_updates * timing_.learning_update_cycles;
  totals_.learning_updates += r.synapse_updates;
  totals_.learning_cycles += r.cycles;
  return r;
}

}  // namespace nm
