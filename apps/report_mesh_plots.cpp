// The plots of the chip's layout: the mesh map (link utilisation and router occupancy), the
// packet latency histogram and the core utilisation map. Tiles are drawn with x to the east and
// y to the north, as the mesh coordinates of report.json.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "apps/report_plots.h"

namespace nm::cli {

using nlohmann::json;

namespace {

// Axis ticks at the middle of each tile (blocks of `pitch` grid units), labelled by tile index.
json tile_axis(const char* title, std::uint64_t tiles, double pitch, double middle) {
  json values = json::array();
  for (std::uint64_t i = 0; i < tiles; ++i) values.push_back(static_cast<double>(i) * pitch + middle);
  char label[64];
  std::snprintf(label, sizeof label, "floor(datum.value / %g)", pitch);
  return {{"title", title}, {"values", values}, {"labelExpr", label}, {"grid", false},
          {"ticks", false}, {"labelPadding", 6}, {"domain", false}};
}

std::uint64_t count_at(const json& report, const char* pointer, const std::string& file) {
  const double v = require(report, pointer, JsonKind::number, file).get<double>();
  return v > 0 ? static_cast<std::uint64_t>(v) : 0;
}

// Offsets, in a tile's 3x3 block of cells, of the cell that shows each outgoing link.
int link_dx(const std::string& d) { return d == "east" ? 2 : d == "west" ? 0 : 1; }
int link_dy(const std::string& d) { return d == "north" ? 2 : d == "south" ? 0 : 1; }

// Draws each row as the square from (x0 + lo, y0 + lo) to (x0 + hi, y0 + hi) on axes that span
// [0, x_end] and [0, y_end] grid units.
void cell_encoding(json& spec, json x_axis, json y_axis, double x_end, double y_end, double lo,
                   double hi) {
  for (const char* c : {"x", "y"}) {
    const std::string at = std::string("datum.") + c + "0 + ";
    spec["transform"].push_back({{"calculate", at + std::to_string(lo)}, {"as", std::string(c) + "a"}});
    spec["transform"].push_back({{"calculate", at + std::to_string(hi)}, {"as", std::string(c) + "b"}});
  }
  spec["encoding"]["x"] = {{"field", "xa"}, {"type", "quantitative"}, {"axis", std::move(x_axis)},
                           {"scale", {{"domain", {0, x_end}}, {"nice", false}}}};
  spec["encoding"]["x2"] = {{"field", "xb"}};
  spec["encoding"]["y"] = {{"field", "ya"}, {"type", "quantitative"}, {"axis", std::move(y_axis)},
                           {"scale", {{"domain", {0, y_end}}, {"nice", false}}}};
  spec["encoding"]["y2"] = {{"field", "yb"}};
}

}  // namespace

Plot mesh_map_plot(const json& report, const std::string& file) {
  const std::uint64_t w = count_at(report, "/chip/mesh_width", file);
  const std::uint64_t h = count_at(report, "/chip/mesh_height", file);
  json rows = json::array();
  for (const json& router : require(report, "/noc/routers", JsonKind::array, file)) {
    const json& tile = require(router, "/tile", JsonKind::array, file);
    const int x = tile.at(0), y = tile.at(1);
    const std::string name = "(" + std::to_string(x) + ", " + std::to_string(y) + ")";
    rows.push_back({{"kind", "router"}, {"tile", name}, {"x0", 3 * x + 1}, {"y0", 3 * y + 1},
                    {"occupancy_flits", require(router, "/buffer_occupancy_flits/mean",
                                                JsonKind::number, file)}});
    const json& links = require(router, "/link_utilisation", JsonKind::object, file);
    for (auto it = links.begin(); it != links.end(); ++it) {
      rows.push_back({{"kind", "link"}, {"tile", name}, {"direction", it.key()},
                      {"x0", 3 * x + link_dx(it.key())}, {"y0", 3 * y + link_dy(it.key())},
                      {"utilisation", *it}});
    }
  }
  json spec = vega_lite(R"({"transform": [],
    "layer": [
      {"transform": [{"filter": "datum.kind == 'router'"}], "mark": {"type": "rect", "tooltip": true},
       "encoding": {"color": {"field": "occupancy_flits", "type": "quantitative",
                              "scale": {"scheme": "blues", "domainMin": 0},
                              "title": "router occupancy [flits]"},
                    "tooltip": [{"field": "tile"}, {"field": "occupancy_flits",
                                "title": "mean flits per input buffer"}]}},
      {"transform": [{"filter": "datum.kind == 'link'"}], "mark": {"type": "rect", "tooltip": true},
       "encoding": {"color": {"field": "utilisation", "type": "quantitative",
                              "scale": {"scheme": "orangered", "domainMin": 0},
                              "title": "link utilisation"},
                    "tooltip": [{"field": "tile"}, {"field": "direction"},
                                {"field": "utilisation"}]}}],
    "resolve": {"scale": {"color": "independent"}}})",
                        rows);
  cell_encoding(spec, tile_axis("tile x", w, 3, 1.5), tile_axis("tile y", h, 3, 1.5),
                3.0 * double(w), 3.0 * double(h), 0.08, 0.92);
  spec["width"] = 66 * w;
  spec["height"] = 66 * h;
  return {"plot-mesh", "Mesh: link utilisation and router occupancy",
          "Each tile is a 3x3 block: its router in the middle, coloured by the mean flits held "
          "per mesh input buffer; around it the links leaving it (east on the right, north on "
          "top), coloured by utilisation = flits x link cycles per flit / total cycles "
          "(report.json noc.routers).",
          spec};
}

