// `neuromesh report`: the HTML page of a run folder and of a sweep folder, rendered in Debian's
// headless Chromium (no console message, every plot drawn, a screenshot), and its bad inputs.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <sstream>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// What Chromium made of a page: the DOM after the scripts ran, its console, a screenshot.
struct Rendered {
  std::string dom;
  std::vector<std::string> console;  // every console message or uncaught error of the page
  std::string status;                // the <p id="nm-status" ...> element
};

// Opens `html` in headless Chromium with a fresh profile and no network services, lets the page
// run for up to 10 s of virtual time, dumps the DOM and writes a 1100x3000 screenshot to `png`.
Rendered render_in_chromium(const TempDir& dir, const std::string& html, const std::string& png) {
  const std::string chromium = find_on_path("chromium");
  EXPECT_FALSE(chromium.empty())
      << "chromium (Debian package) is not on PATH: run scripts/setup.sh as root";
  if (chromium.empty()) return {};
  const RunResult r = run_program(
      {chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
       "--disable-background-networking", "--disable-component-update", "--disable-sync",
       "--user-data-dir=" + (dir / ("profile_" + std::filesystem::path(png).stem().string())),
       "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--hide-scrollbars",
       "--window-size=1100,3000", "--screenshot=" + png, "--dump-dom", "file://" + html},
      "", 90);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  Rendered out;
  out.dom = r.out;
  std::istringstream err(r.err);
  for (std::string line; std::getline(err, line);) {
    if (line.find(":CONSOLE") != std::string::npos) out.console.push_back(line);
  }
  std::smatch m;
  if (std::regex_search(out.dom, m, std::regex("<p id=\"nm-status\"[^>]*>"))) out.status = m.str();
  return out;
}

// Every plot the page announces was drawn (one Vega view each), none failed, nothing was logged.
void expect_all_plots_drawn(const Rendered& page, std::size_t plots) {
  const std::string n = std::to_string(plots);
  EXPECT_NE(page.status.find("data-plots=\"" + n + "\""), std::string::npos) << page.status;
  EXPECT_NE(page.status.find("data-rendered=\"" + n + "\""), std::string::npos) << page.status;
  EXPECT_NE(page.status.find("data-failed=\"0\""), std::string::npos) << page.status;
  EXPECT_EQ(count(page.dom, "class=\"marks\""), plots);
  for (const std::string& line : page.console) ADD_FAILURE() << "console: " << line;
}

