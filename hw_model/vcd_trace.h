// The opt-in VCD trace: spikes of recorded populations, membrane potentials of recorded neurons
// (under chip.tile_X_Y.core_K.<population>_<index>) and each router's buffered flits
// (chip.tile_X_Y.router.buffered_flits), narrowed by a TraceSelection. sc_signals exist only
// when this object does, and are written only on change. Time unit: 1 ps. A GTKWave save file
// (same name, .gtkw) is written next to the VCD.
#pragma once

#include <string>
#include <systemc>

#include "hw_model/chip_module.h"
#include "hw_model/gtkw_writer.h"
#include "hw_model/trace_selection.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

class VcdTrace {
 public:
  // `path` ends in ".vcd" (SystemC appends the extension itself, so it is stripped first).
  // Throws UserError if the file cannot be created.
  VcdTrace(const std::string& path, const TraceSelection& selection, const SnnNetwork& net,
           const Mapping& mapping, ChipModule& chip);
  ~VcdTrace();
  // After the run: rewrites the GTKWave save file zoomed to the whole run (end_ps).
  void finish(std::uint64_t end_ps);
  VcdTrace(const VcdTrace&) = delete;
  VcdTrace& operator=(const VcdTrace&) = delete;

 private:
  sc_core::sc_trace_file* file_ = nullptr;
  std::vector<TracedSignal> signals_;
  std::string gtkw_path_, vcd_path_;
};

}  // namespace nm
