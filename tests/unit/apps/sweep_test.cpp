// Sweep files: grid expansion, listed points, the arguments of a point, errors, Pareto front.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "apps/sweep_results.h"
#include "apps/sweep_spec.h"
#include "common/errors.h"

namespace nm::cli {
namespace {

class SweepSpecTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("nm_sweep_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& text) {
    const auto path = (dir_ / "sweep.yaml").string();
    std::ofstream(path) << text;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(SweepSpecTest, GridExpandsToEveryCombinationLastAxisFastest) {
  const SweepSpec s = load_sweep(write(
      "steps: 5\ngrid:\n  noc.buffer_depth_flits: [2, 4, 8]\n  chip.mesh: [4x4, 8x8]\n"));
  ASSERT_EQ(s.points.size(), 6u);
  EXPECT_EQ(s.axes, (std::vector<std::string>{"noc.buffer_depth_flits", "chip.mesh"}));
  EXPECT_EQ(s.points[0].values[0].second, "2");
  EXPECT_EQ(s.points[0].values[1].second, "4x4");
  EXPECT_EQ(s.points[1].values[1].second, "8x8");
  EXPECT_EQ(s.points[2].values[0].second, "4");
  EXPECT_EQ(s.points[5].values[0].second, "8");
  EXPECT_EQ(s.steps, 5u);
}

TEST_F(SweepSpecTest, PointsAreTakenAsListed) {
  const SweepSpec s = load_sweep(write(
      "points:\n  - {noc.buffer_depth_flits: 2}\n  - {noc.buffer_depth_flits: 4, chip.mesh: 2x2}\n"));
  ASSERT_EQ(s.points.size(), 2u);
  EXPECT_EQ(s.axes.size(), 2u);
  EXPECT_EQ(s.points[1].values.size(), 2u);
}

TEST_F(SweepSpecTest, PointArgumentsSplitMeshAndPassMapper) {
  const SweepSpec s =
      load_sweep(write("architecture: tiny\nsteps: 7\nseed: 3\ngrid:\n  chip.mesh: [3x2]\n"
                       "  mapper: [sequential]\n  network.mapping.neurons_per_core: [16]\n"));
  const auto args = point_arguments(s, s.points[0]);
  const std::vector<std::string> expected = {
      "tiny", "--steps", "7", "--seed", "3", "--set", "chip.mesh_width=3", "--set",
      "chip.mesh_height=2", "--mapper", "sequential", "--set",
      "network.mapping.neurons_per_core=16"};
  EXPECT_EQ(args, expected);
}

TEST_F(SweepSpecTest, RefusesBadMeshValueNamingItsLine) {
  try {
    load_sweep(write("grid:\n  chip.mesh: [4x4, four]\n"));
    FAIL() << "expected an error";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("sweep.yaml:2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("grid.chip.mesh[1]"), std::string::npos) << e.what();
  }
}

TEST_F(SweepSpecTest, RefusesBothGridAndPoints) {
  EXPECT_THROW(load_sweep(write("grid: {a: [1]}\npoints: [{a: 1}]\n")), ConfigError);
  EXPECT_THROW(load_sweep(write("steps: 3\n")), ConfigError);
}

TEST_F(SweepSpecTest, RefusesUnknownTopLevelKey) {
  EXPECT_THROW(load_sweep(write("grid: {a: [1]}\nstepz: 3\n")), ConfigError);
}

SweepRow row(double energy, double latency, bool ok = true) {
  SweepRow r;
  r.ok = ok;
  r.figures.assign(headline_figures().size(), std::nan(""));
  r.figures[0] = energy;   // energy_total_pj
  r.figures[3] = latency;  // step_latency_ns_mean
  return r;
}

TEST(ParetoFront, KeepsExactlyTheNonDominatedPoints) {
  ASSERT_EQ(headline_figures()[0].first, "energy_total_pj");
  ASSERT_EQ(headline_figures()[3].first, "step_latency_ns_mean");
  std::vector<SweepRow> rows = {row(10, 5), row(8, 7), row(12, 6), row(8, 7), row(5, 20),
                                row(1, 1, /*ok=*/false)};
  mark_pareto_front(rows);
  EXPECT_TRUE(rows[0].pareto);
  EXPECT_TRUE(rows[1].pareto);   // ties with row 3: neither dominates the other
  EXPECT_FALSE(rows[2].pareto);  // dominated by (10, 5)
  EXPECT_TRUE(rows[3].pareto);
  EXPECT_TRUE(rows[4].pareto);
  EXPECT_FALSE(rows[5].pareto);  // failed points are never on the front
}

}  // namespace
}  // namespace nm::cli
