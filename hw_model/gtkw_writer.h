// A GTKWave save file (.gtkw) for a NeuroMesh VCD: the traced signals grouped by tile, then by
// core or router, with formats that read well (spikes as bits, membrane potential as signed
// decimal plus an analog step plot, buffer occupancy as decimal), so that
// `gtkwave traces/run.vcd traces/run.gtkw` opens ready to read.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nm {

struct TracedSignal {
  enum class Kind { Spike, Voltage, Occupancy };
  std::string path;  // dotted trace name, e.g. "chip.tile_0_0.core_1.exc_3.v"
  Kind kind;
  int width;         // bits
};

// Text of the save file for `vcd_path`; signals keep their order within a group. The view is
// zoomed so that
// `end_ps` (the end of the trace, 0 = unknown) fits about 1200 pixels.
std::string make_gtkw(const std::string& vcd_path, const std::vector<TracedSignal>& signals,
                      std::uint64_t end_ps = 0);
// Writes it; throws UserError naming the file if it cannot.
void write_gtkw(const std::string& gtkw_path, const std::string& vcd_path,
                const std::vector<TracedSignal>& signals, std::uint64_t end_ps = 0);

}  // namespace nm
