// What `neuromesh report` reads: a run folder (`neuromesh run --out DIR`: report.json, steps.csv,
// spikes_<population>.csv, voltages.csv) or a sweep folder (`neuromesh sweep --out DIR`:
// sweep.json). Everything is checked on the way in: a missing or malformed file is a UserError
// naming the file (and, for CSV files, the line and column).
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace nm::cli {

struct RunFolder {
  std::string dir;
  nlohmann::json report;    // report.json (schema neuromesh.report)
  nlohmann::json steps;     // steps.csv: one object per row, every column a number
  std::map<std::string, nlohmann::json> spikes;  // population -> [{step, neuron}] (spikes_*.csv)
  nlohmann::json voltages;  // voltages.csv: [{step, population, neuron, u, v}] (empty array if none)
};

struct SweepFolder {
  std::string dir;
  nlohmann::json table;     // sweep.json (schema neuromesh.sweep)
};

// True for a sweep folder (it holds sweep.json), false for a run folder (report.json); throws
// UserError if `dir` is not a folder or holds neither.
bool is_sweep_folder(const std::string& dir);

RunFolder load_run_folder(const std::string& dir);
SweepFolder load_sweep_folder(const std::string& dir);

// The value at JSON pointer `pointer` of `doc` (read from `file`); throws UserError naming the
// file and the key when it is missing or not of the expected kind.
enum class JsonKind { number, string, boolean, object, array };
const nlohmann::json& require(const nlohmann::json& doc, const std::string& pointer,
                              JsonKind kind, const std::string& file);

}  // namespace nm::cli
