// A plain C++ scheduler for the mesh, for tests and NoC-only studies without the SystemC kernel.
// Event mode evaluates a router only in cycles it asked for; lockstep mode evaluates every router
// every cycle. Both must give identical results.
#pragma once

#include <cstdint>
#include <vector>

#include "noc/mesh.h"
#include "noc/wake_calendar.h"

namespace nm {

class EventDriver : public WakeScheduler {
 public:
  EventDriver(Mesh& mesh, bool lockstep);
  void wake(std::uint32_t router, Cycle at) override;
  // Evaluates everything due in cycles [now, end): event mode the routers that asked, lockstep
  // every router every cycle. Injections for cycle `end` or later may follow.
  void run_until(Cycle now, Cycle end);
  // Runs until nothing is in flight; returns the cycle of the last evaluation. Throws
  // InternalError when `max_cycles` pass first (a guard against a broken model).
  Cycle run_until_drained(Cycle now, Cycle max_cycles);
  std::uint64_t evaluations() const { return evaluations_; }  // router evaluations [count]

 private:
  void evaluate_all(Cycle cycle);
  // Evaluates router `r` at `at` (once per cycle) and returns its next wake (kNever: none).
  Cycle evaluate_one(Cycle at, std::uint32_t r);

  Mesh& mesh_;
  bool lockstep_;
  WakeCalendar calendar_;
  std::uint64_t evaluations_ = 0;
};

}  // namespace nm
