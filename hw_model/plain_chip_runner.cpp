#include "hw_model/plain_chip_runner.h"

#include <algorithm>

#include "common/errors.h"
#include "hw_model/chip_builder.h"
#include "hw_model/chip_counts.h"
#include "hw_model/energy_model.h"
#include "noc/event_driver.h"

namespace nm {

namespace {

constexpr Cycle kDrainLimitCycles = Cycle{1} << 40;  // a step's mesh drains long before this

std::vector<CoreImage> images_counting(const SnnNetwork& net, const Mapping& mapping,
                                       const ArchParams& arch, std::uint64_t seed,
                                       bool count_all) {
  std::vector<CoreImage> images = build_core_images(net, mapping, arch, seed);
  if (count_all)
    for (CoreImage& img : images) std::fill(img.record_spikes.begin(), img.record_spikes.end(), 1);
  return images;
}

}  // namespace

PlainChipRunner::PlainChipRunner(const ArchParams& arch, const SnnNetwork& net,
                                 const Mapping& mapping, std::uint64_t seed, bool count_all,
                                 bool lockstep)
    : net_(net),
      mapping_(mapping),
      chip_(std::make_unique<ChipModel>(arch, images_counting(net, mapping, arch, seed, count_all))),
      driver_(std::make_unique<EventDriver>(chip_->mesh(), lockstep)),
      barrier_cycles_(barrier_latency_cycles(arch)),
      counts_(net.neuron_count(), 0) {
  chip_->mesh().set_scheduler(driver_.get());
}

PlainChipRunner::~PlainChipRunner() = default;

PhaseCost PlainChipRunner::run(std::uint64_t steps) {
  const Cycle phase_start = start_;
  const SimulationResult before = totals();
  const double energy_before = compute_energy(chip_->arch(), before).total_pj();
  std::uint64_t updates = 0;
  for (std::uint64_t i = 0; i < steps; ++i) {
    ++step_;
    Cycle end = start_;
    for (CoreId k = 0; k < chip_->core_count(); ++k) {
      end = std::max(end, chip_->run_core(k, step_, start_).done_cycle);
      for (const SpikeRecord& s : chip_->last_spikes()) ++counts_[s.neuron];
    }
    driver_->run_until_drained(start_, kDrainLimitCycles);
    end = std::max(end, chip_->mesh().stats().last_delivery);
    start_ = step_end_cycle(chip_->arch(), start_, end, barrier_cycles_);
    const LearningPhaseResult learned = chip_->learn(step_, start_);
    start_ = learned.end_cycle;
    updates += learned.synapse_updates;
  }
  PhaseCost cost;
  cost.learning_updates = updates;
  cost.steps = steps;
  cost.cycles = start_ - phase_start;
  const SimulationResult after = totals();
  cost.energy_pj = compute_energy(chip_->arch(), after).total_pj() - energy_before;
  cost.u_wraps = after.cores.u_wraps - before.cores.u_wraps;
  return cost;
}

void PlainChipRunner::set_input_probability(NeuronId n, double probability_per_step) {
  if (n >= net_.neuron_count() ||
      net_.population_of(n).model != Population::Model::SpikeSource ||
      net_.population_of(n).source.kind != SpikeSourceSpec::Kind::Poisson)
    throw InternalError("set_input_probability: neuron " + std::to_string(n) +
                        " is not a Poisson input");
  chip_->core(mapping_.core_of[n])
      .set_source_probability(mapping_.compartment_of[n], probability_per_step);
}

void PlainChipRunner::reset_neuron_state() {
  for (CoreId k = 0; k < chip_->core_count(); ++k) chip_->core(k).reset_neuron_state();
}

void PlainChipRunner::set_threshold_adaptation(bool on) {
  for (CoreId k = 0; k < chip_->core_count(); ++k) chip_->core(k).set_threshold_adaptation(on);
}

std::int64_t PlainChipRunner::firing_threshold(NeuronId n) const {
  return chip_->core(mapping_.core_of[n]).firing_threshold(mapping_.compartment_of[n]);
}

void PlainChipRunner::clear_spike_counts() { std::fill(counts_.begin(), counts_.end(), 0); }

SimulationResult PlainChipRunner::totals() const {
  SimulationResult r = chip_counts(*chip_);
  r.total_cycles = start_;
  return r;
}

}  // namespace nm
