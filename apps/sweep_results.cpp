#include "apps/sweep_results.h"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/errors.h"

namespace nm::cli {

using nlohmann::json;

const std::vector<std::pair<std::string, std::string>>& headline_figures() {
  static const std::vector<std::pair<std::string, std::string>> figures = {
      {"energy_total_pj", "/energy_pj/total"},
      {"energy_per_spike_pj", "/energy_per_spike_pj"},
      {"energy_per_synaptic_op_pj", "/energy_per_synaptic_op_pj"},
      {"step_latency_ns_mean", "/time/step_latency_ns/mean"},
      {"step_latency_ns_max", "/time/step_latency_ns/max"},
      {"total_cycles", "/time/total_cycles"},
      {"spikes", "/counts/spikes"},
      {"packets", "/counts/packets"},
      {"hops", "/counts/hops"},
      {"max_link_load", "/noc/link_utilisation/max"},
      {"cores_used", "/mapping/cores_used"},
  };
  return figures;
}

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kEnergy = 0;   // index of energy_total_pj
constexpr std::size_t kLatency = 3;  // index of step_latency_ns_mean

std::vector<double> read_figures(const std::string& report_path) {
  std::vector<double> out(headline_figures().size(), kMissing);
  std::ifstream in(report_path);
  if (!in) return out;
  json r;
  try {
    in >> r;
  } catch (const json::exception&) {
    return out;
  }
  for (std::size_t k = 0; k < out.size(); ++k) {
    const json::json_pointer ptr(headline_figures()[k].second);
    if (r.contains(ptr) && r[ptr].is_number()) out[k] = r[ptr].get<double>();
  }
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string number(double v) {
  if (std::isnan(v)) return "";
  std::ostringstream ss;
  ss.precision(10);
  ss << v;
  return ss.str();
}

}  // namespace

std::vector<SweepRow> collect_rows(const SweepSpec& spec, const std::vector<PointOutcome>& outcomes) {
  std::vector<SweepRow> rows;
  for (const PointOutcome& o : outcomes) {
    SweepRow row;
    row.point = o.index + 1;
    row.ok = o.ok;
    row.error = o.error;
    for (const std::string& axis : spec.axes) {
      std::string v;
      for (const auto& [k, val] : spec.points[o.index].values) {
        if (k == axis) v = val;
      }
      row.values.push_back(v);
    }
    row.figures = o.ok ? read_figures(o.dir + "/report.json")
                       : std::vector<double>(headline_figures().size(), kMissing);
    rows.push_back(row);
  }
  return rows;
}

void mark_pareto_front(std::vector<SweepRow>& rows) {
  auto usable = [](const SweepRow& r) {
    return r.ok && !std::isnan(r.figures[kEnergy]) && !std::isnan(r.figures[kLatency]);
  };
  for (SweepRow& p : rows) {
    p.pareto = false;
    if (!usable(p)) continue;
    bool dominated = false;
    for (const SweepRow& q : rows) {
      if (&q == &p || !usable(q)) continue;
      const double qe = q.figures[kEnergy], ql = q.figures[kLatency];
      const double pe = p.figures[kEnergy], pl = p.figures[kLatency];
      if (qe <= pe && ql <= pl && (qe < pe || ql < pl)) {
        dominated = true;
        break;
      }
    }
    p.pareto = !dominated;
  }
}

void write_sweep_tables(const SweepSpec& spec, const std::vector<SweepRow>& rows,
                        const std::string& out_dir) {
  const std::string csv_path = out_dir + "/sweep.csv";
  std::ofstream csv(csv_path);
  if (!csv) throw UserError("cannot write '" + csv_path + "'");
  csv << "point,status";
  for (const std::string& a : spec.axes) csv << ',' << csv_field(a);
  for (const auto& f : headline_figures()) csv << ',' << f.first;
  csv << ",pareto,error\n";
  json table = json::array();
  for (const SweepRow& r : rows) {
    csv << r.point << ',' << (r.ok ? "ok" : "failed");
    json values = json::object(), figures = json::object();
    for (std::size_t a = 0; a < spec.axes.size(); ++a) {
      csv << ',' << csv_field(r.values[a]);
      values[spec.axes[a]] = r.values[a];
    }
    for (std::size_t k = 0; k < r.figures.size(); ++k) {
      csv << ',' << number(r.figures[k]);
      figures[headline_figures()[k].first] =
          std::isnan(r.figures[k]) ? json(nullptr) : json(r.figures[k]);
    }
    csv << ',' << (r.pareto ? 1 : 0) << ',' << csv_field(r.error) << '\n';
    table.push_back({{"point", r.point}, {"status", r.ok ? "ok" : "failed"}, {"values", values},
                     {"figures", figures}, {"pareto", r.pareto}, {"error", r.error}});
  }
  csv.close();
  if (!csv) throw UserError("error while writing '" + csv_path + "'");
  const std::string json_path = out_dir + "/sweep.json";
  std::ofstream js(json_path);
  if (!js) throw UserError("cannot write '" + json_path + "'");
  js << json{{"schema", "neuromesh.sweep"}, {"schema_version", 1}, {"sweep", spec.source},
             {"axes", spec.axes}, {"points", table}}
            .dump(2)
     << '\n';
  js.close();
  if (!js) throw UserError("error while writing '" + json_path + "'");
}

}  // namespace nm::cli
