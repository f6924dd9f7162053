// The other commands: map, validate, presets, and --dump-config on each command that reads a
// configuration.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <sstream>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

bool contains(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

// The lines of `text` that start with `prefix`.
std::vector<std::string> lines_starting(const std::string& text, const std::string& prefix) {
  std::vector<std::string> found;
  std::stringstream s(text);
  std::string line;
  while (std::getline(s, line)) {
    if (line.rfind(prefix, 0) == 0) found.push_back(line);
  }
  return found;
}

TEST(Map, ListsTwoUsedCoresWithPercentagesWhenNet1000IsMappedOnLoihi) {
  const RunResult r = run_cli({"map", "loihi", data_path("loihi_lif/net1000/network.yaml")});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "1000 neurons")) << r.out;
  EXPECT_TRUE(contains(r.out, "100000 synapses")) << r.out;
  EXPECT_TRUE(contains(r.out, "2 of 128 cores")) << r.out;
  const std::vector<std::string> core0 = lines_starting(r.out, "0 ");
  const std::vector<std::string> core1 = lines_starting(r.out, "1 ");
  ASSERT_EQ(core0.size(), 1u) << r.out;
  ASSERT_EQ(core1.size(), 1u) << r.out;
  EXPECT_TRUE(contains(core0[0], "%")) << core0[0];
  EXPECT_TRUE(contains(core1[0], "%")) << core1[0];
  EXPECT_TRUE(lines_starting(r.out, "2 ").empty()) << "only cores 0 and 1 are used:\n" << r.out;
}

TEST(Validate, ExitsZeroWhenPresetIsValid) {
  for (const char* preset : {"loihi", "tiny"}) {
    const RunResult r = run_cli({"validate", preset});
    expect_success(r);
    EXPECT_TRUE(contains(r.out, std::string("architecture ") + preset + ": ok")) << r.out;
  }
}

TEST(Validate, ReportsTheFitWhenNetworkIsGiven) {
  const RunResult r = run_cli({"validate", "loihi", data_path("loihi_lif/net1000/network.yaml")});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "fits on 2 of 128 cores")) << r.out;
}

TEST(Presets, ListsLoihiAndTinyWithDescriptionsWhenAsked) {
  const RunResult r = run_cli({"presets"});
  expect_success(r);
  const std::vector<std::string> loihi = lines_starting(r.out, "loihi ");
  const std::vector<std::string> tiny = lines_starting(r.out, "tiny ");
  ASSERT_EQ(loihi.size(), 1u) << r.out;
  ASSERT_EQ(tiny.size(), 1u) << r.out;
  EXPECT_TRUE(contains(loihi[0], "Loihi")) << loihi[0];
  EXPECT_TRUE(contains(tiny[0], "2x2")) << tiny[0];
}

TEST(DumpConfig, PrintsResolvedYamlThatParsesWhenAsked) {
  const RunResult r = run_cli({"run", "--dump-config"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "mesh_width: 8")) << r.out;
  // Two YAML documents: the architecture, then the network.
  std::vector<YAML::Node> docs;
  ASSERT_NO_THROW(docs = YAML::LoadAll(r.out)) << r.out;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["chip"]["mesh_width"].as<int>(), 8);
  EXPECT_EQ(docs[0]["noc"]["hop_east_west_ps"].as<int>(), 4100);
  EXPECT_EQ(docs[1]["populations"][0]["name"].as<std::string>(), "exc");
}

TEST(DumpConfig, AppliesOverridesWhenSetIsGiven) {
  const RunResult r = run_cli({"run", "--dump-config", "--set", "chip.mesh_width=4", "--set",
                               "network.mapping.neurons_per_core=16"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "mesh_width: 4")) << r.out;
  EXPECT_FALSE(contains(r.out, "mesh_width: 8")) << r.out;
  std::vector<YAML::Node> docs;
  ASSERT_NO_THROW(docs = YAML::LoadAll(r.out)) << r.out;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["chip"]["mesh_width"].as<int>(), 4);
  EXPECT_EQ(docs[1]["mapping"]["neurons_per_core"].as<int>(), 16);
}

