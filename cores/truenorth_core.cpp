#include "cores/truenorth_core.h"

#include <utility>

#include "cores/spike_source.h"

namespace nm {

void TrueNorthImage::resize(std::uint32_t n) {
  neuron_of.assign(n, 0);
  is_source.assign(n, 0);
  record_spikes.assign(n, 0);
  record_voltage.assign(n, 0);
  params.assign(n, TnNeuronParams{});
  v0.assign(n, 0);
  sources.assign(n, SourceCompartment{});
  targets.assign(n, TnTarget{});
}

TrueNorthCore::TrueNorthCore(CoreId id, std::string name, TrueNorthImage image,
                             const CoreTiming& timing)
    : id_(id),
      name_(std::move(name)),
      image_(std::move(image)),
      timing_(timing),
      prng_(Rng(image_.prng_seed, name_)),
      v_(image_.v0),
      next_listed_(image_.neurons(), 0) {
  source_rng_.reserve(image_.neurons());
  for (std::uint32_t c = 0; c < image_.neurons(); ++c) {
    const bool poisson = image_.is_source[c] && image_.sources[c].probability > 0.0;
    source_rng_.emplace_back(poisson ? image_.sources[c].rng_seed : 0);
  }
}

void TrueNorthCore::receive(std::uint32_t axon, std::int32_t tick_mod16) {
  scheduler_.schedule(axon, static_cast<std::uint32_t>(tick_mod16));
}

CoreStepResult TrueNorthCore::run_step(std::uint64_t step, Cycle start,
                                       std::vector<OutgoingSpike>& out,
                                       std::vector<SpikeRecord>& spikes,
                                       std::vector<VoltageSample>& voltages) {
  CoreStepResult r;
  r.start_cycle = start;
  const Bits256 active = scheduler_.take(step);
  r.counts.axon_events = active.count();
  Cycle cursor = start + r.counts.axon_events * timing_.axon_fetch_cycles;

  for (std::uint32_t j = 0; j < image_.neurons(); ++j) {
    bool spiked;
    if (image_.is_source[j]) {
      spiked = source_fires(image_.sources[j], step, next_listed_[j], source_rng_[j]);
      if (spiked) ++r.counts.source_spikes;
    } else {
      const TnNeuronParams& p = image_.params[j];
      const Bits256 hits = image_.crossbar.hits(active, j);
      std::uint32_t events = 0;
      for (std::uint32_t w = 0; w < 4; ++w) {
        for (std::uint64_t bits = hits.words[w]; bits != 0; bits &= bits - 1) {
          const auto axon = static_cast<std::uint32_t>(w * 64 + __builtin_ctzll(bits));
          tn_integrate(p, image_.crossbar.axon_type(axon), v_[j], prng_);
          ++events;
        }
      }
      r.counts.synops += events;
      cursor += events * timing_.synop_cycles;
      spiked = tn_leak_threshold_reset(p, v_[j], prng_);
      if (spiked) {
        ++r.counts.neuron_updates_active;
        ++r.counts.neuron_spikes;
        cursor += timing_.neuron_update_active_cycles;
      } else {
        ++r.counts.neuron_updates_idle;
        cursor += timing_.neuron_update_idle_cycles;
      }
      if (image_.record_voltage[j]) voltages.push_back({image_.neuron_of[j], step, cursor, 0, v_[j]});
    }
    if (!spiked) continue;
    if (image_.record_spikes[j]) spikes.push_back({image_.neuron_of[j], cursor});
    const TnTarget& t = image_.targets[j];
    if (!t.valid) continue;
    cursor += timing_.spike_out_cycles;
    const auto tick_field = static_cast<std::int32_t>((step + t.delay_ticks) % kTnSchedulerSlots);
    out.push_back({t.core, t.axon, image_.neuron_of[j], cursor, tick_field});
    ++r.counts.packets_out;
  }
  r.done_cycle = cursor;
  r.counts.busy_cycles = r.done_cycle - start;
  totals_ += r.counts;
  return r;
}

}  // namespace nm
