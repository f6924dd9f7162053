#include "apps/report_compare.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <map>

#include "common/errors.h"

namespace nm::cli {

using nlohmann::json;

double ComparedValue::relative_change() const {
  if (a == b) return 0.0;
  if (a == 0.0) return std::numeric_limits<double>::infinity();
  return (b - a) / std::fabs(a);
}

namespace {

void flatten(const json& j, const std::string& prefix, std::vector<std::pair<std::string, double>>& out) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      flatten(it.value(), prefix.empty() ? it.key() : prefix + "." + it.key(), out);
    }
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) flatten(j[i], prefix + "[" + std::to_string(i) + "]", out);
  } else if (j.is_number()) {
    out.push_back({prefix, j.get<double>()});
  }
}

bool is_host_key(const std::string& key) { return key.rfind("host.", 0) == 0; }

}  // namespace

std::vector<ComparedValue> compare_reports(const json& a, const json& b, bool include_host) {
  std::vector<std::pair<std::string, double>> fa, fb;
  flatten(a, "", fa);
  flatten(b, "", fb);
  std::vector<ComparedValue> rows;
  std::map<std::string, std::size_t> index;
  for (const auto& [key, value] : fa) {
    if (!include_host && is_host_key(key)) continue;
    index[key] = rows.size();
    ComparedValue v;
    v.key = key;
    v.in_a = true;
    v.a = value;
    rows.push_back(v);
  }
  for (const auto& [key, value] : fb) {
    if (!include_host && is_host_key(key)) continue;
    auto it = index.find(key);
    if (it == index.end()) {
      ComparedValue v;
      v.key = key;
      v.in_b = true;
      v.b = value;
      rows.push_back(v);
    } else {
      rows[it->second].in_b = true;
      rows[it->second].b = value;
    }
  }
  return rows;
}

json read_schema_file(const std::string& path, const std::string& schema, const std::string& what) {
  std::ifstream in(path);
  if (!in) throw UserError("cannot read " + what + " '" + path + "'");
  json j;
  try {
    in >> j;
  } catch (const json::exception& e) {
    throw UserError(path + ": not valid JSON (" + e.what() + ")");
  }
  if (!j.is_object() || j.value("schema", "") != schema) {
    throw UserError(path + ": not a NeuroMesh " + what + " (no \"schema\": \"" + schema + "\")");
  }
  return j;
}

json read_report(const std::string& path) {
  return read_schema_file(path, "neuromesh.report", "report");
}

namespace {

std::string format_value(bool present, double v) {
  if (!present) return "-";
  char buf[48];
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.6g", v);
  }
  return buf;
}

std::string format_change(const ComparedValue& r) {
  if (!r.in_a || !r.in_b) return r.in_a ? "only in A" : "only in B";
  const double rel = r.relative_change();
  if (rel == 0.0) return "=";
  char buf[48];
  if (std::isinf(rel)) {
    std::snprintf(buf, sizeof buf, "%+.6g (from 0)", r.difference());
  } else {
    std::snprintf(buf, sizeof buf, "%+.6g (%+.1f%%)", r.difference(), 100.0 * rel);
  }
  return buf;
}

}  // namespace

void print_comparison(const std::vector<ComparedValue>& rows, const std::string& name_a,
                      const std::string& name_b, bool changed_only, std::ostream& out) {
  out << "A: " << name_a << "\nB: " << name_b << "\n";
  char line[320];
  std::snprintf(line, sizeof line, "%-48s %16s %16s  %s\n", "key", "A", "B", "B - A");
  out << line;
  std::size_t changed = 0;
  for (const ComparedValue& r : rows) {
    const bool same = r.in_a && r.in_b && r.a == r.b;
    if (!same) ++changed;
    if (changed_only && same) continue;
    std::snprintf(line, sizeof line, "%-48s %16s %16s  %s\n", r.key.c_str(),
                  format_value(r.in_a, r.a).c_str(), format_value(r.in_b, r.b).c_str(),
                  format_change(r).c_str());
    out << line;
  }
  out << changed << " of " << rows.size() << " values differ\n";
}

}  // namespace nm::cli
