// A TrueNorth-like neurosynaptic core as a plain C++ model (no SystemC): a 256 x 256 binary
// crossbar with 4 axon types, 256 Cassidy neurons (cores/truenorth_neuron.h), the 16-tick axon
// scheduler, and a sequential timing model.
//
// Contract, per tick t (driven by the chip's step controller like NeuroCore, core_engine.h):
//   - receive(axon, tick_mod16) at any time before tick (t' - 1) ends marks `axon` active at the
//     tick t' whose low 4 bits are tick_mod16 (the packet's delivery-tick field);
//   - run_step(t, start) takes the scheduler's slot t mod 16 as the active axons, then processes
//     the neurons one after another in slot order: each integrates its active, connected axons
//     (ascending axon), then leaks, thresholds and resets (Cassidy order). A spiking neuron with
//     a target emits one packet to (target core, target axon) whose payload is the delivery tick
//     (t + delay) mod 16. Spike-source slots fire as listed or drawn and then target like neurons.
//   Timing: from `start`, axon_fetch_cycles per active axon (reading the scheduler), then per
//   neuron slot synop_cycles per synaptic event plus neuron_update_active_cycles (it spiked) or
//   neuron_update_idle_cycles, then spike_out_cycles per packet, which leaves at the end of that.
//   Counts: axon_events = active axons, synops = synaptic events, neuron updates active/idle,
//   neuron_spikes, source_spikes, packets_out, busy_cycles.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cores/core_engine.h"
#include "cores/core_params.h"
#include "cores/truenorth_image.h"
#include "cores/truenorth_scheduler.h"

namespace nm {

class TrueNorthCore : public CoreEngine {
 public:
  // The PRNG is Rng(image.prng_seed, name): the run seed and the core's name.
  TrueNorthCore(CoreId id, std::string name, TrueNorthImage image, const CoreTiming& timing);

  CoreId id() const { return id_; }
  const std::string& name() const { return name_; }

  void receive(std::uint32_t axon, std::int32_t tick_mod16) override;
  CoreStepResult run_step(std::uint64_t step, Cycle start, std::vector<OutgoingSpike>& out,
                          std::vector<SpikeRecord>& spikes,
                          std::vector<VoltageSample>& voltages) override;
  const CoreCounters& totals() const override { return totals_; }
  NeuronId neuron_of(std::uint32_t slot) const override { return image_.neuron_of[slot]; }
  std::uint64_t synapse_host_bytes() const override { return sizeof(TnCrossbar); }

  std::int32_t v(std::uint32_t slot) const { return v_[slot]; }
  const TnScheduler& scheduler() const { return scheduler_; }

 private:
  CoreId id_;
  std::string name_;
  TrueNorthImage image_;
  CoreTiming timing_;
  TnScheduler scheduler_;
  TnPrng prng_;
  std::vector<std::int32_t> v_;
  std::vector<std::size_t> next_listed_;  // per source slot: next index into its steps
  std::vector<Rng> source_rng_;           // per slot (Poisson sources only use theirs)
  CoreCounters totals_;
};

}  // namespace nm
