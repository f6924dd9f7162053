#include "apps/commands.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "apps/inputs.h"
#include "apps/mapping_table.h"
#include "common/errors.h"
#include "hw_model/core_family.h"
#include "hw_model/embedded_configs.h"
#include "hw_model/report_writer.h"
#include "hw_model/simulation.h"
#include "hw_model/weights_csv.h"
#include "hw_model/summary_table.h"
#include "hw_model/trace_selection.h"
#include "hw_model/activity_profiler.h"
#include "mapper/mapper_registry.h"
#include "mapper/mapping_file.h"
#include "mapper/sequential_mapper.h"
#include "mapper/traffic_model.h"

namespace nm::cli {

// Creates `dir` (and its parents) for an output option; a failure is the user's (exit code 2).
void create_folder(const std::string& dir, const char* option) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw UserError(std::string(option) + ": cannot create '" + dir + "': " + ec.message());
}

Mapping make_mapping(const LoadedInputs& in, const Options& o) {
  const MeshLayout shape = mesh_shape(in.arch);
  const CoreCapacity& cap = in.arch.core.capacity;
  MapRequest request;
  request.strategy = o.mapper;
  request.seed = o.mapping_seed;
  if (o.profile_steps > 0) {
    const Mapping baseline = map_sequential(in.net, cap, shape.cores());
    request.rates = profile_rates(in.arch, in.net, baseline, o.profile_steps, o.mapping_seed);
    request.rates_from = "profile:" + std::to_string(o.profile_steps);
  } else {
    request.rates = estimate_rates(in.net, o.steps);
  }
  Mapping m;
  if (!o.mapping_file.empty()) {
    const auto t0 = std::chrono::steady_clock::now();
    m = read_mapping_file(o.mapping_file, in.net, cap, shape);
    m.mapping_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    attach_prediction(in.net, shape, request.rates, request.rates_from, m);
  } else {
    m = map_network(in.net, cap, shape, request);
  }
  if (!o.write_mapping.empty()) write_mapping_file(in.net, m, shape, o.write_mapping);
  return m;
}

int run_command(const Options& o, std::ostream& out) {
  LoadedInputs in = load_command_inputs(o);
  // Every input is checked before any output folder is created.
  if (o.vcd_path.empty() && (!o.trace_specs.empty() || !o.trace_steps.empty())) {
    throw UserError("--trace and --trace-steps need --vcd");
  }
  RunOptions ro;
  ro.steps = o.steps;
  ro.seed = o.seed;
  ro.lockstep = o.lockstep;
  ro.vcd_path = o.vcd_path;
  ro.trace = parse_trace_selection(o.trace_specs, o.trace_steps);
  check_trace_selection(ro.trace, in.net, in.arch);
  Mapping mapping = make_mapping(in, o);
  prepare_core_family(in.arch, in.net, mapping);  // TrueNorth: splitter neurons
  if (!o.out_dir.empty()) create_folder(o.out_dir, "--out");
  if (!o.vcd_path.empty()) {
    const std::string parent = std::filesystem::path(o.vcd_path).parent_path().string();
    if (!parent.empty()) create_folder(parent, "--vcd");
  }
  const SimulationResult result = simulate(in.arch, in.net, mapping, ro);
  const RunInfo info{in.arch_source, in.net_source, o.steps, o.seed, o.lockstep};
  const nlohmann::json report = make_report(in.arch, in.net, mapping, result, info);
  if (!o.out_dir.empty()) {
    write_json(report, o.out_dir + "/report.json");
    write_steps_csv(in.arch, result, o.out_dir + "/steps.csv");
    write_recordings(in.net, result, o.out_dir);
    write_plastic_weights(in.net, result.plastic, o.out_dir);
  }
  if (o.format == "json") {
    out << report.dump(2) << '\n';
  } else {
    print_summary(report, out);
    if (!o.out_dir.empty()) out << "Reports written to " << o.out_dir << "/\n";
    if (!o.vcd_path.empty()) out << "VCD trace written to " << o.vcd_path << "\n";
  }
  return 0;
}

int map_command(const Options& o, std::ostream& out) {
  const LoadedInputs in = load_command_inputs(o);
  const auto t0 = std::chrono::steady_clock::now();
  const Mapping mapping = make_mapping(in, o);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  print_mapping_table(in.arch, in.net, mapping, seconds, out);
  return 0;
}

int validate_command(const Options& o, std::ostream& out) {
  const LoadedInputs in = load_command_inputs(o);
  const bool with_net = !in.net_source.empty();  // validate ARCH NET, not ARCH alone
  // Everything is checked before anything is printed, so a failure leaves stdout empty.
  const Mapping mapping = with_net ? make_mapping(in, o) : Mapping{};
  out << "architecture " << in.arch_source << ": ok (" << in.arch.chip.mesh_width << "x"
      << in.arch.chip.mesh_height << " tiles, " << in.arch.chip.cores() << " cores)\n";
  if (with_net) {
    out << "network " << in.net_source << ": ok (" << in.net.neuron_count() << " neurons, "
        << in.net.synapses.size() << " synapses; fits on " << mapping.cores_used << " of "
        << in.arch.chip.cores() << " cores)\n";
  }
  return 0;
}

int presets_command(std::ostream& out) {
  for (const EmbeddedFile& f : embedded_presets()) {
    const ConfigNode tree = ConfigNode::parse(f.text, f.path);
    const ConfigNode* d = tree.find("description");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%-12s", f.name.c_str());
    out << buf << (d && d->is_scalar() ? d->scalar() : std::string()) << '\n';
  }
  return 0;
}

}  // namespace nm::cli
