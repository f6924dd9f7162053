#include "cores/core_model.h"

#include <utility>

namespace nm {

NeuroCore::NeuroCore(CoreId id, std::string name, CoreImage image, const CoreTiming& timing)
    : id_(id),
      name_(std::move(name)),
      image_(std::move(image)),
      timing_(timing),
      ring_(image_.compartments(), image_.max_delay_steps),
      u_(image_.u0),
      v_(image_.v0),
      next_listed_(image_.compartments(), 0) {
  source_rng_.reserve(image_.compartments());
  for (std::uint32_t c = 0; c < image_.compartments(); ++c) {
    const bool poisson = image_.is_source[c] && image_.sources[c].probability > 0.0;
    source_rng_.emplace_back(poisson ? image_.sources[c].rng_seed : 0);
  }
}

bool NeuroCore::source_fires(std::uint32_t c, std::uint64_t step) {
  const SourceCompartment& src = image_.sources[c];
  bool fires = false;
  std::size_t& next = next_listed_[c];
  while (next < src.steps.size() && src.steps[next] <= step) {
    fires = fires || src.steps[next] == step;
    ++next;
  }
  if (src.probability > 0.0 && source_rng_[c].bernoulli(src.probability)) fires = true;
  return fires;
}

CoreStepResult NeuroCore::run_step(std::uint64_t step, Cycle start,
                                   std::vector<OutgoingSpike>& out, std::vector<SpikeRecord>& spikes,
                                   std::vector<VoltageSample>& voltages) {
  CoreStepResult r;
  r.start_cycle = start;
  Cycle cursor = start;

  // Synaptic phase: every axon that received a spike during the previous step.
  for (std::uint32_t axon : pending_axons_) {
    cursor += timing_.axon_fetch_cycles;
    ++r.counts.axon_events;
    for (const SynapseEntry* s = image_.synapses.begin(axon); s != image_.synapses.end(axon); ++s) {
      ring_.add(step, s->delay, s->compartment, s->weight);
    }
    const std::uint32_t n = image_.synapses.fanout(axon);
    r.counts.synops += n;
    cursor += timing_.synop_cycles * n;
  }
  pending_axons_.clear();

  // Neuron phase: every compartment in order.
  const std::int32_t* a_in = ring_.inputs_for(step);
  for (std::uint32_t c = 0; c < image_.compartments(); ++c) {
    bool spiked;
    if (image_.is_source[c]) {
      spiked = source_fires(c, step);
      if (spiked) ++r.counts.source_spikes;
    } else {
      spiked = lif_step(image_.lif[c], a_in[c], u_[c], v_[c]);
      if (spiked) {
        ++r.counts.neuron_updates_active;
        ++r.counts.neuron_spikes;
        cursor += timing_.neuron_update_active_cycles;
      } else {
        ++r.counts.neuron_updates_idle;
        cursor += timing_.neuron_update_idle_cycles;
      }
      if (image_.record_voltage[c]) {
        voltages.push_back({image_.neuron_of[c], step, cursor, u_[c], v_[c]});
      }
    }
    if (!spiked) continue;
    if (image_.record_spikes[c]) spikes.push_back({image_.neuron_of[c], cursor});
    for (std::uint32_t k = image_.out_offsets[c]; k < image_.out_offsets[c + 1]; ++k) {
      cursor += timing_.spike_out_cycles;
      const OutputAxon& dst = image_.out_axons[k];
      out.push_back({dst.core, dst.axon, image_.neuron_of[c], cursor});
      ++r.counts.packets_out;
    }
  }
  ring_.clear_step(step);

  r.done_cycle = cursor;
  r.counts.busy_cycles = cursor - start;
  totals_ += r.counts;
  return r;
}

}  // namespace nm
