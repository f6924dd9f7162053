// A Loihi-like neurosynaptic core as a plain C++ model (no SystemC): bit-exact CUBA LIF
// compartments, a dendritic delay ring, synapse memory, and a sequential pipeline timing model.
//
// Contract, per time step t (driven by the chip's step controller):
//   - receive(axon, payload) during step t-1 queues a spike that arrived on an input axon;
//   - run_step(t, start) first performs the synaptic operations of every queued axon (each synapse
//     adds effective weight x payload to the delay-ring slot of step t + delay), then updates
//     every compartment in order, reading slot t, and emits one OutgoingSpike per fan-out edge of
//     each spiking compartment (payload 1, or the graded payload min(v_at_spike >> 6,
//     2^bits - 1)). Timing (timing.overlap = None): the pipeline starts at `start` and does, in
//     sequence, axon_fetch per queued axon, synop per synapse, then per compartment an active or
//     idle update (spike sources take no cycles), spike_out per packet; a packet is emitted at the
//     cycle its spike_out stage ends. With SynapseNeuron overlap the neuron stage starts at
//     `start` and compartment c's update starts at max(end of c - 1's update and packets, end of
//     the last delay-0 synop onto c). done_cycle is when the last stage ends.
// So a spike at step t reaches its target's u at step t + 1 + delay, as in Lava.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/rng.h"
#include "common/types.h"
#include "cores/core_counters.h"
#include "cores/core_image.h"
#include "cores/core_engine.h"
#include "cores/core_params.h"
#include "cores/delay_ring.h"
#include "cores/learning_engine.h"
#include "cores/lif_lanes.h"

namespace nm {

class NeuroCore : public CoreEngine {
 public:
  NeuroCore(CoreId id, std::string name, CoreImage image, const CoreTiming& timing);

  CoreId id() const { return id_; }
  const std::string& name() const { return name_; }
  std::uint32_t compartments() const { return image_.compartments(); }
  NeuronId neuron_of(std::uint32_t compartment) const override {
    return image_.neuron_of[compartment];
  }

  // A spike arrived on `input_axon` carrying `payload` (1 for a binary spike); it is processed at
  // the start of the next run_step.
  void receive(std::uint32_t input_axon, std::int32_t payload = 1) override {
    pending_.push_back({input_axon, payload});
  }

  // Runs step `step` (>= 1) from cycle `start`. Appends packets to `out`, recorded spikes
  // to `spikes`, recorded voltages to `voltages`.
  CoreStepResult run_step(std::uint64_t step, Cycle start, std::vector<OutgoingSpike>& out,
                          std::vector<SpikeRecord>& spikes,
                          std::vector<VoltageSample>& voltages) override;

  // Between steps, for plain drivers that reuse one chip over many samples (PlainChipRunner):
  // sets Poisson source compartment c's spike probability per step (its stream goes on).
  void set_source_probability(std::uint32_t c, double probability) override;
  // Puts every LIF compartment back to its initial u and v, clears refractory counters, the
  // delay ring and queued input spikes. Keeps the adaptive threshold rise (it spans samples).
  void reset_neuron_state() override;
  // Off: spikes no longer raise the adaptive thresholds (the rises reached so far stay, as in
  // Diehl & Cook's test mode); on again: the configured increments apply.
  void set_threshold_adaptation(bool on) override;
  std::int64_t firing_threshold(std::uint32_t compartment) const override {
    return image_.lif[compartment].threshold + extras_[compartment].threshold_rise;
  }
  // Learning phase after step `step` (call once per step, after run_step and the barrier):
  // evaluates the plastic projections whose epoch ends at `step`; zero work on other steps.
  LearningStepResult learn(std::uint64_t step) override;
  // Learning on (default) or off: off, epochs still end and traces evolve, but no weight changes
  // and nothing is counted (e.g. while testing a trained network).
  void set_learning_enabled(bool on) override { learning_enabled_ = on; }
  // The learning engine, or nullptr when the core holds no plastic synapse.
  const LearningEngine* learning() const override { return learner_.get(); }

  const CoreCounters& totals() const override { return totals_; }
  const SynapseMemory& synapses() const { return image_.synapses; }
  std::uint64_t synapse_host_bytes() const override { return image_.synapses.host_bytes(); }
  std::int32_t u(std::uint32_t compartment) const { return u_[compartment]; }
  std::int32_t v(std::uint32_t compartment) const { return v_[compartment]; }
  LifState state(std::uint32_t compartment) const;

