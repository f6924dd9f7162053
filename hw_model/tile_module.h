// One tile of the chip: its router and its cores (chip.tile_X_Y.router, chip.tile_X_Y.core_K).
// SystemC nests a module under the module whose constructor creates it, so the tile builds
// its own children.
#pragma once

#include <memory>
#include <systemc>
#include <vector>

#include "common/cycle_clock_sc.h"
#include "cores/core_module.h"
#include "hw_model/chip_model.h"
#include "hw_model/step_controller.h"
#include "hw_model/trace_selection.h"
#include "noc/router_module.h"

namespace nm {

class TileModule : public sc_core::sc_module {
 public:
  TileModule(sc_core::sc_module_name name, std::uint32_t tile, ChipModel& chip,
             StepController& controller, const CycleClock& clock,
             const TraceSelection* trace = nullptr, bool* trace_window_open = nullptr);

  RouterModule& router() { return *router_; }
  CoreModule& core(std::uint32_t k) { return *cores_[k]; }
  std::uint32_t core_count() const { return static_cast<std::uint32_t>(cores_.size()); }

 private:
  std::unique_ptr<RouterModule> router_;
  std::vector<std::unique_ptr<CoreModule>> cores_;
};

}  // namespace nm
