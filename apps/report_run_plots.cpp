// The plots of one run's own activity (energy, steps, spikes, voltages) and the run page.
#include <algorithm>

#include "apps/report_plots.h"

namespace nm::cli {

using nlohmann::json;

namespace {

Plot energy_plot(const json& report, const std::string& file) {
  const json& e = require(report, "/energy_pj", JsonKind::object, file);
  json rows = json::array();
  for (auto it = e.begin(); it != e.end(); ++it) {
    const std::string& k = it.key();
    if (k == "cores" || k == "noc" || k == "dynamic" || k == "total" || !it->is_number()) continue;
    const std::string part = k == "static" || k == "noc_static" ? "static"
                             : k.rfind("noc_", 0) == 0       ? "NoC" : "cores";
    rows.push_back({{"component", k}, {"part", part}, {"energy_pj", it->get<double>()}});
  }
  const double total = require(report, "/energy_pj/total", JsonKind::number, file).get<double>();
  return {"plot-energy", "Energy by component",
          "Energy of the whole run by component [pJ] (report.json energy_pj; total " +
              format_fact(total) + " pJ). Dynamic energy is counts x the energy table; static "
              "is power x simulated time.",
          vega_lite(R"({"width": 640, "mark": {"type": "bar", "tooltip": true},
            "encoding": {
              "y": {"field": "component", "type": "nominal", "sort": "-x", "title": null},
              "x": {"field": "energy_pj", "type": "quantitative", "title": "energy [pJ]"},
              "color": {"field": "part", "type": "nominal", "title": "part",
                        "scale": {"domain": ["cores", "NoC", "static"]}}}})",
                    rows)};
}

// Each step's latency split into phases: cores busy, NoC draining after the cores, barrier.
Plot step_phase_plot(const json& steps) {
  json rows = json::array();
  for (const json& s : steps) {
    const double start = s["start_cycle"], done = s["cores_done_cycle"];
    const double routed = std::max(done, s["last_delivery_cycle"].get<double>());
    const double end = std::max(routed, s["end_cycle"].get<double>());
    const double ns = s["latency_ns"];
    const std::pair<const char*, double> phases[] = {
        {"1 cores", done - start}, {"2 NoC drain", routed - done}, {"3 barrier", end - routed}};
    for (const auto& [phase, cycles] : phases) {
      rows.push_back({{"step", s["step"]}, {"phase", phase}, {"cycles", cycles},
                      {"step_latency_ns", ns}});
    }
  }
  return {"plot-steps", "Step latency by phase",
          "Cycles of each time step (steps.csv): until the last core is done, then until the last "
          "packet is delivered, then the barrier. The tooltip gives the step's latency in ns.",
          vega_lite(R"({"width": 640, "height": 220, "mark": {"type": "bar", "tooltip": true},
            "encoding": {
              "x": {"field": "step", "type": "quantitative", "title": "step"},
              "y": {"field": "cycles", "type": "quantitative", "stack": "zero",
                    "title": "latency [cycles]"},
              "color": {"field": "phase", "type": "nominal", "title": "phase"},
              "order": {"field": "phase"},
              "tooltip": [{"field": "step"}, {"field": "phase"}, {"field": "cycles"},
                          {"field": "step_latency_ns", "title": "step latency [ns]"}]}})",
                    rows)};
}

Plot step_activity_plot(const json& steps) {
  return {"plot-activity", "Activity per step",
          "Spikes of LIF neurons and of inputs, synaptic operations and packets sent in each "
          "step (steps.csv); each row has its own scale.",
          vega_lite(R"({"transform": [{"fold": ["neuron_spikes", "input_spikes", "synaptic_ops",
                                                "packets"], "as": ["count", "value"]}],
            "facet": {"row": {"field": "count", "type": "nominal", "title": null,
                              "sort": ["neuron_spikes", "input_spikes", "synaptic_ops", "packets"]}},
            "resolve": {"scale": {"y": "independent"}},
            "spec": {"width": 640, "height": 70, "mark": {"type": "line", "tooltip": true},
              "encoding": {"x": {"field": "step", "type": "quantitative"},
                           "y": {"field": "value", "type": "quantitative", "title": "per step"}}}})",
                    steps)};
}

