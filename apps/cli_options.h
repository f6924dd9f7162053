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
  std::vector<std::string> trace_specs;  // --trace: what the VCD holds (pop:..., router:...)
  std::string trace_steps;         // --trace-steps A:B
  std::string mapper = "sequential";  // --mapper: mapping strategy
  std::string mapping_file;        // --mapping: read the mapping from this file ("" = map)
  std::string write_mapping;       // --write-mapping: write the mapping to this file
  std::uint64_t profile_steps = 0; // --profile-steps: rates from a profiling run (0 = inputs)
  std::uint64_t mapping_seed = 1;  // --mapping-seed: seed of the mapper (and profiling run)
  bool dump_config = false;
  bool lockstep = false;
  std::string format = "text";     // text or json (the summary on stdout)
  std::string log_level = "warn";
  unsigned jobs = 2;               // sweep: points in parallel
  bool changed_only = false;       // compare: skip equal values
  bool compare_host = false;       // compare: include host timings
  std::string out_file;            // report: the HTML file ("" = DIR/report.html)
  // noc: synthetic traffic study (numbers kept as text, parsed by the noc command)
  std::string traffic = "uniform";     // --traffic pattern
  std::string rate = "0.1";            // --rate [packets/node/cycle]
  std::string cycles = "10000";        // --cycles [cycles]
  std::string warmup = "1000";         // --warmup [cycles]
  bool sweep = false;                  // --sweep-rates given
  std::string sweep_rates;             // --sweep-rates LIST ("" = 0.02, 0.04, ..., 1.0)
  std::string hotspot_fraction = "0.2";     // --hotspot-fraction
  std::string management_fraction = "0";    // --management-fraction
  std::string packet_flits = "4";           // --packet-flits [flits]
  // digits: the Diehl & Cook experiment (apps/digits_command.cpp)
  std::string dataset = "mnist";       // --dataset mnist or fashion
  std::string data_dir = "data";       // --data-dir: where install_datasets.sh put the data
  std::uint64_t train_samples = 1000;  // --train [samples]
  std::uint64_t label_samples = 1000;  // --label [samples]
  std::uint64_t test_samples = 1000;   // --test [samples]
  std::uint64_t sample_steps = 350;    // --sample-steps [steps]
  std::uint64_t rest_steps = 0;        // --rest-steps [steps]
  std::string max_rate_hz = "63.75";   // --max-rate-hz [Hz]
  std::string input_l2_norm = "0";     // --input-l2-norm [pixel units, 0-255 scale; 0 = off]
  std::uint64_t min_spikes = 5;        // --min-spikes [spikes]
  std::uint64_t max_retries = 3;       // --max-retries
  std::string result_json;             // --json: write the result here ("" = none)
  std::string weights_dir;             // --weights-out: write the learned weights here ("" = none)
  std::string responses_csv;           // --responses-out: per-presentation responses ("" = none)
  bool help = false;
  bool version = false;
  std::string help_text;           // usage for the command (or the global usage)
};

// Whether `command` reads an architecture (and maybe a network) and so takes --set and
// --dump-config: run, map, validate, noc, export, digits.
bool reads_configuration(const std::string& command);

// Throws UserError on a malformed command line (unknown option, bad number, wrong arity).
Options parse(int argc, char** argv);

}  // namespace nm::cli
