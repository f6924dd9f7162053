#include "hw_model/tile_module.h"

#include <string>

namespace nm {

TileModule::TileModule(sc_core::sc_module_name name, std::uint32_t tile, ChipModel& chip,
                       StepController& controller, const CycleClock& clock,
                       const TraceSelection* trace, bool* trace_window_open)
    : sc_core::sc_module(name) {
  router_ = std::make_unique<RouterModule>("router", chip.mesh(), tile, clock);
  const std::uint32_t per_tile = chip.arch().chip.cores_per_tile;
  for (std::uint32_t k = 0; k < per_tile; ++k) {
    const CoreId core = tile * per_tile + k;
    auto run = [&chip, &controller, &clock, core, trace, trace_window_open](CoreModule& self) {
      const std::uint64_t step = controller.current_step();
      const CoreStepResult r = chip.run_core(core, step, clock.now());
      if (trace && trace->step_traced(step)) {
        self.schedule_trace(chip.last_spikes(), chip.last_voltages());
      }
      if (trace && trace_window_open) *trace_window_open = trace->step_traced(step);
      return r;
    };
    auto done = [&controller](const CoreStepResult& r) { controller.core_done(r); };
    cores_.push_back(std::make_unique<CoreModule>(("core_" + std::to_string(k)).c_str(),
                                                  controller.step_start(), clock, run, done));
  }
}

}  // namespace nm
