// The time-step controller: runs the phases of every algorithmic step as DESIGN.md section 2 has
// them. At a step's start it wakes every core (integrate-and-fire); routing overlaps, driven by
// the cores' packets; once every core has run and the mesh is drained, the step's activity ends
// at max(slowest core done, last delivery), the barrier adds its latency, the learning phase
// (ChipModel::learn) adds its own when a plastic projection's epoch ends, and the next step
// starts there. It keeps one StepRecord per step.
#pragma once

#include <systemc>
#include <vector>

#include "common/cycle_clock_sc.h"
#include "hw_model/chip_model.h"
#include "hw_model/step_record.h"
#include "noc/router_module.h"

namespace nm {

class StepController : public sc_core::sc_module {
 public:
  SC_HAS_PROCESS(StepController);
  StepController(sc_core::sc_module_name name, ChipModel& chip, const CycleClock& clock,
                 std::uint64_t steps, Cycle barrier_cycles, bool lockstep);

  // Every core module is sensitive to this event.
  const sc_core::sc_event& step_start() const { return step_start_; }
  std::uint64_t current_step() const { return step_; }
  // Lockstep mode: the router modules to clock every cycle while the mesh is active.
  void set_routers(std::vector<RouterModule*> routers);
  // Called by each core module once it has run the current step.
  void core_done(const CoreStepResult& r);

  const std::vector<StepRecord>& records() const { return records_; }
  bool all_steps_done() const { return records_.size() == steps_; }

 private:
  void begin_step();
  void on_cores_ran();
  void on_drained();
  void finish_step();
  void fill_counts(StepRecord& rec);

  ChipModel& chip_;
  const CycleClock& clock_;
  std::uint64_t steps_;
  Cycle barrier_cycles_;
  bool lockstep_;
  bool lockstep_ticking_ = false;
  std::vector<RouterModule*> routers_;

  sc_core::sc_event next_step_, step_start_, cores_ran_, drained_;
  std::uint64_t step_ = 0;
  Cycle start_ = 0;
  Cycle max_core_done_ = 0;
  std::uint32_t cores_pending_ = 0;
  bool cores_have_run_ = false;
  bool step_finished_ = true;
  StepRecord totals_before_;  // running totals at the start of the step, for per-step deltas
  std::vector<StepRecord> records_;
};

}  // namespace nm
