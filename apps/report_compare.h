// Side-by-side comparison of two run reports (`neuromesh compare A/report.json B/report.json`):
// every numeric leaf present in either report, with both values, the difference and the
// relative change. Host timings are left out unless asked for, since they are not results.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace nm::cli {

struct ComparedValue {
  std::string key;       // dotted path, arrays as key[i]
  bool in_a = false, in_b = false;
  double a = 0.0, b = 0.0;
  double difference() const { return b - a; }
  // (b - a) / |a|; 0 when both are 0; infinite when only a is 0.
  double relative_change() const;
};

// Numeric leaves of both reports: a's keys in its (alphabetical) order, then keys only b has.
std::vector<ComparedValue> compare_reports(const nlohmann::json& a, const nlohmann::json& b,
                                           bool include_host);

// Reads a JSON file whose "schema" is `schema`; throws UserError naming the file (and calling it
// `what`) if it is missing, not JSON or of another schema.
nlohmann::json read_schema_file(const std::string& path, const std::string& schema,
                                const std::string& what);

// Reads a report.json; throws UserError naming the file if it is missing or not a report.
nlohmann::json read_report(const std::string& path);

// Prints the table; with `changed_only`, rows with equal values are skipped.
void print_comparison(const std::vector<ComparedValue>& rows, const std::string& name_a,
                      const std::string& name_b, bool changed_only, std::ostream& out);

}  // namespace nm::cli
