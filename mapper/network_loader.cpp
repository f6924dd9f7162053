#include "mapper/network_loader.h"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <map>

#include "common/config_reader.h"
#include "common/errors.h"
#include "mapper/input_loader.h"
#include "mapper/loader_util.h"
#include "mapper/population_loader.h"
#include "mapper/truenorth_population_loader.h"
#include "mapper/projection_loader.h"

namespace nm {

namespace {

const std::vector<std::string> kTopKeys{"name",   "time_step_ms", "mapping", "populations",
                                        "inputs", "projections",  "record"};

// Appends populations or inputs, giving each its first global id and checking unique names.
template <typename LoadFn>
void add_populations(SnnNetwork& net, std::vector<ConfigReader>& list,
                     std::map<std::string, std::string>& declared_at, LoadFn load) {
  for (auto& r : list) {
    Population pop = load(r);
    const auto [it, fresh] = declared_at.emplace(pop.name, r.node().mark().str());
    if (!fresh)
      r.fail("name",
             "'" + pop.name + "' is already used by the population or input at " + it->second);
    const std::uint64_t first = net.neuron_count();
    if (first + pop.size > std::numeric_limits<NeuronId>::max())
      r.fail("size", "the network would have more than " +
                         std::to_string(std::numeric_limits<NeuronId>::max()) + " neurons");
    pop.first_id = static_cast<NeuronId>(first);
    net.populations.push_back(std::move(pop));
  }
}

Population& find_mutable(SnnNetwork& net, ConfigReader& r, const std::string& key,
                         const std::string& name) {
  for (auto& p : net.populations)
    if (p.name == name) return p;
  r.fail(key, "no population or input is named '" + name + "'");
}

void load_spike_records(SnnNetwork& net, ConfigReader& rec) {
  const ConfigNode& list = rec.raw("spikes");
  if (!list.is_sequence()) rec.fail("spikes", "expected a list of population names");
  for (std::size_t i = 0; i < list.items().size(); ++i) {
    const std::string key = "spikes[" + std::to_string(i) + "]";
    ConfigNode holder = ConfigNode::make_map(list.mark());
    holder.add_entry(key, list.items()[i]);
    ConfigReader item(holder, rec.path());
    Population& pop = find_mutable(net, item, key, item.text(key));
    if (pop.record_spikes) item.fail(key, "'" + pop.name + "' is listed twice");
    pop.record_spikes = true;
  }
}

void load_voltage_records(SnnNetwork& net, ConfigReader& rec) {
  for (auto& v : rec.section_list("voltages")) {
    reject_unknown_keys(v, {"population", "neurons"});
    Population& pop = find_mutable(net, v, "population", v.text("population"));
    if (pop.model == Population::Model::SpikeSource)
      v.fail("population", "'" + pop.name + "' is an input (spike source); it has no voltage");
    if (!pop.record_voltage.empty())
      v.fail("population", "'" + pop.name + "' is listed twice; list all its neurons once");
    const std::vector<std::int64_t> ids = v.integer_list("neurons", 0, std::int64_t{pop.size} - 1);
    if (ids.empty()) v.fail("neurons", "expected at least one neuron index");
    std::vector<std::uint32_t> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    const auto dup = std::adjacent_find(sorted.begin(), sorted.end());
    if (dup != sorted.end())
      v.fail("neurons", "neuron " + std::to_string(*dup) + " is listed twice");
    pop.record_voltage = std::move(sorted);
    v.finish();
  }
}

}  // namespace

SnnNetwork load_network(const ConfigNode& root, const std::string& base_dir,
                        const std::string& name) {
  ConfigReader r(root, "");
  reject_unknown_keys(r, kTopKeys);
  SnnNetwork net;
  net.name = r.text_or("name", name.empty() ? "default" : name);
  net.time_step_ms = r.real_or("time_step_ms", 1.0, 0.0, 1e9);
  if (net.time_step_ms <= 0.0) r.fail("time_step_ms", "must be greater than 0 ms");
  if (r.has("mapping")) {
    ConfigReader m = r.section("mapping");
    net.neurons_per_core_limit = static_cast<std::uint32_t>(
        m.integer_or("neurons_per_core", 0, 1, std::numeric_limits<std::uint32_t>::max()));
    m.finish();
  }

  std::map<std::string, std::string> declared_at;  // population/input name -> "file:line"
  std::vector<ConfigReader> pops = r.section_list("populations");
  if (pops.empty()) r.fail("populations", "a network needs at least one population");
  add_populations(net, pops, declared_at,
                  [&](ConfigReader& p) {
                    return p.text_or("model", "") == "truenorth" ? load_truenorth_population(p)
                                                                 : load_lif_population(p, base_dir);
                  });
  if (r.has("inputs")) {
    std::vector<ConfigReader> inputs = r.section_list("inputs");
    add_populations(net, inputs, declared_at,
                    [&](ConfigReader& p) { return load_input(p, base_dir, net.time_step_ms); });
  }
  if (r.has("projections")) {
    std::vector<ConfigReader> projections = r.section_list("projections");
    net.synapses = load_projections(projections, net, base_dir, &net.projections);
  }
  if (r.has("record")) {
    ConfigReader rec = r.section("record");
    reject_unknown_keys(rec, {"spikes", "voltages"});
    if (rec.has("spikes")) load_spike_records(net, rec);
    if (rec.has("voltages")) load_voltage_records(net, rec);
    rec.finish();
  }
  r.finish();
  return net;
}

SnnNetwork load_network_file(const std::string& path) {
  const ConfigNode root = ConfigNode::load_file(path);
  const std::filesystem::path p(path);
  return load_network(root, p.parent_path().string(), p.stem().string());
}

}  // namespace nm