// A network list item is picked by its name (or index) in a --set path.
TEST(DumpConfig, SetPicksANetworkListItemByName) {
  const RunResult r = run_cli({"run", "--dump-config", "--set",
                               "network.populations.exc.params.vth=77", "--set",
                               "network.populations.1.size=40"});
  expect_success(r);
  std::vector<YAML::Node> docs;
  ASSERT_NO_THROW(docs = YAML::LoadAll(r.out)) << r.out;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1]["populations"][0]["name"].as<std::string>(), "exc");
  EXPECT_EQ(docs[1]["populations"][0]["params"]["vth"].as<int>(), 77);
  EXPECT_EQ(docs[1]["populations"][1]["size"].as<int>(), 40);
}

// The dump is itself an architecture file that resolves to the same configuration.
TEST(DumpConfig, LoadsBackToTheSameConfigurationWhenSavedAsAFile) {
  TempDir dir;
  const RunResult dump = run_cli({"validate", "tiny", "--dump-config", "--set", "noc.routing=yx"});
  expect_success(dump);
  write_file(dir / "resolved.yaml", dump.out);
  const RunResult check = run_cli({"validate", dir / "resolved.yaml"});
  expect_success(check);
  const RunResult again = run_cli({"validate", dir / "resolved.yaml", "--dump-config"});
  expect_success(again);
  // Identical but for the first line, which names the source ("# architecture: ...").
  const auto body = [](const std::string& s) { return s.substr(s.find('\n') + 1); };
  EXPECT_EQ(body(again.out), body(dump.out));
  EXPECT_TRUE(contains(again.out, "routing: yx"));
}

// noc reads an architecture only: one YAML document, with the override applied.
TEST(DumpConfig, NocPrintsTheArchitectureAloneAndSimulatesNothing) {
  const RunResult r = run_cli({"noc", "tiny", "--dump-config", "--set", "noc.routing=yx"});
  expect_success(r);
  std::vector<YAML::Node> docs;
  ASSERT_NO_THROW(docs = YAML::LoadAll(r.out)) << r.out;
  ASSERT_EQ(docs.size(), 1u) << r.out;
  EXPECT_EQ(docs[0]["noc"]["routing"].as<std::string>(), "yx");
  EXPECT_FALSE(contains(r.out, "NoC study")) << r.out;
}

// export dumps the network it would write, and writes nothing.
TEST(DumpConfig, ExportPrintsTheNetworkAndWritesNoFiles) {
  TempDir dir;
  const RunResult r = run_cli({"export", data_path("loihi_lif/net1000/network.yaml"),
                               dir / "out", "--dump-config"});
  expect_success(r);
  std::vector<YAML::Node> docs;
  ASSERT_NO_THROW(docs = YAML::LoadAll(r.out)) << r.out;
  ASSERT_EQ(docs.size(), 2u) << r.out;
  EXPECT_TRUE(docs[1]["populations"].IsSequence()) << r.out;
  EXPECT_FALSE(std::filesystem::exists(dir / "out"));
}

// A sweep's overrides live in its sweep file: --set and --dump-config are refused, not ignored.
TEST(CliErrors, SweepRefusesSetAndDumpConfig) {
  TempDir dir;
  write_file(dir / "sweep.yaml",
             "architecture: tiny\nsteps: 5\npoints:\n  - {noc.buffer_depth_flits: 2}\n");
  expect_user_error(run_cli({"sweep", dir / "sweep.yaml", "--out", dir / "out", "--set",
                             "noc.buffer_depth_flits=4"}),
                    {"--set"});
  expect_user_error(run_cli({"sweep", dir / "sweep.yaml", "--out", dir / "out", "--dump-config"}),
                    {"--dump-config"});
  EXPECT_FALSE(std::filesystem::exists(dir / "out"));
}

}  // namespace
}  // namespace nm::e2e
