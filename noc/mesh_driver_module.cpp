#include "noc/mesh_driver_module.h"

#include <string>

#include "common/errors.h"

namespace nm {

MeshDriverModule::MeshDriverModule(sc_core::sc_module_name name, Mesh& mesh,
                                   const CycleClock& clock)
    : sc_core::sc_module(name), mesh_(mesh), clock_(clock), calendar_(mesh.router_count()) {
  SC_METHOD(run);
  sensitive << wake_;
  dont_initialize();
}

void MeshDriverModule::wake(std::uint32_t router, Cycle at) {
  if (at >= calendar_.pending(router)) return;  // an earlier (or the same) wake is pending
  if (at < evaluated_up_to_) {
    throw InternalError("mesh driver: wake of router " + std::to_string(router) + " for cycle " +
                        std::to_string(at) + " after cycle " + std::to_string(evaluated_up_to_) +
                        " was evaluated");
  }
  if (!calendar_.schedule(router, at)) return;  // an earlier (or the same) wake is pending
  if (!running_ && at < wake_at_) {
    wake_at_ = at;
    wake_.notify(clock_.until(at));
  }
}

void MeshDriverModule::run() {
  wake_at_ = kNever;
  running_ = true;
  try {
    Cycle at;
    std::uint32_t r;
    bool more = calendar_.pop(kNever, at, r);
    while (more) {
      evaluated_up_to_ = at;
      Router& router = mesh_.router(r);
      router.evaluate(at, mesh_);
      ++evaluations_;
      const Cycle next = router.next_wake(at);  // wake() while running: next > at
      more = next != kNever ? calendar_.schedule_and_pop(r, next, kNever, at, r)
                            : calendar_.pop(kNever, at, r);
    }
  } catch (const UserError&) {
    // The kernel would turn the exception into an anonymous sc_report: keep it and stop.
    mesh_.set_fault(std::current_exception());
    sc_core::sc_stop();
  }
  running_ = false;
}

}  // namespace nm
