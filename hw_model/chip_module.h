// The chip as a SystemC design: chip.tile_X_Y.{router, core_K} and chip.controller, wired to
// one ChipModel. Elaborate once per process (SystemC allows one elaboration), then sc_start().
#pragma once

#include <memory>
#include <systemc>
#include <vector>

#include "common/cycle_clock_sc.h"
#include "hw_model/chip_model.h"
#include "hw_model/step_controller.h"
#include "hw_model/tile_module.h"
#include "hw_model/trace_selection.h"
#include "noc/mesh_driver_module.h"
#include "noc/router_module.h"

namespace nm {

struct ChipModuleOptions {
  std::uint64_t steps = 100;
  bool lockstep = false;
  const TraceSelection* trace = nullptr;  // when tracing: which steps reach the VCD
};

class ChipModule : public sc_core::sc_module {
 public:
  ChipModule(sc_core::sc_module_name name, ChipModel& chip, const ChipModuleOptions& options);

  const StepController& controller() const { return *controller_; }
  TileModule& tile(std::uint32_t t) { return *tiles_[t]; }
  std::uint32_t tile_count() const { return static_cast<std::uint32_t>(tiles_.size()); }
  std::uint32_t mesh_width() const { return chip_.arch().chip.mesh_width; }
  // True while the current step is inside the trace window (--trace-steps).
  const bool* trace_window_open() const { return &trace_window_open_; }
  CoreModule& core_module(CoreId k);

 private:
  ChipModel& chip_;
  CycleClock clock_;
  ScMeshScheduler scheduler_;  // per-router events: lockstep runs and traced runs
  std::unique_ptr<MeshDriverModule> mesh_driver_;  // one process for every router: other runs
  std::unique_ptr<StepController> controller_;
  std::vector<std::unique_ptr<TileModule>> tiles_;
  bool trace_window_open_ = false;
};

}  // namespace nm