std::optional<Plot> latency_histogram_plot(const json& report, const std::string& file,
                                           std::vector<std::string>& notes) {
  if (!report.contains(json::json_pointer("/noc/packet_latency_histogram"))) {
    notes.push_back("No packet latency histogram: report.json has no "
                    "noc.packet_latency_histogram (written by an older neuromesh; run again).");
    return std::nullopt;
  }
  const json& h = require(report, "/noc/packet_latency_histogram", JsonKind::array, file);
  if (h.empty()) {
    notes.push_back("No packet latency histogram: no packet was delivered.");
    return std::nullopt;
  }
  std::string caption = "Delivered packets by latency from emission to tail delivery [cycles] "
                        "(report.json noc.packet_latency_histogram)";
  const json::json_pointer summary("/noc/packet_latency_cycles");
  if (report.contains(summary) && report.at(summary).is_object()) {
    const json& s = report.at(summary);
    caption += "; p50 " + format_fact(s.value("p50", 0.0)) + ", p99 " +
               format_fact(s.value("p99", 0.0)) + ", max " + format_fact(s.value("max", 0.0));
  }
  return Plot{"plot-latency", "Packet latency histogram", caption + ".",
              vega_lite(R"({"width": 640, "height": 200, "mark": {"type": "bar", "tooltip": true},
                "encoding": {
                  "x": {"field": "latency_cycles", "type": "quantitative", "bin": {"maxbins": 40},
                        "title": "latency [cycles]"},
                  "y": {"aggregate": "sum", "field": "packets", "type": "quantitative",
                        "title": "packets"}}})",
                        h)};
}

std::optional<Plot> core_map_plot(const json& report, const std::string& file,
                                  std::vector<std::string>& notes) {
  if (!report.contains("core_activity")) {
    notes.push_back("No core utilisation map: report.json has no core_activity (written by an "
                    "older neuromesh; run again).");
    return std::nullopt;
  }
  const std::uint64_t w = count_at(report, "/chip/mesh_width", file);
  const std::uint64_t h = count_at(report, "/chip/mesh_height", file);
  const std::uint64_t per_tile = std::max<std::uint64_t>(1, count_at(report, "/chip/cores_per_tile", file));
  const std::uint64_t cols = static_cast<std::uint64_t>(std::ceil(std::sqrt(double(per_tile))));
  const std::uint64_t lines = (per_tile + cols - 1) / cols;
  const double gap = 0.5;  // between tiles [cells]
  std::vector<json> cores(w * h * per_tile);
  for (std::uint64_t k = 0; k < cores.size(); ++k) {
    const std::uint64_t tile = k / per_tile, local = k % per_tile;
    cores[k] = {{"core", k}, {"used", false}, {"utilisation", 0.0},
                {"x0", double(tile % w) * (double(cols) + gap) + double(local % cols)},
                {"y0", double(tile / w) * (double(lines) + gap) + double(lines - 1 - local / cols)}};
  }
  for (const json& c : require(report, "/core_activity", JsonKind::array, file)) {
    const std::uint64_t k = require(c, "/core", JsonKind::number, file).get<std::uint64_t>();
    if (k >= cores.size()) continue;
    cores[k]["used"] = true;
    for (const char* key : {"utilisation", "busy_cycles", "synaptic_ops", "spikes", "packets"}) {
      cores[k][key] = require(c, std::string("/") + key, JsonKind::number, file);
    }
  }
  json spec = vega_lite(R"({"transform": [], "mark": {"type": "rect", "tooltip": true},
    "encoding": {
      "color": {"condition": {"test": "!datum.used", "value": "#e8e8e8"},
                "field": "utilisation", "type": "quantitative",
                "scale": {"scheme": "viridis", "domainMin": 0}, "title": "busy fraction"},
      "tooltip": [{"field": "core"}, {"field": "utilisation", "title": "busy fraction"},
                  {"field": "busy_cycles"}, {"field": "synaptic_ops"}, {"field": "spikes"},
                  {"field": "packets"}]}})",
                        cores);
  cell_encoding(spec, tile_axis("tile x", w, double(cols) + gap, double(cols) / 2),
                tile_axis("tile y", h, double(lines) + gap, double(lines) / 2),
                double(w) * (double(cols) + gap) - gap, double(h) * (double(lines) + gap) - gap,
                0.0, 0.9);
  spec["width"] = std::min<std::uint64_t>(900, 22 * w * (cols + 1));
  spec["height"] = std::min<std::uint64_t>(600, 22 * h * (lines + 1));
  return Plot{"plot-cores", "Core utilisation",
              "Each square is a core, grouped by tile (core 0 of a tile at its top left), coloured "
              "by the fraction of the run's cycles its pipeline was busy (report.json "
              "core_activity); grey cores hold no neuron.",
              spec};
}

}  // namespace nm::cli
