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

Cycle EventDriver::evaluate_one(Cycle at, std::uint32_t r) {
  Router& router = mesh_.router(r);
  if (router.last_evaluated() != at) {
    router.evaluate(at, mesh_);
    ++evaluations_;
  }
  return router.next_wake(at);
}

void EventDriver::run_until(Cycle now, Cycle end) {
  if (lockstep_) {
    for (Cycle c = now; c < end; ++c) evaluate_all(c);
    return;
  }
  Cycle at;
  std::uint32_t r;
  bool more = calendar_.pop(end, at, r);
  while (more) {
    const Cycle next = evaluate_one(at, r);
    more = next != kNever ? calendar_.schedule_and_pop(r, next, end, at, r)
                          : calendar_.pop(end, at, r);
  }
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
      const Cycle next = evaluate_one(cycle, r);
      if (next != kNever) calendar_.schedule(r, next);
    }
    if (cycle > limit) throw InternalError("EventDriver: mesh did not drain within the limit");
  }
  return cycle;
}

}  // namespace nm
