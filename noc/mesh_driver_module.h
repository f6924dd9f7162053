// One SystemC process that evaluates every router of the mesh in the cycles they asked for: the
// fast event-mode scheduler of a normal run (no tracing, not lockstep). Like one sc_event per
// router, it keeps at most one pending wake per router (the earliest requested); per evaluation
// it does what RouterModule does (evaluate, then ask for the router's next wake).
//
// It runs ahead of kernel time: the cores inject a whole step's packets at the step's start
// (every emit cycle is known then), and nothing else enters the mesh until the next step, so
// once woken it evaluates every pending wake in cycle order until the mesh is idle, within one
// process activation. The step controller reads cycles from the mesh's statistics, never from
// kernel time, so results are those of per-router events (the equivalence and golden tests run
// both). A wake for a cycle before the last one evaluated would break that premise: it throws
// InternalError. Named chip.mesh_driver.
#pragma once

#include <cstdint>
#include <systemc>
#include <vector>

#include "common/cycle_clock_sc.h"
#include "noc/mesh.h"
#include "noc/wake_calendar.h"

namespace nm {

class MeshDriverModule : public sc_core::sc_module, public WakeScheduler {
 public:
  SC_HAS_PROCESS(MeshDriverModule);
  MeshDriverModule(sc_core::sc_module_name name, Mesh& mesh, const CycleClock& clock);

  // WakeScheduler: router `router` must be evaluated at cycle `at` (>= now).
  void wake(std::uint32_t router, Cycle at) override;
  std::uint64_t evaluations() const { return evaluations_; }  // router evaluations [count]

 private:
  void run();

  Mesh& mesh_;
  const CycleClock& clock_;
  sc_core::sc_event wake_;
  Cycle wake_at_ = kNever;             // cycle the kernel event is pending for (kNever: none)
  bool running_ = false;               // inside run()
  Cycle evaluated_up_to_ = 0;          // cycle of the latest evaluation
  WakeCalendar calendar_;              // pending wakes, one per router at most
  std::uint64_t evaluations_ = 0;
};

}  // namespace nm
