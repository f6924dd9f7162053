#include "hw_model/gtkw_writer.h"

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "common/errors.h"

namespace nm {

namespace {

// GTKWave trace flags (gtkwave's analyzer.h): right-justify 0x20, decimal 0x4, binary 0x8,
// signed 0x400, analog step 0x8000, group begin 0x800000, group end 0x1000000, blank 0x200.
constexpr const char* kSpikeFlags = "@28";        // binary, right-justified
constexpr const char* kVoltageFlags = "@8424";    // signed decimal drawn as an analog step
constexpr const char* kOccupancyFlags = "@24";    // decimal
constexpr const char* kGroupBegin = "@800200";
constexpr const char* kGroupEnd = "@1000200";

// "chip.tile_0_0.core_1.exc_3.v" -> ("tile_0_0", "core_1")
std::pair<std::string, std::string> groups_of(const std::string& path) {
  std::vector<std::string> parts;
  std::stringstream ss(path);
  for (std::string p; std::getline(ss, p, '.');) parts.push_back(p);
  if (parts.size() < 3) return {"chip", ""};
  return {parts[1], parts[2]};
}

// Name as GTKWave shows it: SystemC's VCD puts everything under a top scope "SystemC", and
// vectors carry their bit range.
std::string gtkwave_name(const TracedSignal& s) {
  std::string name = "SystemC." + s.path;
  if (s.width > 1) name += "[" + std::to_string(s.width - 1) + ":0]";
  return name;
}

const char* flags_of(TracedSignal::Kind k) {
  switch (k) {
    case TracedSignal::Kind::Spike: return kSpikeFlags;
    case TracedSignal::Kind::Voltage: return kVoltageFlags;
    default: return kOccupancyFlags;
  }
}

}  // namespace

std::string make_gtkw(const std::string& vcd_path, const std::vector<TracedSignal>& signals,
                      std::uint64_t end_ps) {
  // tile -> unit (core or router) -> signals, tiles and units in first-seen order.
  std::vector<std::string> tile_order;
  std::map<std::string, std::vector<std::string>> unit_order;
  std::map<std::string, std::vector<const TracedSignal*>> by_unit;
  for (const TracedSignal& s : signals) {
    const auto [tile, unit] = groups_of(s.path);
    if (!unit_order.count(tile)) tile_order.push_back(tile);
    auto& units = unit_order[tile];
    const std::string key = tile + "." + unit;
    if (!by_unit.count(key)) units.push_back(unit);
    by_unit[key].push_back(&s);
  }
  std::ostringstream out;
  out << "[*] GTKWave save file written by NeuroMesh\n";
  out << "[dumpfile] \"" << vcd_path << "\"\n";
  out << "[timestart] 0\n[size] 1400 900\n[sst_expanded] 1\n";
  if (end_ps > 0) {
    // GTKWave's zoom is logarithmic: zoom z shows about 2^(-z - 7.6) time units per pixel.
    // (Calibrated on screenshots of Debian's GTKWave 3.3.118: z = -15.1 showed about 180 ps
    // per pixel, z = -30.1 about 4e6.) So the whole run fits about 1200 pixels with:
    const double zoom = -(std::log2(static_cast<double>(end_ps) / 1200.0) + 7.6);
    out << "*" << zoom << " 0\n";
  }
  for (const std::string& tile : tile_order) {
    out << kGroupBegin << "\n-" << tile << "\n";
    for (const std::string& unit : unit_order[tile]) {
      out << kGroupBegin << "\n-" << tile << "." << unit << "\n";
      for (const TracedSignal* s : by_unit[tile + "." + unit]) {
        out << flags_of(s->kind) << "\n" << gtkwave_name(*s) << "\n";
      }
      out << kGroupEnd << "\n-" << tile << "." << unit << "\n";
    }
    out << kGroupEnd << "\n-" << tile << "\n";
  }
  return out.str();
}

void write_gtkw(const std::string& gtkw_path, const std::string& vcd_path,
                const std::vector<TracedSignal>& signals, std::uint64_t end_ps) {
  std::ofstream out(gtkw_path);
  if (!out) throw UserError("cannot write the GTKWave save file '" + gtkw_path + "'");
  out << make_gtkw(vcd_path, signals, end_ps);
  out.close();
  if (!out) throw UserError("error while writing '" + gtkw_path + "'");
}

}  // namespace nm
