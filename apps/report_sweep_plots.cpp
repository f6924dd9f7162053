// The plots of a sweep folder (sweep.json): energy versus latency with the Pareto front, and one
// plot per swept axis.
#include <algorithm>

#include "apps/report_plots.h"

namespace nm::cli {

using nlohmann::json;

namespace {

// A figure of a point, or null when the point has none (failed, or absent from its report).
json figure(const json& point, const char* name) {
  const json::json_pointer p(std::string("/figures/") + name);
  return point.contains(p) && point.at(p).is_number() ? point.at(p) : json(nullptr);
}

// The point's value of `axis` ("" when it does not set it).
std::string value_of(const json& point, const std::string& axis) {
  const auto values = point.find("values");
  if (values == point.end() || !values->is_object()) return "";
  const auto v = values->find(axis);
  return v != values->end() && v->is_string() ? v->get<std::string>() : "";
}

// "noc.buffer_depth_flits=2, chip.mesh=4x4": the point's swept values, in axis order.
std::string setting(const json& point, const json& axes) {
  std::string s;
  for (const json& a : axes) {
    const std::string v = value_of(point, a.get<std::string>());
    if (!v.empty()) s += (s.empty() ? "" : ", ") + a.get<std::string>() + "=" + v;
  }
  return s;
}

Plot pareto_plot(const json& rows) {
  return {"plot-pareto", "Energy versus step latency",
          "Each successful point of the sweep: total energy [pJ] against mean step latency [ns]. "
          "The line joins the Pareto front: points that no other point beats in both.",
          vega_lite(R"({"width": 640, "height": 320,
            "layer": [
              {"transform": [{"filter": "datum.pareto"}],
               "mark": {"type": "line", "color": "#d62728", "strokeDash": [4, 3]},
               "encoding": {"x": {"field": "step_latency_ns_mean", "type": "quantitative"},
                            "y": {"field": "energy_total_pj", "type": "quantitative"},
                            "order": {"field": "step_latency_ns_mean"}}},
              {"mark": {"type": "point", "filled": true, "size": 70, "tooltip": true},
               "encoding": {
                 "x": {"field": "step_latency_ns_mean", "type": "quantitative",
                       "scale": {"zero": false}, "title": "mean step latency [ns]"},
                 "y": {"field": "energy_total_pj", "type": "quantitative",
                       "scale": {"zero": false}, "title": "total energy [pJ]"},
                 "color": {"field": "front", "type": "nominal", "title": null,
                           "scale": {"domain": ["Pareto front", "dominated"],
                                     "range": ["#d62728", "#7f7f7f"]}},
                 "tooltip": [{"field": "point"}, {"field": "setting"},
                             {"field": "energy_total_pj"}, {"field": "step_latency_ns_mean"}]}}]})",
                    rows)};
}

// One figure against the axis's values: every point, and a line through the means.
json axis_panel(const std::string& axis, const json& order, const char* field, const char* title) {
  json panel = json::parse(R"({"width": 280, "height": 200,
    "layer": [{"mark": {"type": "point", "filled": true, "tooltip": true}},
              {"mark": {"type": "line"}}]})");
  const json x = {{"field", "value"}, {"type", "ordinal"}, {"sort", order}, {"title", axis},
                  {"axis", {{"labelAngle", 0}}}};
  panel["layer"][0]["encoding"] = {
      {"x", x},
      {"y", {{"field", field}, {"type", "quantitative"}, {"scale", {{"zero", false}}},
             {"title", title}}},
      {"tooltip", {{{"field", "point"}}, {{"field", "setting"}}, {{"field", field}}}}};
  panel["layer"][1]["encoding"] = {
      {"x", x}, {"y", {{"field", field}, {"type", "quantitative"}, {"aggregate", "mean"}}}};
  return panel;
}

Plot axis_plot(const std::string& axis, const json& rows, std::size_t index) {
  json order = json::array();
  for (const json& r : rows) {
    if (std::find(order.begin(), order.end(), r["value"]) == order.end()) order.push_back(r["value"]);
  }
  json spec = vega_lite(R"({"hconcat": []})", rows);
  spec["hconcat"].push_back(axis_panel(axis, order, "energy_total_pj", "total energy [pJ]"));
  spec["hconcat"].push_back(
      axis_panel(axis, order, "step_latency_ns_mean", "mean step latency [ns]"));
  return {"plot-axis-" + std::to_string(index), "Axis " + axis,
          "Total energy [pJ] and mean step latency [ns] of every successful point against its "
          "value of " + axis + "; the line joins the means over the other axes.",
          spec};
}

}  // namespace

Page sweep_page(const SweepFolder& f) {
  const json& axes = f.table["axes"];
  Page page;
  page.title = "NeuroMesh sweep: " + f.dir;
  page.subtitle = "Sweep file " + f.table.value("sweep", std::string("?"));
  json rows = json::array();
  std::size_t failed = 0;
  for (const json& p : f.table["points"]) {
    const json energy = figure(p, "energy_total_pj"), latency = figure(p, "step_latency_ns_mean");
    const std::string label = std::to_string(p.value("point", 0)) + " (" + setting(p, axes) + ")";
    if (p.value("status", "") != "ok" || energy.is_null() || latency.is_null()) {
      ++failed;
      page.notes.push_back("Point " + label + " failed: " + p.value("error", std::string("?")));
      continue;
    }
    rows.push_back({{"point", p.value("point", 0)}, {"setting", setting(p, axes)},
                    {"energy_total_pj", energy}, {"step_latency_ns_mean", latency},
                    {"pareto", p.value("pareto", false)},
                    {"front", p.value("pareto", false) ? "Pareto front" : "dominated"}});
  }
  page.facts = {{"points", std::to_string(f.table["points"].size())},
                {"failed", std::to_string(failed)},
                {"axes", std::to_string(axes.size())}};
  if (rows.empty()) {
    page.notes.push_back("No plot: no point of the sweep succeeded.");
    return page;
  }
  page.plots.push_back(pareto_plot(rows));
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const std::string axis = axes[i].get<std::string>();
    json axis_rows = json::array();
    std::size_t r = 0;
    for (const json& p : f.table["points"]) {
      if (r >= rows.size() || p.value("point", 0) != rows[r]["point"]) continue;
      json row = rows[r++];
      row["value"] = value_of(p, axis);
      axis_rows.push_back(row);
    }
    page.plots.push_back(axis_plot(axis, axis_rows, i));
  }
  return page;
}

}  // namespace nm::cli
