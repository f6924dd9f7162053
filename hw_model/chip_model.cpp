#include "hw_model/chip_model.h"

#include <algorithm>
#include <string>

namespace nm {

std::string core_name(const ArchParams& arch, CoreId k) {
  const std::uint32_t tile = k / arch.chip.cores_per_tile;
  const std::uint32_t x = tile % arch.chip.mesh_width;
  const std::uint32_t y = tile / arch.chip.mesh_width;
  return "chip.tile_" + std::to_string(x) + "_" + std::to_string(y) + ".core_" +
         std::to_string(k % arch.chip.cores_per_tile);
}

ChipModel::ChipModel(const ArchParams& arch, std::vector<CoreImage> images)
    : arch_(arch),
      mesh_(arch.chip.mesh_width, arch.chip.mesh_height, arch.chip.cores_per_tile, arch.noc) {
  const MeshShape shape{arch.chip.mesh_width, arch.chip.mesh_height, arch.chip.cores_per_tile};
  if (arch.noc.packet_format == PacketFormat::Relative) check_packet_reach(images, shape, arch.noc);
  if (arch.noc.multicast) {
    mesh_.set_multicast_tables(
        build_multicast_tables(multicast_trees(images), shape, arch.noc.multicast_table_entries));
    multicast_axons_ = MulticastAxons(images);
  }
  cores_.reserve(images.size());
  for (CoreId k = 0; k < images.size(); ++k) {
    cores_.push_back(
        std::make_unique<NeuroCore>(k, core_name(arch, k), std::move(images[k]), arch.core.timing));
  }
  mesh_.set_sink(this);
}

ChipModel::ChipModel(const ArchParams& arch, std::vector<std::unique_ptr<CoreEngine>> cores)
    : arch_(arch),
      cores_(std::move(cores)),
      mesh_(arch.chip.mesh_width, arch.chip.mesh_height, arch.chip.cores_per_tile, arch.noc) {
  mesh_.set_sink(this);
}

CoreStepResult ChipModel::run_core(CoreId k, std::uint64_t step, Cycle start) {
  packets_.clear();
  step_spikes_.clear();
  step_voltages_.clear();
  const CoreStepResult r = cores_[k]->run_step(step, start, packets_, step_spikes_, step_voltages_);
  for (const OutgoingSpike& p : packets_) {
    if (p.src_neuron >= payload_of_.size()) payload_of_.resize(std::size_t{p.src_neuron} + 1, 1);
    payload_of_[p.src_neuron] = p.payload;
    if (arch_.noc.multicast && (&p == packets_.data() || (&p - 1)->src_neuron != p.src_neuron))
      mesh_.inject_multicast(k, p.src_neuron, p.emit_cycle);  // a neuron's edges are adjacent
  }
  if (!arch_.noc.multicast) mesh_.inject_all(k, packets_);
  for (const SpikeRecord& s : step_spikes_) spikes_.push_back({step, s.neuron, s.cycle});
  voltages_.insert(voltages_.end(), step_voltages_.begin(), step_voltages_.end());
  return r;
}

void ChipModel::deliver(const Flit& flit, Cycle /*arrival*/) {
  const std::uint32_t axon = flit.multicast
                                ? multicast_axons_.axon(flit.src_neuron, flit.dst_core)
                                : flit.dst_axon;
  cores_[flit.dst_core]->receive(axon, payload_of_[flit.src_neuron]);
}

void ChipModel::drained() {
  if (on_drained_) on_drained_();
}

LearningPhaseResult ChipModel::learn(std::uint64_t step, Cycle start) {
  LearningPhaseResult r;
  Cycle longest = 0;
  for (auto& core : cores_) {
    if (core->learning() == nullptr) continue;
    const LearningStepResult c = core->learn(step);
    r.synapse_updates += c.synapse_updates;
    r.epoch_end = r.epoch_end || c.epoch_end;
    longest = std::max(longest, c.cycles);
  }
  r.end_cycle = start + longest;
  return r;
}

void ChipModel::set_learning_enabled(bool on) {
  for (auto& core : cores_) core->set_learning_enabled(on);
}

bool ChipModel::has_learning() const {
  return std::any_of(cores_.begin(), cores_.end(),
                     [](const auto& c) { return c->learning() != nullptr; });
}

std::vector<PlasticSynapseState> ChipModel::plastic_synapses() const {
  std::vector<PlasticSynapseState> out;
  for (const auto& core : cores_) {
    const LearningEngine* l = core->learning();
    if (l == nullptr) continue;
    for (const PlasticSynapse& s : l->synapses())
      out.push_back({l->groups()[s.group].projection, s.pre, core->neuron_of(s.compartment),
                     s.weight, s.delay, s.tag});
  }
  std::sort(out.begin(), out.end(), [](const PlasticSynapseState& a, const PlasticSynapseState& b) {
    if (a.projection != b.projection) return a.projection < b.projection;
    return a.pre != b.pre ? a.pre < b.pre : a.post < b.post;
  });
  return out;
}

}  // namespace nm
