#include "hw_model/trace_selection.h"

#include <algorithm>
#include <regex>

#include "common/errors.h"

namespace nm {

bool TraceSelection::router_traced(TileCoord tile) const {
  if (everything || all_routers) return true;
  return std::find(routers.begin(), routers.end(), tile) != routers.end();
}

bool TraceSelection::neuron_selected(const Population& pop, std::uint32_t index) const {
  if (everything) return true;
  return std::any_of(populations.begin(), populations.end(), [&](const PopulationRange& r) {
    return r.population == pop.name && index >= r.begin && index < r.end;
  });
}

namespace {

std::uint64_t to_number(const std::string& text, const std::string& spec) {
  try {
    std::size_t used = 0;
    const unsigned long long v = std::stoull(text, &used);
    if (used == text.size()) return v;
  } catch (const std::exception&) {
  }
  throw UserError("--trace '" + spec + "': '" + text + "' is not a whole number");
}

void parse_one(const std::string& spec, TraceSelection& sel) {
  static const std::regex pop_re(R"(pop:([A-Za-z_][A-Za-z0-9_]*)(\[(\d+)(:(\d*))?\])?)");
  static const std::regex router_re(R"(router:(\d+),(\d+))");
  std::smatch m;
  if (std::regex_match(spec, m, pop_re)) {
    TraceSelection::PopulationRange r;
    r.population = m[1];
    if (m[2].matched) {
      r.begin = static_cast<std::uint32_t>(to_number(m[3], spec));
      if (!m[4].matched) {
        r.end = r.begin + 1;
      } else if (m[5].length() > 0) {
        r.end = static_cast<std::uint32_t>(to_number(m[5], spec));
        if (r.end <= r.begin) throw UserError("--trace '" + spec + "': empty range");
      }
    }
    sel.populations.push_back(r);
  } else if (spec == "router:all") {
    sel.all_routers = true;
  } else if (std::regex_match(spec, m, router_re)) {
    sel.routers.push_back({static_cast<int>(to_number(m[1], spec)),
                           static_cast<int>(to_number(m[2], spec))});
  } else {
    throw UserError("--trace '" + spec +
                    "': expected pop:NAME, pop:NAME[i], pop:NAME[a:b], router:X,Y or router:all");
  }
}

}  // namespace

TraceSelection parse_trace_selection(const std::vector<std::string>& specs,
                                     const std::string& steps) {
  TraceSelection sel;
  sel.everything = specs.empty();
  for (const std::string& s : specs) parse_one(s, sel);
  if (!steps.empty()) {
    static const std::regex steps_re(R"((\d+):(\d*))");
    std::smatch m;
    if (!std::regex_match(steps, m, steps_re)) {
      throw UserError("--trace-steps '" + steps + "': expected A:B or A: (steps, 1-based)");
    }
    sel.first_step = to_number(m[1], steps);
    if (m[2].length() > 0) sel.last_step = to_number(m[2], steps);
    if (sel.first_step == 0 || sel.last_step < sel.first_step) {
      throw UserError("--trace-steps '" + steps + "': need 1 <= A <= B");
    }
  }
  return sel;
}

void check_trace_selection(const TraceSelection& sel, const SnnNetwork& net,
                           const ArchParams& arch) {
  for (const auto& r : sel.populations) {
    const Population* pop = net.find_population(r.population);
    if (!pop) throw UserError("--trace pop:" + r.population + ": no such population");
    if (r.end != std::numeric_limits<std::uint32_t>::max() && r.end > pop->size) {
      throw UserError("--trace pop:" + r.population + ": range ends at " + std::to_string(r.end) +
                      " but the population has " + std::to_string(pop->size) + " neurons");
    }
    if (!pop->record_spikes && pop->record_voltage.empty()) {
      throw UserError("--trace pop:" + r.population +
                      ": the population is not recorded (add it to record.spikes or "
                      "record.voltages in the network file)");
    }
  }
  for (const TileCoord& t : sel.routers) {
    if (t.x >= static_cast<int>(arch.chip.mesh_width) ||
        t.y >= static_cast<int>(arch.chip.mesh_height)) {
      throw UserError("--trace router:" + std::to_string(t.x) + "," + std::to_string(t.y) +
                      ": outside the " + std::to_string(arch.chip.mesh_width) + "x" +
                      std::to_string(arch.chip.mesh_height) + " mesh");
    }
  }
}

}  // namespace nm
