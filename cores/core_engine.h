// The interface every core family implements (Loihi-like NeuroCore, TrueNorth-like
// TrueNorthCore), so the chip model, the SystemC core modules and the step controller drive
// either one. Contract per time step t:
//   - receive(axon, payload) during step t - 1 (after the core ran t - 1) queues a delivered spike.
//     `payload` is the packet's payload field: the graded payload for NeuroCore, the delivery
//     tick modulo 16 for TrueNorthCore;
//   - run_step(t, start, ...) processes step t from cycle `start`, appends its packets (each with
//     the cycle it leaves the core), recorded spikes and voltages, and returns the step's counts
//     and its last busy cycle;
//   - totals() sums every step's counts so far; neuron_of(slot) is the global id of a slot;
//   - set_source_probability / reset_neuron_state / set_threshold_adaptation: between steps, for
//     plain drivers that reuse one chip over many samples (PlainChipRunner); a family that does
//     not offer one throws UserError;
//   - learn / set_learning_enabled / learning: the on-chip learning phase (NeuroCore,
//     docs/learning.md); a family without learning keeps the defaults (no work, no engine).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cores/core_counters.h"
#include "cores/core_step.h"

namespace nm {

class LearningEngine;

class CoreEngine {
 public:
  virtual ~CoreEngine() = default;
  virtual void receive(std::uint32_t axon, std::int32_t payload) = 0;
  virtual CoreStepResult run_step(std::uint64_t step, Cycle start,
                                  std::vector<OutgoingSpike>& out,
                                  std::vector<SpikeRecord>& spikes,
                                  std::vector<VoltageSample>& voltages) = 0;
  virtual const CoreCounters& totals() const = 0;
  virtual NeuronId neuron_of(std::uint32_t slot) const = 0;
  // Host memory the core's synapse storage takes (a speed statistic) [bytes].
  virtual std::uint64_t synapse_host_bytes() const = 0;
  virtual void set_source_probability(std::uint32_t /*slot*/, double /*probability*/) {
    unsupported("changing a Poisson source's rate");
  }
  virtual void reset_neuron_state() { unsupported("resetting neuron state"); }
  virtual void set_threshold_adaptation(bool /*on*/) { unsupported("threshold adaptation"); }
  // Neuron `slot`'s firing threshold now, the adaptive rise included [v units].
  virtual std::int64_t firing_threshold(std::uint32_t /*slot*/) const {
    unsupported("threshold adaptation");
  }
  virtual LearningStepResult learn(std::uint64_t /*step*/) { return {}; }
  virtual void set_learning_enabled(bool /*on*/) {}
  virtual const LearningEngine* learning() const { return nullptr; }

 protected:
  // Throws the UserError for an operation this core family does not offer.
  [[noreturn]] void unsupported(const std::string& what) const;
};

}  // namespace nm
