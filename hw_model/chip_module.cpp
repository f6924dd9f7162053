#include "hw_model/chip_module.h"

#include <string>

namespace nm {

ChipModule::ChipModule(sc_core::sc_module_name name, ChipModel& chip,
                       const ChipModuleOptions& options)
    : sc_core::sc_module(name), chip_(chip), clock_(chip.arch().chip.clock_period_ps) {
  const ArchParams& arch = chip.arch();
  controller_ = std::make_unique<StepController>(
      "controller", chip_, clock_, options.steps,
      barrier_latency_cycles(arch), options.lockstep);
  std::vector<RouterModule*> routers;
  for (std::uint32_t t = 0; t < arch.chip.tiles(); ++t) {
    const std::string tile_name = "tile_" + std::to_string(t % arch.chip.mesh_width) + "_" +
                                  std::to_string(t / arch.chip.mesh_width);
    tiles_.push_back(
        std::make_unique<TileModule>(tile_name.c_str(), t, chip_, *controller_, clock_,
                                     options.trace, &trace_window_open_));
    scheduler_.add(&tiles_.back()->router());
    routers.push_back(&tiles_.back()->router());
  }
  controller_->set_routers(std::move(routers));
  // Untraced event-mode runs evaluate the routers from one process (same cycles, far fewer
  // kernel events); lockstep and traced runs keep one event per router module.
  if (!options.lockstep && options.trace == nullptr) {
    mesh_driver_ = std::make_unique<MeshDriverModule>("mesh_driver", chip_.mesh(), clock_);
    chip_.mesh().set_scheduler(mesh_driver_.get());
  } else {
    chip_.mesh().set_scheduler(&scheduler_);
  }
}

CoreModule& ChipModule::core_module(CoreId k) {
  const std::uint32_t per_tile = chip_.arch().chip.cores_per_tile;
  return tiles_[k / per_tile]->core(k % per_tile);
}

}  // namespace nm
