// The SystemC face of one Router: an SC_METHOD woken by its own event. In event mode it runs only
// in cycles the router asked for (an arrival, or a flit still waiting); in lockstep mode it runs
// every cycle while the mesh is active. Named by place: chip.tile_X_Y.router.
#pragma once

#include <memory>
#include <systemc>

#include "common/cycle_clock_sc.h"
#include "noc/mesh.h"

namespace nm {

class RouterModule : public sc_core::sc_module {
 public:
  SC_HAS_PROCESS(RouterModule);
  RouterModule(sc_core::sc_module_name name, Mesh& mesh, std::uint32_t router_index,
               const CycleClock& clock);

  // Evaluate the router at cycle `at` (>= now). Several requests keep the earliest.
  void wake_at(Cycle at) { wake_.notify(clock_.until(at)); }
  // Lockstep: evaluate every cycle while `ticking` is true.
  void set_lockstep(const bool* ticking) { lockstep_ticking_ = ticking; }
  // Adds a traced signal: flits buffered in the router's input ports, written on change, and
  // only while `*gate` is true (nullptr: always).
  void trace(sc_core::sc_trace_file* tf, const bool* gate = nullptr);

 private:
  void evaluate();

  Mesh& mesh_;
  Router& router_;
  const CycleClock& clock_;
  sc_core::sc_event wake_;
  const bool* lockstep_ticking_ = nullptr;
  std::unique_ptr<sc_core::sc_signal<std::uint32_t>> occupancy_;
  const bool* trace_gate_ = nullptr;
};

// Routes the mesh's wake-up requests to the router modules' events.
class ScMeshScheduler : public WakeScheduler {
 public:
  void add(RouterModule* m) { modules_.push_back(m); }
  void wake(std::uint32_t router, Cycle at) override { modules_[router]->wake_at(at); }

 private:
  std::vector<RouterModule*> modules_;
};

}  // namespace nm
