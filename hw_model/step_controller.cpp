#include "hw_model/step_controller.h"

#include <algorithm>

namespace nm {

StepController::StepController(sc_core::sc_module_name name, ChipModel& chip,
                               const CycleClock& clock, std::uint64_t steps, Cycle barrier_cycles,
                               bool lockstep)
    : sc_core::sc_module(name),
      chip_(chip),
      clock_(clock),
      steps_(steps),
      barrier_cycles_(barrier_cycles),
      lockstep_(lockstep) {
  SC_METHOD(begin_step);  // also runs once at time 0: step 1 starts at cycle 0
  sensitive << next_step_;
  SC_METHOD(on_cores_ran);
  sensitive << cores_ran_;
  dont_initialize();
  SC_METHOD(on_drained);
  sensitive << drained_;
  dont_initialize();
  chip_.set_drained_callback([this] { drained_.notify(sc_core::SC_ZERO_TIME); });
  records_.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(steps, 1u << 16)));
}

void StepController::set_routers(std::vector<RouterModule*> routers) {
  routers_ = std::move(routers);
  for (RouterModule* r : routers_) r->set_lockstep(lockstep_ ? &lockstep_ticking_ : nullptr);
}

void StepController::begin_step() {
  if (step_ >= steps_) return;  // no more events: sc_start() returns
  ++step_;
  start_ = clock_.now();
  max_core_done_ = start_;
  cores_pending_ = chip_.core_count();
  cores_have_run_ = false;
  step_finished_ = false;
  step_start_.notify(sc_core::SC_ZERO_TIME);
}

void StepController::core_done(const CoreStepResult& r) {
  max_core_done_ = std::max(max_core_done_, r.done_cycle);
  if (--cores_pending_ == 0) cores_ran_.notify(sc_core::SC_ZERO_TIME);
}

void StepController::on_cores_ran() {
  cores_have_run_ = true;
  if (lockstep_) {
    lockstep_ticking_ = true;
    for (RouterModule* r : routers_) r->wake_at(clock_.now());
  }
  if (chip_.mesh().in_flight() == 0) finish_step();
}

void StepController::on_drained() {
  if (cores_have_run_ && !step_finished_ && chip_.mesh().in_flight() == 0) finish_step();
}

void StepController::fill_counts(StepRecord& rec) {
  StepRecord now;
  for (CoreId k = 0; k < chip_.core_count(); ++k) {
    const CoreCounters& c = chip_.core(k).totals();
    now.neuron_spikes += c.neuron_spikes;
    now.source_spikes += c.source_spikes;
    now.synops += c.synops;
    now.packets += c.packets_out;
  }
  const Mesh& mesh = chip_.mesh();
  for (std::uint32_t r = 0; r < mesh.router_count(); ++r) {
    now.hops_east_west += mesh.router(r).counters().flits_east_west;
    now.hops_north_south += mesh.router(r).counters().flits_north_south;
  }
  rec.neuron_spikes = now.neuron_spikes - totals_before_.neuron_spikes;
  rec.source_spikes = now.source_spikes - totals_before_.source_spikes;
  rec.synops = now.synops - totals_before_.synops;
  rec.packets = now.packets - totals_before_.packets;
  rec.hops_east_west = now.hops_east_west - totals_before_.hops_east_west;
  rec.hops_north_south = now.hops_north_south - totals_before_.hops_north_south;
  totals_before_ = now;
}

void StepController::finish_step() {
  step_finished_ = true;
  lockstep_ticking_ = false;
  StepRecord rec;
  rec.step = step_;
  rec.start_cycle = start_;
  rec.cores_done_cycle = max_core_done_;
  rec.last_delivery_cycle = std::max(start_, chip_.mesh().stats().last_delivery);
  rec.barrier_cycles = barrier_cycles_;
  const Cycle activity_end = std::max(rec.cores_done_cycle, rec.last_delivery_cycle);
  rec.end_cycle = step_end_cycle(chip_.arch(), start_, activity_end, barrier_cycles_);
  // Learning phase (DESIGN.md 2, phase 4): after the barrier, when some epoch ends.
  const LearningPhaseResult learning = chip_.learn(step_, rec.end_cycle);
  rec.learning_cycles = learning.end_cycle - rec.end_cycle;
  rec.learning_updates = learning.synapse_updates;
  rec.end_cycle = learning.end_cycle;
  fill_counts(rec);
  records_.push_back(rec);
  next_step_.notify(clock_.until(rec.end_cycle));
}

}  // namespace nm
