#include "hw_model/report_writer.h"

#include <algorithm>
#include <fstream>

#include "common/errors.h"
#include "hw_model/core_report.h"
#include "hw_model/energy_model.h"
#include "hw_model/noc_report.h"

namespace nm {

using nlohmann::json;

namespace {

double ratio(double num, double den) { return den > 0 ? num / den : 0.0; }

json stat_block(double min, double mean, double max) {
  return json{{"min", min}, {"mean", mean}, {"max", max}};
}

json mapping_json(const ArchParams& arch, const Mapping& m) {
  json cores = json::array();
  for (CoreId k = 0; k < m.usage.size(); ++k) {
    const CoreUsage& u = m.usage[k];
    if (u.neurons == 0) continue;
    const std::uint32_t tile = k / arch.chip.cores_per_tile;
    cores.push_back({{"core", k},
                     {"tile", {tile % arch.chip.mesh_width, tile / arch.chip.mesh_width}},
                     {"neurons", u.neurons},
                     {"input_axons", u.input_axons},
                     {"output_axons", u.output_axons},
                     {"synapses", u.synapses},
                     {"synapse_bits", u.synapse_bits},
                     {"max_delay_steps", u.max_delay_steps},
                     {"dendritic_accumulators", u.dendritic_accumulators}});
  }
  const TrafficPrediction& p = m.predicted;
  return {{"strategy", m.strategy}, {"cores_used", m.cores_used}, {"cores", cores},
          {"slice_neurons", m.slice_neurons},
          {"predicted_per_step", {{"rates_from", p.rates_from},
                                  {"packets", p.packets_per_step},
                                  {"hops", p.hops_per_step},
                                  {"mean_hops_per_packet", p.mean_hops},
                                  {"max_link_load_flits", p.max_link_load}}}};
}

json time_json(const ArchParams& arch, const SimulationResult& r) {
  const double ns_per_cycle = static_cast<double>(arch.chip.clock_period_ps) / 1000.0;
  Cycle lo = r.steps.empty() ? 0 : kNever, hi = 0;
  double sum = 0;
  for (const StepRecord& s : r.steps) {
    lo = std::min(lo, s.latency_cycles());
    hi = std::max(hi, s.latency_cycles());
    sum += static_cast<double>(s.latency_cycles());
  }
  const double mean = ratio(sum, static_cast<double>(r.steps.size()));
  return {{"total_cycles", r.total_cycles},
          {"simulated_time_ns", static_cast<double>(r.total_cycles) * ns_per_cycle},
          {"cycles_per_step", stat_block(static_cast<double>(lo), mean, static_cast<double>(hi))},
          {"step_latency_ns", stat_block(static_cast<double>(lo) * ns_per_cycle,
                                         mean * ns_per_cycle, static_cast<double>(hi) * ns_per_cycle)}};
}

json counts_json(const SimulationResult& r) {
  const auto& c = r.cores;
  const std::uint64_t hops = r.routers.flits_east_west + r.routers.flits_north_south;
  return {{"spikes", c.neuron_spikes + c.source_spikes},
          {"neuron_spikes", c.neuron_spikes},
          {"input_spikes", c.source_spikes},
          {"synaptic_ops", c.synops},
          {"axon_events", c.axon_events},
          {"neuron_updates_active", c.neuron_updates_active},
          {"neuron_updates_idle", c.neuron_updates_idle},
          {"u_wraps", c.u_wraps},
          {"packets", c.packets_out},
          {"hops_east_west", r.routers.flits_east_west},
          {"hops_north_south", r.routers.flits_north_south},
          {"hops", hops},
          {"mean_hops_per_packet", ratio(static_cast<double>(hops), static_cast<double>(c.packets_out))}};
}

json noc_json(const ArchParams& arch, const SimulationResult& r) {
  const double ns_per_cycle = static_cast<double>(arch.chip.clock_period_ps) / 1000.0;
  const double mean = ratio(static_cast<double>(r.mesh.latency_sum),
                            static_cast<double>(r.mesh.delivered));
  return {{"packets_delivered", r.mesh.delivered},
          {"spike_delivery_latency_cycles",
           {{"mean", mean}, {"max", r.mesh.latency_max}}},
          {"spike_delivery_latency_ns",
           {{"mean", mean * ns_per_cycle},
            {"max", static_cast<double>(r.mesh.latency_max) * ns_per_cycle}}},
          {"stalled_port_cycles", r.routers.stall_cycles},
          {"buffer_flit_cycles", r.routers.buffer_flit_cycles},
          {"max_buffer_occupancy_flits", r.routers.max_buffer_occupancy}};
}

json energy_json(const EnergyBreakdown& e) {
  return {{"axon_fetch", e.axon_fetch_pj},
          {"synaptic_ops", e.synaptic_ops_pj},
          {"neuron_updates_active", e.neuron_updates_active_pj},
          {"neuron_updates_idle", e.neuron_updates_idle_pj},
          {"spike_out", e.spike_out_pj},
          {"noc_local_delivery", e.noc_local_delivery_pj},
          {"noc_hops_east_west", e.noc_hops_east_west_pj},
          {"noc_hops_north_south", e.noc_hops_north_south_pj},
          {"noc_inter_chip", e.noc_inter_chip_pj},
          {"noc_buffer_write", e.noc_buffer_write_pj},
          {"noc_buffer_read", e.noc_buffer_read_pj},
          {"noc_static", e.noc_static_pj},
          {"cores", e.cores_pj()},
          {"noc", e.noc_pj()},
          {"dynamic", e.dynamic_pj()},
          {"static", e.static_pj},
          {"total", e.total_pj()}};
}

bool has_learning(const SnnNetwork& net) {
  for (const ProjectionSpec& p : net.projections)
    if (p.learning) return true;
  return false;
}

// The learning engine's part (docs/learning.md section 6), present when a projection learns.
void add_learning(json& rep, const ArchParams& arch, const SnnNetwork& net,
                  const SimulationResult& r, const EnergyBreakdown& e) {
  std::uint64_t phases = 0, cycles = 0;
  for (const StepRecord& s : r.steps) {
    phases += s.learning_updates > 0 ? 1 : 0;
    cycles += s.learning_cycles;
  }
  json projections = json::array();
  for (const ProjectionSpec& p : net.projections)
    if (p.learning)
      projections.push_back({{"name", p.name},
                             {"rule", p.learning->rule_name.empty() ? p.learning->rule.text
                                                                    : p.learning->rule_name},
                             {"epoch_steps", p.learning->epoch_steps}});
  rep["learning"] = {
      {"projections", projections},
      {"plastic_synapses", r.plastic.size()},
      {"synapse_updates", r.cores.learning_updates},
      {"phases", phases},
      {"cycles", cycles},
      {"time_ns", static_cast<double>(cycles) * static_cast<double>(arch.chip.clock_period_ps) / 1e3},
      {"energy_pj", e.learning_pj}};
  rep["energy_pj"]["learning"] = e.learning_pj;
  rep["energy_pj"]["inference"] = e.inference_pj();
}

std::ofstream open_for_writing(const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw UserError("cannot write '" + path + "'");
  return out;
}

void close_checked(std::ofstream& out, const std::string& path) {
  out.close();
  if (!out) throw UserError("error while writing '" + path + "' (disk full?)");
}

}  // namespace

json make_report(const ArchParams& arch, const SnnNetwork& net, const Mapping& mapping,
                 const SimulationResult& r, const RunInfo& info) {
  const EnergyBreakdown e = compute_energy(arch, r);
  const double spikes = static_cast<double>(r.cores.neuron_spikes + r.cores.source_spikes);
  const double synops = static_cast<double>(r.cores.synops);
  json rep;
  rep["schema"] = "neuromesh.report";
  rep["schema_version"] = kReportSchemaVersion;
  rep["run"] = {{"architecture", info.architecture}, {"network", info.network},
                {"steps", info.steps}, {"seed", info.seed},
                {"mode", info.lockstep ? "lockstep" : "event"}};
  rep["chip"] = {{"mesh_width", arch.chip.mesh_width}, {"mesh_height", arch.chip.mesh_height},
                 {"cores_per_tile", arch.chip.cores_per_tile}, {"cores", arch.chip.cores()},
                 {"clock_period_ps", arch.chip.clock_period_ps}};
  std::uint64_t neurons = 0;
  for (const Population& p : net.populations) neurons += p.size;
  rep["network"] = {{"populations", net.populations.size()}, {"neurons", neurons},
                    {"synapses", net.synapses.size()}};
  rep["mapping"] = mapping_json(arch, mapping);
  const double steps_run = static_cast<double>(std::max<std::uint64_t>(info.steps, 1));
  rep["mapping"]["simulated_per_step"] = {
      {"packets", static_cast<double>(r.cores.packets_out) / steps_run},
      {"hops", static_cast<double>(r.routers.flits_east_west + r.routers.flits_north_south) /
                   steps_run}};
  rep["time"] = time_json(arch, r);
  rep["counts"] = counts_json(r);
  rep["noc"] = noc_json(arch, r);
  add_noc_details(rep["noc"], arch, r);
  rep["core_activity"] = core_activity_json(arch, mapping, r);
  rep["energy_pj"] = energy_json(e);
  if (has_learning(net)) add_learning(rep, arch, net, r, e);
  rep["energy_per_spike_pj"] = ratio(e.dynamic_pj(), spikes);
  rep["energy_per_synaptic_op_pj"] = ratio(e.dynamic_pj(), synops);
  const double sim_s = simulated_seconds(arch, r.total_cycles);
  rep["power_mw"] = {{"total", average_power_mw(e.total_pj(), sim_s)},
                     {"dynamic", average_power_mw(e.dynamic_pj(), sim_s)},
                     {"static", average_power_mw(e.static_pj + e.noc_static_pj, sim_s)}};
  rep["host"] = {{"wall_seconds", r.host_seconds},
                 {"synaptic_events_per_second", ratio(synops, r.host_seconds)},
                 {"steps_per_second", ratio(static_cast<double>(info.steps), r.host_seconds)},
                 {"mapping_seconds", mapping.mapping_seconds},
                 {"cpu_seconds", r.host_cpu_seconds},
                 {"synapse_memory_bytes", r.synapse_memory_bytes},
                 {"synapse_memory_bytes_per_synapse",
                  ratio(static_cast<double>(r.synapse_memory_bytes),
                        static_cast<double>(net.synapses.size()))}};
  return rep;
}

void write_json(const json& report, const std::string& path) {
  auto out = open_for_writing(path);
  out << report.dump(2) << '\n';
  close_checked(out, path);
}

void write_steps_csv(const ArchParams& arch, const SimulationResult& r, const std::string& path) {
  auto out = open_for_writing(path);
  const double ns_per_cycle = static_cast<double>(arch.chip.clock_period_ps) / 1000.0;
  out << "step,start_cycle,cores_done_cycle,last_delivery_cycle,end_cycle,latency_cycles,"
         "latency_ns,neuron_spikes,input_spikes,synaptic_ops,packets,hops_east_west,"
         "hops_north_south\n";
  for (const StepRecord& s : r.steps) {
    out << s.step << ',' << s.start_cycle << ',' << s.cores_done_cycle << ','
        << s.last_delivery_cycle << ',' << s.end_cycle << ',' << s.latency_cycles() << ','
        << static_cast<double>(s.latency_cycles()) * ns_per_cycle << ',' << s.neuron_spikes << ','
        << s.source_spikes << ',' << s.synops << ',' << s.packets << ',' << s.hops_east_west
        << ',' << s.hops_north_south << '\n';
  }
  close_checked(out, path);
}

void write_recordings(const SnnNetwork& net, const SimulationResult& r, const std::string& dir) {
  for (const Population& pop : net.populations) {
    if (!pop.record_spikes) continue;
    const std::string path = dir + "/spikes_" + pop.name + ".csv";
    auto out = open_for_writing(path);
    out << "step,neuron\n";
    for (const RecordedSpike& s : r.spikes) {
      if (s.neuron >= pop.first_id && s.neuron < pop.first_id + pop.size) {
        out << s.step << ',' << (s.neuron - pop.first_id) << '\n';
      }
    }
    close_checked(out, path);
  }
  if (r.voltages.empty()) return;
  const std::string path = dir + "/voltages.csv";
  auto out = open_for_writing(path);
  out << "step,population,neuron,cycle,u,v\n";
  for (const VoltageSample& v : r.voltages) {
    const Population& pop = net.population_of(v.neuron);
    out << v.step << ',' << pop.name << ',' << (v.neuron - pop.first_id) << ',' << v.cycle << ','
        << v.u << ',' << v.v << '\n';
  }
  close_checked(out, path);
}

}  // namespace nm
