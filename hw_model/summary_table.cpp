#include "hw_model/summary_table.h"

#include <cstdio>
#include <string>

namespace nm {

namespace {

void row(std::ostream& out, const std::string& label, const std::string& value) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "  %-34s %s\n", label.c_str(), value.c_str());
  out << buf;
}

std::string num(double v, const char* unit, int decimals = 2) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f %s", decimals, v, unit);
  return buf;
}

std::string count(const nlohmann::json& v) { return std::to_string(v.get<std::uint64_t>()); }

}  // namespace

void print_summary(const nlohmann::json& r, std::ostream& out) {
  const auto& run = r["run"];
  const auto& chip = r["chip"];
  const auto& t = r["time"];
  const auto& c = r["counts"];
  const auto& noc = r["noc"];
  const auto& e = r["energy_pj"];
  out << "NeuroMesh run: " << run["network"].get<std::string>() << " on "
      << run["architecture"].get<std::string>() << " (" << chip["mesh_width"] << "x"
      << chip["mesh_height"] << " tiles, " << chip["cores"] << " cores, "
      << r["mapping"]["cores_used"] << " used), " << run["steps"] << " steps, "
      << run["mode"].get<std::string>() << " mode\n";
  out << "Time\n";
  row(out, "total cycles", count(t["total_cycles"]));
  row(out, "simulated time", num(t["simulated_time_ns"].get<double>() / 1000.0, "us", 3));
  row(out, "step latency min / mean / max",
      num(t["step_latency_ns"]["min"].get<double>(), "/", 1) + " " +
          num(t["step_latency_ns"]["mean"].get<double>(), "/", 1) + " " +
          num(t["step_latency_ns"]["max"].get<double>(), "ns", 1));
  out << "Activity\n";
  row(out, "spikes (neurons + inputs)",
      count(c["spikes"]) + " (" + count(c["neuron_spikes"]) + " + " + count(c["input_spikes"]) + ")");
  row(out, "synaptic operations", count(c["synaptic_ops"]));
  row(out, "neuron updates active / idle",
      count(c["neuron_updates_active"]) + " / " + count(c["neuron_updates_idle"]));
  row(out, "packets, hops E-W / N-S",
      count(c["packets"]) + ", " + count(c["hops_east_west"]) + " / " + count(c["hops_north_south"]));
  row(out, "spike delivery latency mean / max",
      num(noc["spike_delivery_latency_ns"]["mean"].get<double>(), "/", 1) + " " +
          num(noc["spike_delivery_latency_ns"]["max"].get<double>(), "ns", 1));
  if (c.contains("u_wraps") && c["u_wraps"].get<std::uint64_t>() > 0)
    out << "warning: u wrapped " << count(c["u_wraps"]) << " times (24-bit dendritic current): "
        << "inputs too strong for the weight scale\n";
  out << "Energy\n";
  row(out, "cores / NoC / static",
      num(e["cores"].get<double>() / 1e3, "nJ /") + " " + num(e["noc"].get<double>() / 1e3, "nJ /") +
          " " + num(e["static"].get<double>() / 1e3, "nJ"));
  if (r.contains("learning")) {
    const auto& l = r["learning"];
    row(out, "learning: updates, phases, time",
        count(l["synapse_updates"]) + ", " + count(l["phases"]) + ", " +
            num(l["time_ns"].get<double>() / 1000.0, "us", 3));
    row(out, "inference / learning",
        num(e["inference"].get<double>() / 1e3, "nJ /") + " " +
            num(e["learning"].get<double>() / 1e3, "nJ"));
  }
  row(out, "total", num(e["total"].get<double>() / 1e3, "nJ"));
  row(out, "per spike (dynamic)", num(r["energy_per_spike_pj"].get<double>(), "pJ"));
  row(out, "per synaptic op (dynamic)", num(r["energy_per_synaptic_op_pj"].get<double>(), "pJ"));
  out << "Host\n";
  row(out, "wall time", num(r["host"]["wall_seconds"].get<double>(), "s", 3));
  row(out, "synaptic events per second",
      num(r["host"]["synaptic_events_per_second"].get<double>() / 1e6, "M/s"));
}

}  // namespace nm
