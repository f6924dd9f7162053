#include "hw_model/tile_module.h"

#include <string>

namespace nm {

TileModule::TileModule(sc_core::sc_module_name name, std::uint32_t tile, ChipModel& chip,
                       StepController& controller, const CycleClock& clock)
    : sc_core::sc_module(name) {
  router_ = std::make_unique<RouterModule>("router", chip.mesh(), tile, clock);
  const std::uint32_t per_tile = chip.arch().chip.cores_per_tile;
  for (std::uint32_t k = 0; k < per_tile; ++k) {
    const CoreId core = tile * per_tile + k;
    auto run = [&chip, &controller, &clock, core](CoreModule& self) {
      const CoreStepResult r = chip.run_core(core, controller.current_step(), clock.now());
      self.schedule_trace(chip.last_spikes(), chip.last_voltages());
      return r;
    };
    auto done = [&controller](const CoreStepResult& r) { controller.core_done(r); };
    cores_.push_back(std::make_unique<CoreModule>(("core_" + std::to_string(k)).c_str(),
                                                  controller.step_start(), clock, run, done));
  }
}

}  // namespace nm
