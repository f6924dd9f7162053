#include "hw_model/vcd_trace.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "common/errors.h"

namespace nm {

VcdTrace::VcdTrace(const std::string& path, const TraceSelection& selection,
                   const SnnNetwork& net, const Mapping& mapping, ChipModule& chip) {
  const std::filesystem::path p(path);
  if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
  {
    std::ofstream probe(path);
    if (!probe) throw UserError("cannot write the VCD file '" + path + "'");
  }
  std::string stem = path;
  if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".vcd") == 0) {
    stem.resize(stem.size() - 4);
  }
  file_ = sc_core::sc_create_vcd_trace_file(stem.c_str());
  file_->set_time_unit(1, sc_core::SC_PS);
  for (const Population& pop : net.populations) {
    for (std::uint32_t i = 0; i < pop.size; ++i) {
      if (!selection.neuron_selected(pop, i)) continue;
      const bool voltage = std::binary_search(pop.record_voltage.begin(),
                                              pop.record_voltage.end(), i);
      if (!pop.record_spikes && !voltage) continue;
      const NeuronId n = pop.first_id + i;
      CoreModule& core = chip.core_module(mapping.core_of[n]);
      const std::string label = pop.name + "_" + std::to_string(i);
      core.trace_neuron(file_, n, label, pop.record_spikes, voltage);
      const std::string base = std::string(core.name()) + "." + label;
      if (pop.record_spikes) signals_.push_back({base + ".spike", TracedSignal::Kind::Spike, 1});
      if (voltage) signals_.push_back({base + ".v", TracedSignal::Kind::Voltage, 32});
    }
  }
  const std::uint32_t width = chip.mesh_width();
  for (std::uint32_t t = 0; t < chip.tile_count(); ++t) {
    const TileCoord tile{static_cast<int>(t % width), static_cast<int>(t / width)};
    if (!selection.router_traced(tile)) continue;
    RouterModule& router = chip.tile(t).router();
    router.trace(file_, chip.trace_window_open());
    signals_.push_back({std::string(router.name()) + ".buffered_flits",
                        TracedSignal::Kind::Occupancy, 32});
  }
  gtkw_path_ = stem + ".gtkw";
  vcd_path_ = path;
  write_gtkw(gtkw_path_, vcd_path_, signals_);  // rewritten by finish() with the run's length
}

void VcdTrace::finish(std::uint64_t end_ps) { write_gtkw(gtkw_path_, vcd_path_, signals_, end_ps); }

VcdTrace::~VcdTrace() {
  if (file_) sc_core::sc_close_vcd_trace_file(file_);
}

}  // namespace nm
