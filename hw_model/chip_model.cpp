#include "hw_model/chip_model.h"

#include <string>

namespace nm {

static std::string core_name(const ArchParams& arch, CoreId k) {
  const std::uint32_t tile = k / arch.chip.cores_per_tile;
  const std::uint32_t x = tile % arch.chip.mesh_width;
  const std::uint32_t y = tile / arch.chip.mesh_width;
  return "chip.tile_" + std::to_string(x) + "_" + std::to_string(y) + ".core_" +
         std::to_string(k % arch.chip.cores_per_tile);
}

ChipModel::ChipModel(const ArchParams& arch, std::vector<CoreImage> images)
    : arch_(arch),
      mesh_(arch.chip.mesh_width, arch.chip.mesh_height, arch.chip.cores_per_tile, arch.noc) {
  cores_.reserve(images.size());
  for (CoreId k = 0; k < images.size(); ++k) {
    cores_.push_back(
        std::make_unique<NeuroCore>(k, core_name(arch, k), std::move(images[k]), arch.core.timing));
  }
  mesh_.set_sink(this);
}

CoreStepResult ChipModel::run_core(CoreId k, std::uint64_t step, Cycle start) {
  packets_.clear();
  step_spikes_.clear();
  step_voltages_.clear();
  const CoreStepResult r = cores_[k]->run_step(step, start, packets_, step_spikes_, step_voltages_);
  for (const OutgoingSpike& p : packets_) {
    mesh_.inject(k, p.dst_core, p.dst_axon, p.src_neuron, p.emit_cycle);
  }
  for (const SpikeRecord& s : step_spikes_) spikes_.push_back({step, s.neuron, s.cycle});
  voltages_.insert(voltages_.end(), step_voltages_.begin(), step_voltages_.end());
  return r;
}

void ChipModel::deliver(const Flit& flit, Cycle /*arrival*/) {
  cores_[flit.dst_core]->receive(flit.dst_axon);
}

void ChipModel::drained() {
  if (on_drained_) on_drained_();
}

}  // namespace nm