Plot raster_plot(const std::string& population, const json& spikes, std::size_t index) {
  return {"plot-raster-" + std::to_string(index), "Spike raster: " + population,
          "Each dot is a spike of neuron (index within " + population + ") at a step (spikes_" +
              population + ".csv, " + std::to_string(spikes.size()) + " spikes).",
          vega_lite(R"({"width": 640, "height": 220,
            "mark": {"type": "square", "size": 10, "opacity": 0.8},
            "encoding": {"x": {"field": "step", "type": "quantitative"},
                         "y": {"field": "neuron", "type": "quantitative"}}})",
                    spikes)};
}

Plot voltage_plot(const json& voltages) {
  json rows = json::array();
  for (const json& v : voltages) {
    rows.push_back({{"step", v["step"]}, {"v", v["v"]}, {"u", v["u"]},
                    {"neuron", v["population"].get<std::string>() + "[" +
                                   std::to_string(v["neuron"].get<long long>()) + "]"}});
  }
  return {"plot-voltages", "Membrane traces",
          "Membrane potential v after each step's update, in the core's fixed-point units "
          "(voltages.csv, neurons listed under record.voltages).",
          vega_lite(R"({"width": 640, "height": 240, "mark": {"type": "line", "tooltip": true},
            "encoding": {"x": {"field": "step", "type": "quantitative"},
                         "y": {"field": "v", "type": "quantitative", "title": "v"},
                         "color": {"field": "neuron", "type": "nominal"}}})",
                    rows)};
}

std::string text_at(const json& report, const char* pointer) {
  const json::json_pointer p(pointer);
  if (!report.contains(p)) return "?";
  const json& v = report.at(p);
  return v.is_string() ? v.get<std::string>() : v.is_number() ? format_fact(v.get<double>()) : "?";
}

}  // namespace

json vega_lite(const char* spec_json, json values) {
  json spec = json::parse(spec_json);
  spec["data"] = {{"values", std::move(values)}};
  spec["config"] = {{"font", "system-ui, sans-serif"}};
  return spec;
}

Page run_page(const RunFolder& f) {
  const std::string file = f.dir + "/report.json";
  const json& r = f.report;
  Page page;
  page.title = "NeuroMesh run: " + f.dir;
  page.subtitle = text_at(r, "/run/architecture") + " architecture, network " +
                  text_at(r, "/run/network") + ", " + text_at(r, "/run/steps") + " steps, seed " +
                  text_at(r, "/run/seed") + ", " + text_at(r, "/chip/mesh_width") + "x" +
                  text_at(r, "/chip/mesh_height") + " mesh of " +
                  text_at(r, "/chip/cores_per_tile") + " cores per tile";
  page.facts = {{"energy [pJ]", text_at(r, "/energy_pj/total")},
                {"energy per spike [pJ]", text_at(r, "/energy_per_spike_pj")},
                {"energy per synaptic op [pJ]", text_at(r, "/energy_per_synaptic_op_pj")},
                {"step latency mean / max [ns]", text_at(r, "/time/step_latency_ns/mean") +
                                                     " / " + text_at(r, "/time/step_latency_ns/max")},
                {"total cycles", text_at(r, "/time/total_cycles")},
                {"spikes / packets / hops", text_at(r, "/counts/spikes") + " / " +
                                                text_at(r, "/counts/packets") + " / " +
                                                text_at(r, "/counts/hops")},
                {"cores used", text_at(r, "/mapping/cores_used")}};
  page.plots.push_back(energy_plot(r, file));
  page.plots.push_back(step_phase_plot(f.steps));
  page.plots.push_back(step_activity_plot(f.steps));
  std::size_t index = 0;
  for (const auto& [population, spikes] : f.spikes) {
    if (spikes.empty()) {
      page.notes.push_back("No spike raster for " + population + ": it did not spike.");
    } else {
      page.plots.push_back(raster_plot(population, spikes, index++));
    }
  }
  if (f.spikes.empty()) {
    page.notes.push_back("No spike raster: the network records no population (record.spikes).");
  }
  if (f.voltages.empty()) {
    page.notes.push_back("No membrane traces: the network records no voltages (record.voltages).");
  } else {
    page.plots.push_back(voltage_plot(f.voltages));
  }
  page.plots.push_back(mesh_map_plot(r, file));
  if (auto p = latency_histogram_plot(r, file, page.notes)) page.plots.push_back(*p);
  if (auto p = core_map_plot(r, file, page.notes)) page.plots.push_back(*p);
  return page;
}

}  // namespace nm::cli