 private:
  struct PendingSpike {
    std::uint32_t axon;
    std::int32_t payload;
  };
  bool source_fires(std::uint32_t c, std::uint64_t step);
  // Performs the queued synaptic operations from cycle `start`; returns when the stage ends and
  // fills ready_ (per compartment, the end of its last delay-0 synop, else `start`).
  Cycle synaptic_stage(std::uint64_t step, Cycle start, CoreCounters& counts);
  // One axon's list [s, end) (either synapse layout) with `payload`, from `cursor`, into the
  // delay ring (slot = this step's); returns the cursor after its synops. `track_ready`: note
  // in ready_ when each delay-0 synop ends (SynapseNeuron overlap).
  template <class Entry>
  Cycle synaptic_ops(const Entry* s, const Entry* end, std::int32_t payload, std::uint32_t slot,
                     Cycle cursor, bool track_ready);
  // Graded payload of compartment c spiking with voltage v_at_spike (1 for binary spikes).
  std::int32_t payload_of(std::uint32_t c, std::int64_t v_at_spike) const;

  CoreId id_;
  std::string name_;
  CoreImage image_;
  CoreTiming timing_;
  DelayRing ring_;
  // Compartment state, structure of arrays (u_ and v_ stream through the fast neuron loop).
  struct LifExtras {
    std::int64_t threshold_rise = 0;    // [v units]
    std::uint32_t refractory_left = 0;  // [steps]
  };
  std::vector<std::int32_t> u_, v_;  // [u units], [v units]
  std::vector<LifExtras> extras_;
  void store_state(std::uint32_t c, const LifState& s);
  LifLanes lanes_;                     // the 32-bit constants of the fast loop
  bool lanes_exact_ = false;           // LifLanes::exact_for holds (checked when v is set)
  std::vector<std::int32_t> spiked_;   // scratch of the fast loop, per compartment (0 or 1)
  std::vector<std::int32_t> next_v_;   // scratch of the fast loop, per compartment [v units]
  std::vector<PendingSpike> pending_;
  std::vector<Cycle> ready_;  // per compartment: its inputs for this step are complete
  std::vector<std::size_t> next_listed_;  // per source compartment: next index into its steps
  std::vector<Rng> source_rng_;           // per compartment (Poisson sources only use theirs)
  std::vector<std::int64_t> adapt_increment_;  // configured increments while adaptation is off
  CoreCounters totals_;
  std::unique_ptr<LearningEngine> learner_;  // null without plastic synapses
  bool learning_enabled_ = true;
  // True when every compartment is a LIF neuron and none records its voltage: run_step then
  // updates the neurons in a tight loop and walks the timing cursor only over the ones that fired.
  bool all_lif_unprobed_ = false;
  struct Fired {
    std::uint32_t compartment;
    std::int64_t v_at_spike;  // [v units]
  };
  // True when no compartment uses a refractory period or threshold adaptation (constants and
  // state): the fast path then runs lanes_ (when lanes_exact_) or lif_step_basic.
  bool lif_extensions_idle_ = false;
  bool compute_lif_extensions_idle() const;
  std::vector<Fired> fired_;  // scratch of the fast path: this step's spiking compartments
  // The neuron stage's fast path (see all_lif_unprobed_); same results as the general loop.
  Cycle neuron_stage_plain(std::uint64_t step, Cycle cursor, CoreCounters& counts,
                           std::vector<OutgoingSpike>& out, std::vector<SpikeRecord>& spikes);
  // The neuron stage's general loop: sources, voltage probes and the overlapped pipeline.
  Cycle neuron_stage(std::uint64_t step, Cycle cursor, CoreCounters& counts,
                     std::vector<OutgoingSpike>& out, std::vector<SpikeRecord>& spikes,
                     std::vector<VoltageSample>& voltages);
  // What compartment c's spike at `cursor` causes, in both neuron-stage loops: the learning
  // engine's post-spike note, the recorded spike, and one packet per output axon, each
  // spike_out_cycles later than the one before. Returns the cursor after the last packet.
  // Cache hint: compartment c will spike, emit_spike will read its fan-out (no effect on results).
  void prefetch_fan_out(std::uint32_t c) const;
  Cycle emit_spike(std::uint32_t c, std::uint64_t step, Cycle cursor, std::int32_t payload,
                   CoreCounters& counts, std::vector<OutgoingSpike>& out,
                   std::vector<SpikeRecord>& spikes);
};

}  // namespace nm
