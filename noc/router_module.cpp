#include "noc/router_module.h"

#include <algorithm>

#include "common/errors.h"
#include "noc/routing.h"

namespace nm {

RouterModule::RouterModule(sc_core::sc_module_name name, Mesh& mesh, std::uint32_t router_index,
                           const CycleClock& clock)
    : sc_core::sc_module(name), mesh_(mesh), router_(mesh.router(router_index)), clock_(clock) {
  SC_METHOD(evaluate);
  sensitive << wake_;
  dont_initialize();
}

void RouterModule::trace(sc_core::sc_trace_file* tf, const bool* gate) {
  trace_gate_ = gate;
  // Created after elaboration, so the signal sits at top level: give it a unique flat name.
  // The VCD hierarchy comes from the trace name, which follows the chip.
  const std::string path = std::string(name()) + ".buffered_flits";
  std::string flat = path;
  std::replace(flat.begin(), flat.end(), '.', '_');
  occupancy_ = std::make_unique<sc_core::sc_signal<std::uint32_t>>(flat.c_str());
  sc_core::sc_trace(tf, *occupancy_, path);
}

void RouterModule::evaluate() {
  const Cycle now = clock_.now();
  try {
    router_.evaluate(now, mesh_);
  } catch (const UserError&) {
    // The kernel would turn the exception into an anonymous sc_report: keep it and stop.
    mesh_.set_fault(std::current_exception());
    sc_core::sc_stop();
    return;
  }
  if (occupancy_ && (!trace_gate_ || *trace_gate_)) {
    std::uint32_t total = 0;
    for (std::uint32_t p = 0; p < kLocalPortBase + mesh_.local_ports(); ++p) {
      total += router_.buffered(p);
    }
    if (total != occupancy_->read()) occupancy_->write(total);
  }
  if (lockstep_ticking_ && *lockstep_ticking_) {
    wake_.notify(clock_.cycles(1));
    return;
  }
  // Traced: see the router every cycle it holds a ready flit, as the occupancy trace expects.
  const Cycle next = occupancy_ ? router_.next_wake_polling(now) : router_.next_wake(now);
  if (next != kNever) wake_.notify(clock_.until(next));
}

}  // namespace nm
