#include "noc/event_driver.h"

#include "common/errors.h"

namespace nm {

EventDriver::EventDriver(Mesh& mesh, bool lockstep)
    : mesh_(mesh), lockstep_(lockstep), calendar_(mesh.router_count()) {
  mesh_.set_scheduler(this);
}

void EventDriver::wake(std::uint32_t router, Cycle at) {
  // Like an sc_event: one pending wake per router, the earliest requested.
  if (!lockstep_) calendar_.schedule(router, at);
}

void EventDriver::evaluate_all(Cycle cycle) {
  for (std::uint32_t r = 0; r < mesh_.router_count(); ++r) {
    mesh_.router(r).evaluate(cycle, mesh_);
    ++evaluations_;
  }
}

void EventDriver::evaluate_one(Cycle at, std::uint32_t r) {
  Router& router = mesh_.router(r);
  if (router.last_evaluated() != at) {
    router.evaluate(at, mesh_);
    ++evaluations_;
  }
  const Cycle next = router.next_wake(at);
  if (next != kNever) calendar_.schedule(r, next);
}

void EventDriver::run_until(Cycle now, Cycle end) {
  if (lockstep_) {
    for (Cycle c = now; c < end; ++c) evaluate_all(c);
    return;
  }
  Cycle at;
  std::uint32_t r;
  while (calendar_.pop(end, at, r)) evaluate_one(at, r);
}

Cycle EventDriver::run_until_drained(Cycle now, Cycle max_cycles) {
  const Cycle limit = now + max_cycles;
  Cycle cycle = now;
  while (mesh_.in_flight() > 0) {
    if (lockstep_) {
      evaluate_all(cycle);
      ++cycle;
    } else {
      std::uint32_t r;
      if (!calendar_.pop(kNever, cycle, r))
        throw InternalError("EventDriver: flits in flight but nothing scheduled");
      evaluate_one(cycle, r);
    }
    if (cycle > limit) throw InternalError("EventDriver: mesh did not drain within the limit");
  }
  return cycle;
}

}  // namespace nm
