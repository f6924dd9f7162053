// Exit codes and messages of the CLI: 0 for --version and --help, 2 with a message that names
// file, line and key for every kind of bad input (docs/config.md "Errors"), and never a partial
// report on stdout.
#include <gtest/gtest.h>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

TEST(Cli, PrintsVersionWhenAskedForVersion) {
  const RunResult r = run_cli({"--version"});
  expect_success(r);
  EXPECT_EQ(r.out.rfind("neuromesh ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find_first_of("0123456789"), std::string::npos) << r.out;
}

TEST(Cli, ListsEveryCommandWhenAskedForHelp) {
  for (const char* flag : {"--help", "-h"}) {
    const RunResult r = run_cli({flag});
    expect_success(r);
    for (const char* cmd : {"run", "map", "validate", "presets"}) {
      EXPECT_NE(r.out.find(std::string("  ") + cmd + " "), std::string::npos)
          << flag << " does not list '" << cmd << "':\n"
          << r.out;
    }
  }
}

TEST(Cli, ShowsCommandOptionsWhenCommandIsGivenHelp) {
  const RunResult r = run_cli({"run", "--help"});
  expect_success(r);
  for (const char* opt : {"--steps", "--seed", "--out", "--vcd", "--lockstep", "--set",
                          "--dump-config", "--format"}) {
    EXPECT_NE(r.out.find(opt), std::string::npos) << opt << " missing from:\n" << r.out;
  }
}

TEST(CliErrors, ExitsTwoWhenCommandIsUnknown) {
  expect_user_error(run_cli({"frobnicate"}), {"unknown command", "frobnicate"});
}

TEST(CliErrors, ExitsTwoWhenOptionIsUnknown) {
  expect_user_error(run_cli({"run", "--frobnicate"}), {"--frobnicate"});
}

TEST(CliErrors, ExitsTwoWhenSetHasNoEquals) {
  expect_user_error(run_cli({"run", "--set", "chip.mesh_width"}),
                    {"--set", "chip.mesh_width", "key.path=value"});
}

TEST(CliErrors, ExitsTwoWhenStepsIsZero) {
  expect_user_error(run_cli({"run", "--steps", "0"}), {"--steps"});
}

// Boost would read "-5" as 2^64 - 5 steps (then fail allocating them, an internal error).
TEST(CliErrors, ExitsTwoWhenStepsIsNegative) {
  expect_user_error(run_cli({"run", "--steps", "-5"}), {"--steps", "-5"});
}

TEST(CliErrors, ExitsTwoWhenSeedIsNegative) {
  expect_user_error(run_cli({"run", "--seed", "-1"}), {"--seed", "-1"});
}

TEST(CliErrors, ExitsTwoWhenStepsIsNotANumber) {
  expect_user_error(run_cli({"run", "--steps", "ten"}), {"steps"});
}

TEST(CliErrors, ExitsTwoWhenMapLacksTheNetwork) {
  expect_user_error(run_cli({"map", "loihi"}), {"map", "ARCH NET"});
}

TEST(ConfigErrors, NamesThePathWhenArchFileIsMissing) {
  TempDir dir;
  const std::string missing = dir / "no_such_chip.yaml";
  expect_user_error(run_cli({"validate", missing}), {missing});
}

TEST(ConfigErrors, NamesFileAndLineWhenYamlSyntaxIsBad) {
  TempDir dir;
  const std::string file = dir / "bad_syntax.yaml";
  write_file(file,
             "extends: loihi\n"
             "chip:\n"
             "  mesh_width: 4\n"
             "  - 5\n");  // line 4: a list item inside a map
  expect_user_error(run_cli({"validate", file}), {file + ":4:", "YAML"});
}

TEST(ConfigErrors, SuggestsTheKeyWhenArchKeyIsMisspelled) {
  TempDir dir;
  const std::string file = dir / "typo.yaml";
  write_file(file,
             "# Loihi with a smaller mesh\n"
             "extends: loihi\n"
             "\n"
             "chip:\n"
             "  mesh_height: 2\n"
             "  mesh_widht: 4\n");  // line 6
  expect_user_error(run_cli({"validate", file}),
                    {file + ":6:", "chip.mesh_widht", "unknown key", "did you mean", "mesh_width"});
}

TEST(ConfigErrors, SuggestsTheKeyWhenSetKeyIsMisspelled) {
  expect_user_error(run_cli({"run", "--set", "noc.bufer_depth_flits=4"}),
                    {"--set noc.bufer_depth_flits=4", "noc.bufer_depth_flits", "did you mean",
                     "buffer_depth_flits"});
}

TEST(ConfigErrors, NamesKeyAndValueWhenTypeIsWrong) {
  TempDir dir;
  const std::string file = dir / "type.yaml";
  write_file(file,
             "extends: loihi\n"
             "core:\n"
             "  neurons: 1.5\n");
  expect_user_error(run_cli({"validate", file}), {file + ":3:", "core.neurons", "1.5"});
}

TEST(ConfigErrors, NamesKeyAndRangeWhenValueIsOutOfRange) {
  TempDir dir;
  const std::string file = dir / "range.yaml";
  write_file(file,
             "extends: tiny\n"
             "chip:\n"
             "  mesh_width: 300\n");
  expect_user_error(run_cli({"validate", file}), {file + ":3:", "chip.mesh_width", "300", "256"});
}

TEST(ConfigErrors, RefusesLatencyWhenItIsNotAWholeNumberOfCycles) {
  TempDir dir;
  const std::string file = dir / "latency.yaml";
  write_file(file,
             "extends: loihi\n"
             "timing:\n"
             "  synop_ps: 3550\n");  // loihi's clock is 100 ps
  expect_user_error(run_cli({"validate", file}),
                    {file + ":3:", "timing.synop_ps", "3550", "whole number", "cycle"});
}

TEST(NetworkErrors, NamesFileAndLineWhenProjectionNamesUnknownPopulation) {
  TempDir dir;
  const std::string file = dir / "net.yaml";
  write_file(file,
             "name: broken\n"
             "populations:\n"
             "  - {name: a, size: 2, model: loihi_lif}\n"
             "projections:\n"
             "  - pre: a\n"
             "    post: b\n"  // line 6
             "    connector: {type: all_to_all}\n"
             "    weight: 5\n");
  expect_user_error(run_cli({"run", "loihi", file}), {file + ":6:", "projections[0].post", "'b'"});
}

TEST(NetworkErrors, NamesFileLineAndColumnWhenCsvCellIsBad) {
  TempDir dir;
  write_file(dir / "neurons.csv",
             "id,du,dv,vth,bias_mant,bias_exp,u0,v0\n"
             "0,1,1,300,0,0,0,0\n"
             "1,1,5000,300,0,0,0,0\n");  // line 3: dv > 4095
  write_file(dir / "net.yaml",
             "populations:\n"
             "  - {name: a, size: 2, model: loihi_lif, params_file: neurons.csv}\n");
  expect_user_error(run_cli({"run", "loihi", dir / "net.yaml"}),
                    {"neurons.csv:3:", "column 'dv'", "5000"});
}

TEST(NetworkErrors, NamesBindingLimitWhenNetworkDoesNotFitTiny) {
  expect_user_error(run_cli({"run", "tiny", data_path("loihi_lif/net1000/network.yaml")}),
                    {"does not fit", "binding limit", "input axons", "core.input_axons"});
}

TEST(NetworkErrors, NamesThePathWhenNetworkFileIsMissing) {
  TempDir dir;
  const std::string missing = dir / "no_such_net.yaml";
  expect_user_error(run_cli({"run", "loihi", missing}), {missing});
}

}  // namespace
}  // namespace nm::e2e
