// The neuromesh command line, parsed into plain values. Parsing never touches the simulator.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nm::cli {

struct Options {
  std::string command;             // run, map, validate, presets, or "" with --help/--version
  std::vector<std::string> positional;
  std::uint64_t steps = 100;
  std::uint64_t seed = 1;
  std::vector<std::string> sets;   // "key.path=value"; keys starting with "network." go to the network
  std::string out_dir;             // "" = terminal only
  std::string vcd_path;            // "" = no trace
  bool dump_config = false;
  bool lockstep = false;
  std::string format = "text";     // text or json (the summary on stdout)
  std::string log_level = "warn";
  bool help = false;
  bool version = false;
  std::string help_text;           // usage for the command (or the global usage)
};

// Throws UserError on a malformed command line (unknown option, bad number, wrong arity).
Options parse(int argc, char** argv);

}  // namespace nm::cli
