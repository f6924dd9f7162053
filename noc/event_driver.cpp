#include "noc/event_driver.h"

#include "common/errors.h"

namespace nm {

EventDriver::EventDriver(Mesh& mesh, bool lockstep)
    : mesh_(mesh), lockstep_(lockstep), scheduled_(mesh.router_count(), kNever) {
  mesh_.set_scheduler(this);
}

void EventDriver::wake(std::uint32_t router, Cycle at) {
  // Like an sc_event: one pending wake per router, the earliest requested.
  if (lockstep_ || at >= scheduled_[router]) return;
  scheduled_[router] = at;
  queue_.push({at, router});
}

void EventDriver::evaluate_all(Cycle cycle) {
  for (std::uint32_t r = 0; r < mesh_.router_count(); ++r) {
    mesh_.router(r).evaluate(cycle, mesh_);
    ++evaluations_;
  }
}

Cycle EventDriver::evaluate_next() {
  const auto [at, r] = queue_.top();
  queue_.pop();
  if (scheduled_[r] != at) return at;  // superseded by an earlier wake
  scheduled_[r] = kNever;
  Router& router = mesh_.router(r);
  if (router.last_evaluated() != at) {
    router.evaluate(at, mesh_);
    ++evaluations_;
  }
  const Cycle next = router.next_wake(at);
  if (next != kNever) wake(r, next);
  return at;
}

void EventDriver::run_until(Cycle now, Cycle end) {
  if (lockstep_) {
    for (Cycle c = now; c < end; ++c) evaluate_all(c);
    return;
  }
  while (!queue_.empty() && queue_.top().first < end) evaluate_next();
}

Cycle EventDriver::run_until_drained(Cycle now, Cycle max_cycles) {
  const Cycle limit = now + max_cycles;
  Cycle cycle = now;
  while (mesh_.in_flight() > 0) {
    if (lockstep_) {
      evaluate_all(cycle);
      ++cycle;
    } else {
      if (queue_.empty()) throw InternalError("EventDriver: flits in flight but nothing scheduled");
      cycle = evaluate_next();
    }
    if (cycle > limit) throw InternalError("EventDriver: mesh did not drain within the limit");
  }
  return cycle;
}

}  // namespace nm
