#include "apps/report_folder.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "apps/report_compare.h"
#include "common/csv_reader.h"
#include "common/errors.h"

namespace nm::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::vector<std::string> kStepColumns = {
    "step",         "start_cycle",   "cores_done_cycle", "last_delivery_cycle", "end_cycle",
    "latency_cycles", "latency_ns",  "neuron_spikes",    "input_spikes",        "synaptic_ops",
    "packets"};

json read_steps(const std::string& path) {
  const CsvTable t = CsvTable::load(path, kStepColumns);
  json rows = json::array();
  for (std::size_t r = 0; r < t.rows(); ++r) {
    json row = json::object();
    for (const std::string& c : kStepColumns) row[c] = t.real(r, c);
    rows.push_back(row);
  }
  return rows;
}

json read_spikes(const std::string& path) {
  const CsvTable t = CsvTable::load(path, {"step", "neuron"});
  json rows = json::array();
  for (std::size_t r = 0; r < t.rows(); ++r) {
    rows.push_back({{"step", t.integer(r, "step", 0, INT64_MAX)},
                    {"neuron", t.integer(r, "neuron", 0, INT64_MAX)}});
  }
  return rows;
}

json read_voltages(const std::string& path) {
  const CsvTable t = CsvTable::load(path, {"step", "population", "neuron", "u", "v"});
  json rows = json::array();
  for (std::size_t r = 0; r < t.rows(); ++r) {
    rows.push_back({{"step", t.integer(r, "step", 0, INT64_MAX)},
                    {"population", t.text(r, "population")},
                    {"neuron", t.integer(r, "neuron", 0, INT64_MAX)},
                    {"u", t.real(r, "u")},
                    {"v", t.real(r, "v")}});
  }
  return rows;
}

}  // namespace

bool is_sweep_folder(const std::string& dir) {
  if (!fs::is_directory(dir)) throw UserError("'" + dir + "' is not a folder");
  if (fs::exists(fs::path(dir) / "sweep.json")) return true;
  if (fs::exists(fs::path(dir) / "report.json")) return false;
  throw UserError("'" + dir + "' holds neither report.json (a run folder: neuromesh run --out DIR)"
                  " nor sweep.json (a sweep folder: neuromesh sweep --out DIR)");
}

RunFolder load_run_folder(const std::string& dir) {
  RunFolder f;
  f.dir = dir;
  f.report = read_report((fs::path(dir) / "report.json").string());
  f.steps = read_steps((fs::path(dir) / "steps.csv").string());
  std::vector<fs::path> spike_files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 11 && name.rfind("spikes_", 0) == 0 &&
        name.compare(name.size() - 4, 4, ".csv") == 0) {
      spike_files.push_back(entry.path());
    }
  }
  std::sort(spike_files.begin(), spike_files.end());
  for (const fs::path& p : spike_files) {
    const std::string name = p.filename().string();
    f.spikes[name.substr(7, name.size() - 11)] = read_spikes(p.string());
  }
  const fs::path voltages = fs::path(dir) / "voltages.csv";
  f.voltages = fs::exists(voltages) ? read_voltages(voltages.string()) : json::array();
  return f;
}

SweepFolder load_sweep_folder(const std::string& dir) {
  SweepFolder f;
  f.dir = dir;
  const std::string path = (fs::path(dir) / "sweep.json").string();
  f.table = read_schema_file(path, "neuromesh.sweep", "sweep table");
  for (const json& axis : require(f.table, "/axes", JsonKind::array, path)) {
    if (!axis.is_string()) throw UserError("'" + path + "': key /axes holds a non-string axis");
  }
  for (const json& point : require(f.table, "/points", JsonKind::array, path)) {
    require(point, "/point", JsonKind::number, path);
    require(point, "/status", JsonKind::string, path);
    require(point, "/pareto", JsonKind::boolean, path);
    require(point, "/error", JsonKind::string, path);
  }
  return f;
}

const json& require(const json& doc, const std::string& pointer, JsonKind kind,
                    const std::string& file) {
  static const std::map<JsonKind, std::pair<bool (json::*)() const noexcept, const char*>> kinds = {
      {JsonKind::number, {&json::is_number, "a number"}},
      {JsonKind::string, {&json::is_string, "a string"}},
      {JsonKind::boolean, {&json::is_boolean, "true or false"}},
      {JsonKind::object, {&json::is_object, "an object"}},
      {JsonKind::array, {&json::is_array, "an array"}}};
  const auto& [is_kind, what] = kinds.at(kind);
  const json::json_pointer ptr(pointer);
  if (!doc.contains(ptr) || !(doc.at(ptr).*is_kind)()) {
    throw UserError("'" + file + "': key " + pointer + " is missing or not " + what);
  }
  return doc.at(ptr);
}

}  // namespace nm::cli
