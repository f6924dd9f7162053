// Architecture exploration through the CLI: selective VCD tracing and its GTKWave save file,
// `compare` on known reports, and `sweep` with a failing point and a resumed run.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "cli_runner.h"
#include "e2e_support.h"

namespace nm::e2e {
namespace {

// Every traced variable of a VCD as "scope.scope.name" (the SystemC top scope left out).
std::set<std::string> vcd_variables(const std::string& vcd) {
  std::set<std::string> vars;
  std::vector<std::string> scopes;
  std::istringstream in(vcd);
  std::string tok;
  while (in >> tok) {
    if (tok == "$scope") {
      std::string kind, name;
      in >> kind >> name;
      scopes.push_back(name);
    } else if (tok == "$upscope") {
      scopes.pop_back();
    } else if (tok == "$var") {
      std::string kind, width, id, name;
      in >> kind >> width >> id >> name;
      std::string path;
      for (std::size_t i = 1; i < scopes.size(); ++i) path += scopes[i] + ".";
      vars.insert(path + name);
    } else if (tok == "$enddefinitions") {
      break;
    }
  }
  return vars;
}

// Timestamps (ps) after time 0 at which some value changes. (SystemC closes a VCD with a bare
// timestamp at the end of the simulation; a timestamp with no change after it is left out.)
std::vector<long long> vcd_times(const std::string& vcd) {
  std::vector<long long> times;
  std::istringstream in(vcd);
  std::string line;
  long long pending = -1;
  while (std::getline(in, line)) {
    if (line.size() > 1 && line[0] == '#') {
      pending = std::stoll(line.substr(1));
    } else if (!line.empty() && pending > 0) {
      times.push_back(pending);
      pending = -1;
    }
  }
  return times;
}

TEST(TraceFilters, SelectExactlyTheNamedNeuronsAndRouter) {
  TempDir dir;
  const RunResult r = run_cli({"run", "--steps", "20", "--vcd", dir / "run.vcd", "--trace",
                               "pop:exc[1:3]", "--trace", "router:1,0"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::set<std::string> vars = vcd_variables(read_file(dir / "run.vcd"));
  // exc 1 and 2 sit on core 0 of tile (0,0) (32 neurons per core in the default network);
  // record.voltages lists exc 0..3, so both get a v as well as a spike.
  const std::set<std::string> expected = {
      "chip.tile_0_0.core_0.exc_1.spike", "chip.tile_0_0.core_0.exc_1.v",
      "chip.tile_0_0.core_0.exc_2.spike", "chip.tile_0_0.core_0.exc_2.v",
      "chip.tile_1_0.router.buffered_flits"};
  EXPECT_EQ(vars, expected);
}

TEST(TraceFilters, StepWindowKeepsChangesInsideTheWindow) {
  TempDir dir;
  const RunResult r = run_cli({"run", "--steps", "30", "--out", dir / "out", "--vcd",
                               dir / "run.vcd", "--trace-steps", "10:20"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto times = vcd_times(read_file(dir / "run.vcd"));
  ASSERT_FALSE(times.empty());
  // steps.csv: step 10's start and step 20's end, in cycles of 100 ps.
  std::istringstream steps(read_file(dir / "out/steps.csv"));
  std::string line;
  long long start10 = -1, end20 = -1;
  std::getline(steps, line);
  while (std::getline(steps, line)) {
    std::vector<std::string> f;
    std::stringstream ls(line);
    for (std::string c; std::getline(ls, c, ',');) f.push_back(c);
    if (f[0] == "10") start10 = std::stoll(f[1]) * 100;
    if (f[0] == "20") end20 = std::stoll(f[4]) * 100;
  }
  ASSERT_GT(start10, 0);
  EXPECT_GE(times.front(), start10);
  // A spike pulse ends one cycle after the spike; router changes end before the barrier.
  EXPECT_LE(times.back(), end20 + 100);
}

TEST(TraceFilters, WriteAGtkwFileWhoseSignalsAllExistInTheVcd) {
  TempDir dir;
  const RunResult r = run_cli({"run", "--steps", "10", "--vcd", dir / "t/run.vcd"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string gtkw = read_file(dir / "t/run.gtkw");
  EXPECT_NE(gtkw.find("[dumpfile] \"" + (dir / "t/run.vcd") + "\""), std::string::npos);
  const std::set<std::string> vars = vcd_variables(read_file(dir / "t/run.vcd"));
  std::istringstream in(gtkw);
  std::size_t listed = 0;
  for (std::string line; std::getline(in, line);) {
    const auto at = line.find("SystemC.");
    if (at == std::string::npos) continue;
    std::string name = line.substr(at + 8);
    const auto bracket = name.find('[');
    if (bracket != std::string::npos) name.resize(bracket);
    EXPECT_TRUE(vars.count(name)) << name << " is in the .gtkw but not in the VCD";
    ++listed;
  }
  EXPECT_EQ(listed, vars.size());
}

// GTKWave itself (under a virtual X server) opens the VCD with its save file and displays
// exactly the traced signals: a save file naming a signal the VCD lacks, or one GTKWave cannot
// parse, would show fewer.
TEST(TraceFilters, GtkwaveDisplaysEveryTracedSignalFromTheSaveFile) {
  const std::string xvfb_run = find_on_path("xvfb-run"), gtkwave = find_on_path("gtkwave");
  ASSERT_FALSE(xvfb_run.empty() || gtkwave.empty())
      << "xvfb-run and gtkwave (Debian packages xvfb, gtkwave): run scripts/setup.sh as root";
  TempDir dir;
  const RunResult r = run_cli({"run", "--steps", "10", "--vcd", dir / "run.vcd", "--trace",
                               "pop:exc[0:3]", "--trace", "router:1,0"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  write_file(dir / "list.tcl",
             "foreach s [gtkwave::getDisplayedSignals] { puts \"NM-SIGNAL $s\" }\n"
             "gtkwave::/File/Quit\n");
  const RunResult g = run_program(
      {xvfb_run, "-a", gtkwave, "-S", dir / "list.tcl", dir / "run.vcd", dir / "run.gtkw"}, "", 60);
  ASSERT_EQ(g.exit_code, 0) << g.err;
  std::set<std::string> shown;
  std::istringstream out(g.out);
  for (std::string line; std::getline(out, line);) {
    if (line.rfind("NM-SIGNAL SystemC.", 0) != 0) continue;
    std::string name = line.substr(18);
    if (name.find('[') != std::string::npos) name.resize(name.find('['));
    shown.insert(name);
  }
  EXPECT_EQ(shown, vcd_variables(read_file(dir / "run.vcd"))) << g.out;
  EXPECT_EQ(shown.size(), 7u);  // spike and v of exc 0..2, one router
}

TEST(TraceFilters, RefuseWhatCannotBeTraced) {
  expect_user_error(run_cli({"run", "--trace", "pop:exc[0:4]"}), {"--vcd"});
  TempDir dir;
  expect_user_error(run_cli({"run", "--vcd", dir / "a.vcd", "--trace", "pop:nobody"}),
                    {"pop:nobody", "no such population"});
  expect_user_error(run_cli({"run", "--vcd", dir / "a.vcd", "--trace", "router:9,9"}),
                    {"router:9,9", "outside"});
  expect_user_error(run_cli({"run", "--vcd", dir / "a.vcd", "--trace-steps", "20:10"}),
                    {"--trace-steps"});
  EXPECT_FALSE(std::filesystem::exists(dir / "a.vcd"));
}

TEST(Compare, ShowsWhatDiffersBetweenTwoRuns) {
  TempDir dir;
  ASSERT_EQ(run_cli({"run", "--steps", "20", "--out", dir / "a"}).exit_code, 0);
  ASSERT_EQ(run_cli({"run", "--steps", "20", "--out", dir / "b", "--set",
                     "noc.hop_east_west_ps=8200"}).exit_code, 0);
  const RunResult r = run_cli({"compare", dir / "a/report.json", dir / "b/report.json",
                               "--changed-only"});
  expect_success(r);
  // Slower hops change the timing but not what the network computes.
  EXPECT_NE(r.out.find("time.total_cycles"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("counts.spikes "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("host."), std::string::npos);
  const RunResult same = run_cli({"compare", dir / "a/report.json", dir / "a/report.json"});
  EXPECT_NE(same.out.find("\n0 of "), std::string::npos) << same.out;
}

TEST(Compare, RefusesAFileThatIsNotAReport) {
  TempDir dir;
  write_file(dir / "x.json", "{\"a\": 1}");
  expect_user_error(run_cli({"compare", dir / "x.json", dir / "x.json"}), {"x.json", "report"});
  expect_user_error(run_cli({"compare", dir / "missing.json", dir / "x.json"}), {"missing.json"});
}

class SweepRun : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "sweep.yaml",
               "architecture: loihi\nsteps: 5\npoints:\n"
               "  - {noc.buffer_depth_flits: 2}\n"
               "  - {noc.buffer_depth_flits: 0}\n"
               "  - {noc.buffer_depth_flits: 8, chip.mesh: 4x4}\n");
  }
  RunResult sweep() {
    return run_cli({"sweep", dir_ / "sweep.yaml", "--out", dir_ / "out", "--jobs", "2"});
  }
  TempDir dir_;
};

TEST_F(SweepRun, RecordsAFailingPointAndGoesOn) {
  const RunResult r = sweep();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("3 points, 1 failed"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("ETA"), std::string::npos);
  const std::string csv = read_file(dir_ / "out/sweep.csv");
  std::istringstream in(csv);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  ASSERT_EQ(lines.size(), 4u) << csv;
  EXPECT_EQ(lines[0].rfind("point,status,noc.buffer_depth_flits,chip.mesh,energy_total_pj", 0), 0u);
  EXPECT_EQ(lines[1].rfind("1,ok,2,,", 0), 0u) << lines[1];
  EXPECT_EQ(lines[2].rfind("2,failed,0,,", 0), 0u) << lines[2];
  EXPECT_NE(lines[2].find("buffer_depth_flits"), std::string::npos) << lines[2];
  EXPECT_EQ(lines[3].rfind("3,ok,8,4x4,", 0), 0u) << lines[3];
  const auto table = parse_json(read_file(dir_ / "out/sweep.json"));
  ASSERT_EQ(table["points"].size(), 3u);
  EXPECT_EQ(table["points"][2]["values"]["chip.mesh"], "4x4");
  // Every headline figure of a successful point is read from its report (none left empty).
  for (const auto& p : table["points"]) {
    if (p["status"] != "ok") continue;
    for (const auto& [name, value] : p["figures"].items()) {
      EXPECT_TRUE(value.is_number()) << "point " << p["point"] << ": " << name;
    }
    EXPECT_GT(p["figures"]["max_link_load"].get<double>(), 0.0);
  }
  int on_front = 0;
  for (const auto& p : table["points"]) on_front += p["pareto"].get<bool>() ? 1 : 0;
  EXPECT_GE(on_front, 1);
  EXPECT_FALSE(table["points"][1]["pareto"].get<bool>());
}

TEST_F(SweepRun, ResumesWithoutRedoingFinishedPoints) {
  ASSERT_EQ(sweep().exit_code, 0);
  const auto first = std::filesystem::last_write_time(dir_ / "out/points/0001/report.json");
  const RunResult again = sweep();
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("2 already done, 1 to run"), std::string::npos) << again.err;
  EXPECT_EQ(std::filesystem::last_write_time(dir_ / "out/points/0001/report.json"), first);
}

TEST_F(SweepRun, RefusesASweepFileWithAnUnknownKey) {
  write_file(dir_ / "bad.yaml", "stepz: 5\ngrid: {noc.buffer_depth_flits: [2]}\n");
  expect_user_error(run_cli({"sweep", dir_ / "bad.yaml"}), {"bad.yaml:1", "stepz"});
}

}  // namespace
}  // namespace nm::e2e
