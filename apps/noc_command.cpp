#include "apps/noc_command.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <sstream>
#include <vector>

#include "apps/inputs.h"
#include "common/errors.h"
#include "noc/traffic_generator.h"

namespace nm::cli {

namespace {

double parse_real(const char* option, const std::string& text) {
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size() || !std::isfinite(v))
    throw UserError(std::string(option) + " must be a number, not '" + text + "'");
  return v;
}

std::uint64_t parse_count(const char* option, const std::string& text) {
  const double v = parse_real(option, text);
  if (v < 0 || v != static_cast<double>(static_cast<std::uint64_t>(v)))
    throw UserError(std::string(option) + " must be a whole number >= 0, not '" + text + "'");
  return static_cast<std::uint64_t>(v);
}

std::vector<double> sweep_rates(const std::string& list) {
  std::vector<double> rates;
  if (list.empty()) {
    for (int i = 1; i <= 50; ++i) rates.push_back(i * 0.02);
    return rates;
  }
  std::stringstream ss(list);
  std::string item;
  while (std::getline(ss, item, ',')) rates.push_back(parse_real("--sweep-rates", item));
  return rates;
}

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

void print_one(const TrafficOptions& t, const TrafficResult& r, double host_seconds,
               double cpu_seconds, std::ostream& out) {
  const auto row = [&out](const std::string& label, const std::string& value) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "  %-40s %s\n", label.c_str(), value.c_str());
    out << buf;
  };
  row("offered throughput", fixed(r.offered_flits_per_node_cycle, 4) + " flits/node/cycle");
  row("accepted throughput", fixed(r.accepted_flits_per_node_cycle, 4) + " flits/node/cycle");
  row("packet latency mean / p50 / p99 / max",
      fixed(r.latency.mean(), 2) + " / " + std::to_string(r.latency.percentile(0.5)) + " / " +
          std::to_string(r.latency.percentile(0.99)) + " / " + std::to_string(r.latency.max()) +
          " cycles");
  row("packets measured (created in window)", std::to_string(r.latency.count()));
  row("packets created / read responses", std::to_string(r.packets_created) + " / " +
                                              std::to_string(r.read_responses));
  row("flits injected / delivered", std::to_string(r.flits_injected) + " / " +
                                        std::to_string(r.flits_delivered));
  row("drained at cycle", std::to_string(r.drained_cycle) + " (creation stops at " +
                              std::to_string(t.cycles) + ")");
  row("router evaluations", std::to_string(r.router_evaluations));
  row("host time / CPU time", fixed(host_seconds, 3) + " s / " + fixed(cpu_seconds, 3) + " s");
}

}  // namespace

int noc_command(const Options& o, std::ostream& out) {
  const LoadedInputs in = load_command_inputs(o);
  TrafficOptions t;
  t.pattern = parse_traffic_pattern(o.traffic);
  t.rate = parse_real("--rate", o.rate);
  t.cycles = parse_count("--cycles", o.cycles);
  t.warmup = parse_count("--warmup", o.warmup);
  t.hotspot_fraction = parse_real("--hotspot-fraction", o.hotspot_fraction);
  t.management_fraction = parse_real("--management-fraction", o.management_fraction);
  const std::uint64_t flits = parse_count("--packet-flits", o.packet_flits);
  if (flits < 1 || flits > 65535) throw UserError("--packet-flits must be between 1 and 65535");
  t.packet_flits = static_cast<std::uint16_t>(flits);
  t.seed = o.seed;
  t.lockstep = o.lockstep;
  const MeshShape shape{in.arch.chip.mesh_width, in.arch.chip.mesh_height,
                        in.arch.chip.cores_per_tile};
  const std::vector<double> rates = o.sweep ? sweep_rates(o.sweep_rates) : std::vector<double>{t.rate};
  for (const double rate : rates) {
    if (!(rate >= 0.0 && rate <= 1.0)) throw UserError("every rate must be between 0 and 1");
  }
  out << "# NoC study: " << o.traffic << " traffic on " << in.arch_source << " ("
      << shape.width << "x" << shape.height << " tiles x " << shape.local_ports << " cores = "
      << shape.width * shape.height * shape.local_ports << " nodes), cycles " << t.cycles
      << ", warmup " << t.warmup << ", seed " << t.seed << ", "
      << (t.lockstep ? "lockstep" : "event") << " mode\n";
  if (o.sweep) {
    out << "rate_packets_per_node_cycle,offered_flits_per_node_cycle,"
           "accepted_flits_per_node_cycle,latency_mean_cycles,latency_p50_cycles,"
           "latency_p99_cycles,latency_max_cycles,packets_measured\n";
  }
  for (const double rate : rates) {
    t.rate = rate;
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t cpu0 = std::clock();
    const TrafficResult r = run_traffic(in.arch.noc, shape, t);
    const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    const double host =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!o.sweep) {
      out << "# rate " << fixed(rate, 4) << " packets/node/cycle\n";
      print_one(t, r, host, cpu, out);
      continue;
    }
    out << fixed(rate, 4) << ',' << fixed(r.offered_flits_per_node_cycle, 5) << ','
        << fixed(r.accepted_flits_per_node_cycle, 5) << ',' << fixed(r.latency.mean(), 3) << ','
        << r.latency.percentile(0.5) << ',' << r.latency.percentile(0.99) << ','
        << r.latency.max() << ',' << r.latency.count() << '\n';
    out.flush();
  }
  return 0;
}

}  // namespace nm::cli
