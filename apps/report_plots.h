// The plots of `neuromesh report`, as Vega-Lite specs with their data (docs/plots.md).
// A run folder gives: energy by component, per-step latency by phase and activity, a spike
// raster per recorded population, membrane traces, the mesh map (link utilisation and router
// occupancy), the packet latency histogram and the core utilisation map. A sweep folder gives
// the Pareto plot of energy versus latency and one plot per swept axis. A plot whose data the
// folder does not hold (nothing recorded, no packets) is left out with a note saying why.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "apps/report_folder.h"
#include "apps/report_page.h"

namespace nm::cli {

Page run_page(const RunFolder& folder);
Page sweep_page(const SweepFolder& folder);

// Plots of the NoC and the cores of a run (report_mesh_plots.cpp). Each returns nothing, and
// adds a note to `notes`, when the report lacks the data.
Plot mesh_map_plot(const nlohmann::json& report, const std::string& file);
std::optional<Plot> latency_histogram_plot(const nlohmann::json& report, const std::string& file,
                                           std::vector<std::string>& notes);
std::optional<Plot> core_map_plot(const nlohmann::json& report, const std::string& file,
                                  std::vector<std::string>& notes);

// A Vega-Lite spec from its JSON text, with `values` as its inline data.
nlohmann::json vega_lite(const char* spec_json, nlohmann::json values);

}  // namespace nm::cli
