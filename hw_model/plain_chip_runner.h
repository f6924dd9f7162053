// A persistent chip driven by a plain loop (no SystemC kernel): the same ChipModel and NoC
// EventDriver as a profiling run, built once and then run phase after phase, e.g. one phase per
// training sample. SystemC elaborates only once per process, so applications that present
// thousands of samples (apps/digits) and the mapper's profiling run use this driver.
//
// Step timing is the step controller's: every core runs step t from the step's start cycle, the
// mesh drains, and the step ends at max(last core done, last delivery) + the barrier latency;
// the chip's learning phase (ChipModel::learn) follows the barrier; the next step starts there. Spike counts, cycles and energy are those of the same chip in a SystemC
// run with the same seed (tests/module checks it).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "hw_model/arch_params.h"
#include "hw_model/chip_model.h"
#include "hw_model/sim_result.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

class EventDriver;

// What one phase (one run() call) cost.
struct PhaseCost {
  std::uint64_t steps = 0;  // [steps]
  Cycle cycles = 0;         // simulated time from the phase's first step start to its end [cycles]
  double energy_pj = 0.0;   // dynamic + static energy of the chip during the phase [pJ]
  std::uint64_t learning_updates = 0;  // plastic synapse updates in its learning phases [count]
  std::uint64_t u_wraps = 0;  // updates in which u wrapped to 24 bits [compartment updates]
};

class PlainChipRunner {
 public:
  // Builds the chip for `net` placed by `mapping` with run seed `seed`. Spikes are counted for
  // the neurons of populations recorded in `net` (record: spikes), or for every neuron when
  // `count_all` is set. `lockstep` evaluates every router every cycle (same results, slower).
  PlainChipRunner(const ArchParams& arch, const SnnNetwork& net, const Mapping& mapping,
                  std::uint64_t seed, bool count_all = false, bool lockstep = false);
  ~PlainChipRunner();
  PlainChipRunner(const PlainChipRunner&) = delete;
  PlainChipRunner& operator=(const PlainChipRunner&) = delete;

  // Runs the next `steps` steps and returns their cycles and energy.
  PhaseCost run(std::uint64_t steps);

  // Sets Poisson input neuron n's spike probability per step (takes effect at the next step).
  // Throws InternalError when n is not a neuron of a Poisson input.
  void set_input_probability(NeuronId n, double probability_per_step);
  // Every LIF neuron back to its initial u and v, no queued or delayed input (the adaptive
  // threshold rise is kept).
  void reset_neuron_state();
  // The chip's learning switch (ChipModel::set_learning_enabled; on by default, as in a SystemC
  // run). Off: the learning phase still follows every barrier, epochs end and traces evolve as
  // on the chip, but no synapse is updated (no update cycles or energy), the weights stay.
  void set_learning(bool on) { chip_->set_learning_enabled(on); }
  // Threshold adaptation of every LIF neuron on or off (off keeps the rises reached so far).
  void set_threshold_adaptation(bool on);
  // LIF neuron n's firing threshold now: vth x 64 plus the adaptive rise so far [v units].
  std::int64_t firing_threshold(NeuronId n) const;

  // Spikes of each counted neuron since the last clear_spike_counts(), by global neuron id.
  const std::vector<std::uint32_t>& spike_counts() const { return counts_; }
  void clear_spike_counts();

  std::uint64_t steps_done() const { return step_; }
  Cycle now() const { return start_; }  // start cycle of the next step [cycles]
  // All counts so far, with total_cycles = now() (for compute_energy and reports).
  SimulationResult totals() const;
  ChipModel& chip() { return *chip_; }
  const ChipModel& chip() const { return *chip_; }

 private:
  const SnnNetwork& net_;
  const Mapping& mapping_;
  std::unique_ptr<ChipModel> chip_;
  std::unique_ptr<EventDriver> driver_;
  Cycle barrier_cycles_;
  std::uint64_t step_ = 0;
  Cycle start_ = 0;
  std::vector<std::uint32_t> counts_;
};

}  // namespace nm