// A PNG of the window's size that is not almost empty: a page of the same size with the report's
// header and notes but no plot measured 33 KB, this run's page about 290 KB.
void expect_screenshot_with_plots(const std::string& png) {
  ASSERT_TRUE(std::filesystem::exists(png));
  const std::string bytes = read_file(png);
  ASSERT_GT(bytes.size(), 24u);
  EXPECT_EQ(bytes.substr(1, 3), "PNG");
  auto be32 = [&](std::size_t at) {
    return (std::uint32_t(std::uint8_t(bytes[at])) << 24) | (std::uint32_t(std::uint8_t(bytes[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(bytes[at + 2])) << 8) | std::uint32_t(std::uint8_t(bytes[at + 3]));
  };
  EXPECT_EQ(be32(16), 1100u);  // IHDR width
  EXPECT_EQ(be32(20), 3000u);  // IHDR height
  EXPECT_GT(bytes.size(), 100'000u);
}

TEST(HtmlReport, RunPageDrawsEveryPlotInHeadlessChromium) {
  TempDir dir;
  ASSERT_EQ(run_cli({"run", "--steps", "40", "--out", dir / "run"}).exit_code, 0);
  const RunResult r = run_cli({"report", dir / "run"});
  expect_success(r);
  // Energy, step phases, activity, 3 rasters (stim, exc, inh), membrane traces, mesh map,
  // latency histogram, core map.
  EXPECT_NE(r.out.find("report with 10 plots written to " + (dir / "run/report.html")),
            std::string::npos) << r.out;
  const std::string html = read_file(dir / "run/report.html");
  EXPECT_EQ(count(html, "<script src"), 0u) << "the page must open offline";
  EXPECT_EQ(count(html, "<link"), 0u) << "the page must open offline";
  for (const char* title : {"Energy by component", "Step latency by phase", "Spike raster: exc",
                            "Membrane traces", "Mesh: link utilisation and router occupancy",
                            "Packet latency histogram", "Core utilisation"}) {
    EXPECT_NE(html.find(std::string("<h2>") + title + "</h2>"), std::string::npos) << title;
  }
  const Rendered page = render_in_chromium(dir, dir / "run/report.html", dir / "run.png");
  expect_all_plots_drawn(page, 10);
  expect_screenshot_with_plots(dir / "run.png");
}

TEST(HtmlReport, SweepPageHasTheParetoPlotAndOnePlotPerAxis) {
  TempDir dir;
  std::filesystem::create_directories(dir / "sweep");
  write_file(dir / "sweep/sweep.json", R"({"schema": "neuromesh.sweep", "schema_version": 1,
    "sweep": "s.yaml", "axes": ["noc.buffer_depth_flits", "chip.mesh"], "points": [
    {"point": 1, "status": "ok", "values": {"noc.buffer_depth_flits": "2", "chip.mesh": "4x4"},
     "figures": {"energy_total_pj": 100.0, "step_latency_ns_mean": 9.0}, "pareto": true, "error": ""},
    {"point": 2, "status": "ok", "values": {"noc.buffer_depth_flits": "2", "chip.mesh": "8x4"},
     "figures": {"energy_total_pj": 120.0, "step_latency_ns_mean": 10.0}, "pareto": false, "error": ""},
    {"point": 3, "status": "failed", "values": {"noc.buffer_depth_flits": "0", "chip.mesh": "4x4"},
     "figures": {"energy_total_pj": null}, "pareto": false, "error": "buffer_depth_flits: must be >= 1"},
    {"point": 4, "status": "ok", "values": {"noc.buffer_depth_flits": "8", "chip.mesh": "8x4"},
     "figures": {"energy_total_pj": 90.0, "step_latency_ns_mean": 12.0}, "pareto": true, "error": ""}]})");
  const RunResult r = run_cli({"report", dir / "sweep", "--out", dir / "sweep.html"});
  expect_success(r);
  EXPECT_NE(r.out.find("report with 3 plots"), std::string::npos) << r.out;
  const std::string html = read_file(dir / "sweep.html");
  EXPECT_NE(html.find("<h2>Energy versus step latency</h2>"), std::string::npos);
  EXPECT_NE(html.find("<h2>Axis noc.buffer_depth_flits</h2>"), std::string::npos);
  EXPECT_NE(html.find("<h2>Axis chip.mesh</h2>"), std::string::npos);
  EXPECT_NE(html.find("buffer_depth_flits: must be &gt;= 1"), std::string::npos)
      << "a failed point is listed with its error";
  const Rendered page = render_in_chromium(dir, dir / "sweep.html", dir / "sweep.png");
  expect_all_plots_drawn(page, 3);
}

TEST(HtmlReport, LeavesOutPlotsWhoseDataTheFolderLacksAndSaysWhy) {
  TempDir dir;
  ASSERT_EQ(run_cli({"run", "--steps", "5", "--out", dir / "run"}).exit_code, 0);
  for (const char* f : {"spikes_exc.csv", "spikes_inh.csv", "spikes_stim.csv", "voltages.csv"}) {
    std::filesystem::remove(dir / ("run/" + std::string(f)));
  }
  const RunResult r = run_cli({"report", dir / "run"});
  expect_success(r);
  EXPECT_NE(r.out.find("report with 6 plots"), std::string::npos) << r.out;
  const std::string html = read_file(dir / "run/report.html");
  EXPECT_NE(html.find("No spike raster: the network records no population"), std::string::npos);
  EXPECT_NE(html.find("No membrane traces"), std::string::npos);
}

TEST(HtmlReport, RefusesAMissingOrMalformedFolder) {
  TempDir dir;
  expect_user_error(run_cli({"report", dir / "nowhere"}), {"nowhere", "not a folder"});
  std::filesystem::create_directories(dir / "empty");
  expect_user_error(run_cli({"report", dir / "empty"}), {"empty", "report.json", "sweep.json"});

  ASSERT_EQ(run_cli({"run", "--steps", "3", "--out", dir / "run"}).exit_code, 0);
  const std::string steps = read_file(dir / "run/steps.csv");
  std::filesystem::remove(dir / "run/steps.csv");
  expect_user_error(run_cli({"report", dir / "run"}), {"steps.csv"});
  write_file(dir / "run/steps.csv", steps + "3,x,1,1,1,1,1,1,1,1,1,1,1\n");
  expect_user_error(run_cli({"report", dir / "run"}), {"steps.csv:5", "start_cycle"});
  write_file(dir / "run/steps.csv", steps);
  write_file(dir / "run/report.json", "{\"schema\": \"neuromesh.report\", \"energy_pj\": 3}");
  expect_user_error(run_cli({"report", dir / "run"}), {"report.json", "/energy_pj"});
  write_file(dir / "run/report.json", "{ not json");
  expect_user_error(run_cli({"report", dir / "run"}), {"report.json", "not valid JSON"});
  EXPECT_FALSE(std::filesystem::exists(dir / "run/report.html"));

  std::filesystem::create_directories(dir / "sweep");
  write_file(dir / "sweep/sweep.json", R"({"schema": "neuromesh.sweep", "axes": ["a"],
                                          "points": [{"point": "one"}]})");
  expect_user_error(run_cli({"report", dir / "sweep"}), {"sweep.json", "/point"});
}

}  // namespace
}  // namespace nm::e2e
