#include "hw_model/arch_loader.h"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <optional>

#include "common/config_reader.h"
#include "hw_model/embedded_configs.h"

namespace nm {

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------------------------------------
// Resolution: files and presets, `extends` chains, overrides.

// One architecture source before its `extends` is resolved.
struct Level {
  ConfigNode tree;
  std::string identity;         // canonical file path or "preset NAME": detects cycles
  std::string label;            // how messages name it
  std::optional<fs::path> dir;  // folder of a file source; relative `extends` start here
};

std::string preset_names() {
  std::string names;
  for (const auto& p : embedded_presets()) names += (names.empty() ? "" : ", ") + p.name;
  return names;
}

// Puts `name: default_name` first in a map that has no `name` key, so a file that extends a
// preset is not reported under the preset's name.
ConfigNode with_default_name(ConfigNode tree, const std::string& default_name) {
  if (!tree.is_map() || tree.find("name") != nullptr) return tree;
  ConfigNode named = ConfigNode::make_map(tree.mark());
  named.add_entry("name",
                  ConfigNode::make_scalar(default_name, SourceMark{tree.mark().file, 0, 0}));
  for (const auto& [key, value] : tree.entries()) named.add_entry(key, value);
  return named;
}

Level file_level(const fs::path& path) {
  Level level;
  level.tree = with_default_name(ConfigNode::load_file(path.string()), path.stem().string());
  level.identity = fs::weakly_canonical(path).string();
  level.label = path.string();
  level.dir = path.parent_path();
  return level;
}

Level preset_level(const EmbeddedFile& preset) {
  Level level;
  const std::string source_name = preset.path + " (built-in)";
  level.tree = with_default_name(ConfigNode::parse(preset.text, source_name), preset.name);
  level.identity = "preset " + preset.name;
  level.label = preset.name;
  return level;
}

// The parent named by `extends: value` in `child`: a file relative to the child's folder, else
// a preset.
Level locate_parent(const ConfigNode& value, const Level& child) {
  if (!value.is_scalar() || value.scalar().empty())
    throw ConfigError(value.mark(), "extends", "expected a preset name or a file path");
  const std::string& target = value.scalar();
  std::string looked_for;
  if (child.dir) {
    const fs::path candidate = *child.dir / target;
    if (fs::is_regular_file(candidate)) return file_level(candidate);
    looked_for = " (no file " + candidate.string() + ")";
  }
  if (const EmbeddedFile* preset = find_preset(target)) return preset_level(*preset);
  throw ConfigError(value.mark(), "extends",
                    "'" + target + "' is neither a file" + looked_for +
                        " nor a preset (presets: " + preset_names() + ")");
}

// Merges the `extends` chain of `level` into one tree. `chain` lists the levels that extend it
// (identity, label), to detect a cycle.
ConfigNode resolve_level(Level level, std::vector<std::pair<std::string, std::string>>& chain) {
  const ConfigNode* extends = level.tree.is_map() ? level.tree.find("extends") : nullptr;
  if (extends == nullptr) return std::move(level.tree);
  Level parent = locate_parent(*extends, level);
  chain.emplace_back(level.identity, level.label);
  const auto seen = [&](const auto& link) { return link.first == parent.identity; };
  if (std::any_of(chain.begin(), chain.end(), seen)) {
    std::string cycle;
    for (const auto& link : chain) cycle += link.second + " -> ";
    throw ConfigError(extends->mark(), "extends", "extends cycle: " + cycle + parent.label);
  }
  ConfigNode merged = resolve_level(std::move(parent), chain);
  level.tree.erase("extends");
  merged.merge_from(level.tree);
  return merged;
}

void apply_override(ConfigNode& tree, const std::string& override_text) {
  const std::string origin = "--set " + override_text;
  const auto eq = override_text.find('=');
  std::string key = eq == std::string::npos ? "" : override_text.substr(0, eq);
  key.erase(0, key.find_first_not_of(" \t"));
  key.erase(key.find_last_not_of(" \t") + 1);
  if (key.empty())
    throw UserError("--set '" + override_text + "': expected key.path=value, e.g. noc.routing=yx");
  tree.set_path(key, override_text.substr(eq + 1), origin);
}

// ---------------------------------------------------------------------------------------------
// Reading: strict typed access to each section.

constexpr std::int64_t kMaxPs = 1'000'000'000'000'000;  // 1000 s: far beyond any real latency
constexpr double kNoMax = std::numeric_limits<double>::max();

// A `_ps` key as a whole number of clock cycles of `period_ps`.
Cycle read_cycles(ConfigReader& r, const std::string& key, std::uint64_t period_ps,
                  Cycle min_cycles) {
  const auto ps = static_cast<std::uint64_t>(r.integer(key, 0, kMaxPs));
  const std::string period = std::to_string(period_ps) + " ps";
  if (ps % period_ps != 0)
    r.fail(key, std::to_string(ps) + " ps is not a whole number of " + period + " clock cycles");
  const Cycle cycles = ps / period_ps;
  if (cycles < min_cycles)
    r.fail(key, "must be at least " + std::to_string(min_cycles) + " clock cycle (" + period +
                    "), found " + std::to_string(ps) + " ps");
  return cycles;
}

ChipParams read_chip(ConfigReader r) {
  ChipParams c;
  c.mesh_width = static_cast<std::uint32_t>(r.integer("mesh_width", 1, 256));
  c.mesh_height = static_cast<std::uint32_t>(r.integer("mesh_height", 1, 256));
  c.cores_per_tile = static_cast<std::uint32_t>(r.integer("cores_per_tile", 1, 16));
  c.clock_period_ps = static_cast<std::uint64_t>(r.integer("clock_period_ps", 1, 1'000'000'000));
  c.static_power_mw = r.real_or("static_power_mw", 0.0, 0.0, kNoMax);
  if (r.has("tick_ps")) c.tick_cycles = read_cycles(r, "tick_ps", c.clock_period_ps, 1);
  r.finish();
  return c;
}

void read_core(ConfigReader r, CoreParams& core) {
  core.model = r.choice("model", {"loihi_lif", "truenorth"});
  CoreCapacity& c = core.capacity;
  c.neurons = static_cast<std::uint32_t>(r.integer("neurons", 1, 65536));
  c.input_axons = static_cast<std::uint32_t>(r.integer("input_axons", 1, 1 << 20));
  c.output_axons = static_cast<std::uint32_t>(r.integer("output_axons", 1, 1 << 20));
  c.synapse_memory_bits =
      static_cast<std::uint64_t>(r.integer("synapse_memory_bits", 1, 1LL << 40));
  c.max_delay_steps = static_cast<std::uint32_t>(r.integer("max_delay_steps", 0, 62));
  c.weight_bits = static_cast<std::uint32_t>(r.integer("weight_bits", 1, 8));
  c.delay_bits = static_cast<std::uint32_t>(r.integer("delay_bits", 0, 6));
  const std::uint32_t max_delay = c.delay_bits > 0 ? (1u << c.delay_bits) - 2 : 0;
  if (c.max_delay_steps > max_delay)
    r.fail("max_delay_steps", "must be at most " + std::to_string(max_delay) +
                                  " with core.delay_bits = " + std::to_string(c.delay_bits) +
                                  " (2^delay_bits - 2), found " +
                                  std::to_string(c.max_delay_steps));
  // Optional: without a budget every compartment may use every delay slot.
  c.dendritic_accumulators = static_cast<std::uint64_t>(
      r.integer_or("dendritic_accumulators",
                   static_cast<std::int64_t>(c.neurons) * (c.max_delay_steps + 1), 1, 1LL << 40));
  if (c.dendritic_accumulators < std::uint64_t{c.max_delay_steps} + 1)
    r.fail("dendritic_accumulators",
           "must be at least core.max_delay_steps + 1 = " + std::to_string(c.max_delay_steps + 1) +
               " (one compartment with every delay slot), found " +
               std::to_string(c.dendritic_accumulators));
  c.learning_tag_bits = static_cast<std::uint32_t>(r.integer_or("learning_tag_bits", 9, 0, 16));
  c.plastic_synapses = static_cast<std::uint64_t>(r.integer_or("plastic_synapses", 0, 0, 1LL << 40));
  r.finish();
}

CoreTiming read_timing(ConfigReader r, std::uint64_t period_ps) {
  CoreTiming t;
  t.axon_fetch_cycles = read_cycles(r, "axon_fetch_ps", period_ps, 0);
  t.synop_cycles = read_cycles(r, "synop_ps", period_ps, 1);
  t.neuron_update_active_cycles = read_cycles(r, "neuron_update_active_ps", period_ps, 1);
  t.neuron_update_idle_cycles = read_cycles(r, "neuron_update_idle_ps", period_ps, 1);
  t.spike_out_cycles = read_cycles(r, "spike_out_ps", period_ps, 0);
  t.learning_update_cycles =
      r.has("learning_update_ps") ? read_cycles(r, "learning_update_ps", period_ps, 0) : 0;
  if (r.has("overlap"))
    t.overlap = r.choice("overlap", {"none", "synapse_neuron"}) == "none"
                    ? PipelineOverlap::None
                    : PipelineOverlap::SynapseNeuron;
  r.finish();
  return t;
}

CoreEnergy read_energy(ConfigReader r) {
  CoreEnergy e;
  e.axon_fetch_pj = r.real("axon_fetch_pj", 0.0, kNoMax);
  e.synop_pj = r.real("synop_pj", 0.0, kNoMax);
  e.neuron_update_active_pj = r.real("neuron_update_active_pj", 0.0, kNoMax);
  e.neuron_update_idle_pj = r.real("neuron_update_idle_pj", 0.0, kNoMax);
  e.spike_out_pj = r.real("spike_out_pj", 0.0, kNoMax);
  e.learning_update_pj = r.real_or("learning_update_pj", 0.0, 0.0, kNoMax);
  r.finish();
  return e;
}

NocParams read_noc(ConfigReader r, std::uint64_t period_ps) {
  NocParams n;
  n.buffer_depth_flits = static_cast<std::uint32_t>(r.integer("buffer_depth_flits", 1, 65536));
  const std::string routing = r.choice("routing", {"xy", "yx", "west_first"});
  n.routing = routing == "xy"   ? RoutingAlgorithm::XY
              : routing == "yx" ? RoutingAlgorithm::YX
                                : RoutingAlgorithm::WestFirst;
  n.arbitration = r.choice_or("arbitration", "round_robin", {"round_robin", "age"}) == "age"
                      ? Arbitration::Age
                      : Arbitration::RoundRobin;
  n.message_networks =
      r.choice_or("message_networks", "physical", {"physical", "virtual_channel"}) == "physical"
          ? MessageNetworks::Physical
          : MessageNetworks::VirtualChannel;
  n.link_cycles_per_flit = static_cast<std::uint32_t>(r.integer("link_cycles_per_flit", 1, 65536));
  n.router_pipeline_stages =
      static_cast<std::uint32_t>(r.integer_or("router_pipeline_stages", 1, 1, 64));
  n.hop_east_west_cycles = read_cycles(r, "hop_east_west_ps", period_ps, 1);
  n.hop_north_south_cycles = read_cycles(r, "hop_north_south_ps", period_ps, 1);
  n.local_delivery_cycles = read_cycles(r, "local_delivery_ps", period_ps, 1);
  n.credit_return_cycles = read_cycles(r, "credit_return_ps", period_ps, 1);
  n.hop_east_west_pj = r.real("hop_east_west_pj", 0.0, kNoMax);
  n.hop_north_south_pj = r.real("hop_north_south_pj", 0.0, kNoMax);
  n.local_delivery_pj = r.real("local_delivery_pj", 0.0, kNoMax);
  n.buffer_write_pj = r.real_or("buffer_write_pj", 0.0, 0.0, kNoMax);
  n.buffer_read_pj = r.real_or("buffer_read_pj", 0.0, 0.0, kNoMax);
  n.router_static_power_mw = r.real_or("router_static_power_mw", 0.0, 0.0, kNoMax);
  n.multicast = r.flag_or("multicast", false);
  n.multicast_table_entries =
      static_cast<std::uint32_t>(r.integer_or("multicast_table_entries", 1024, 1, 1 << 24));
  n.packet_format = r.choice_or("packet_format", "absolute", {"absolute", "relative"}) == "relative"
                        ? PacketFormat::Relative
                        : PacketFormat::Absolute;
  n.packet_offset_bits = static_cast<std::uint32_t>(r.integer_or("packet_offset_bits", 9, 2, 16));
  n.chip_boundary_every_x =
      static_cast<std::uint32_t>(r.integer_or("chip_boundary_every_x", 0, 0, 256));
  n.chip_boundary_every_y =
      static_cast<std::uint32_t>(r.integer_or("chip_boundary_every_y", 0, 0, 256));
  n.inter_chip_hop_cycles = r.has("inter_chip_hop_ps")
                                ? read_cycles(r, "inter_chip_hop_ps", period_ps, 1)
                                : n.hop_east_west_cycles;
  n.inter_chip_link_cycles_per_flit = static_cast<std::uint32_t>(
      r.integer_or("inter_chip_link_cycles_per_flit", n.link_cycles_per_flit, 1, 65536));
  n.inter_chip_pj_per_bit = r.real_or("inter_chip_pj_per_bit", 0.0, 0.0, kNoMax);
  n.flit_bits = static_cast<std::uint32_t>(r.integer_or("flit_bits", 32, 1, 4096));
  n.watchdog_cycles =
      static_cast<Cycle>(r.integer_or("watchdog_cycles", 1000000, 0, 1LL << 50));
  if (n.watchdog_cycles != 0 && n.watchdog_cycles <= n.longest_live_gap_cycles())
    r.fail("watchdog_cycles", "must be 0 (off) or more than " +
                                  std::to_string(n.longest_live_gap_cycles()) +
                                  " cycles (longest hop + pipeline + credit return + link), found " +
                                  std::to_string(n.watchdog_cycles));
  r.finish();
  return n;
}

// The wavefront model's keys; hop latencies default to the mesh's own.
void read_wavefront(ConfigReader& r, std::uint64_t period_ps, const NocParams& noc,
                    BarrierParams& b) {
  b.model = BarrierParams::Model::Wavefront;
  b.root.x = static_cast<int>(r.integer_or("root_x", 0, 0, 255));
  b.root.y = static_cast<int>(r.integer_or("root_y", 0, 0, 255));
  b.base_cycles = r.has("base_ps") ? read_cycles(r, "base_ps", period_ps, 0) : 0;
  b.hop_east_west_cycles = r.has("hop_east_west_ps")
                               ? read_cycles(r, "hop_east_west_ps", period_ps, 1)
                               : noc.hop_east_west_cycles;
  b.hop_north_south_cycles = r.has("hop_north_south_ps")
                                 ? read_cycles(r, "hop_north_south_ps", period_ps, 1)
                                 : noc.hop_north_south_cycles;
}

BarrierParams read_barrier(ConfigReader r, std::uint64_t period_ps, const NocParams& noc) {
  BarrierParams b;
  const std::string model = r.choice("model", {"fixed", "table", "wavefront"});
  const bool fixed = model == "fixed";
  const std::vector<std::string> unused_keys =
      fixed ? std::vector<std::string>{"table"}
      : model == "table" ? std::vector<std::string>{"latency_ps"}
                         : std::vector<std::string>{"table", "latency_ps"};
  for (const std::string& unused_key : unused_keys) {
    if (r.has(unused_key))
      r.fail(unused_key, "is not used when barrier.model is " + model + "; remove it (write '" +
                             unused_key + ": ~' to drop a value inherited through extends)");
  }
  if (model == "wavefront") {
    read_wavefront(r, period_ps, noc, b);
  } else if (fixed) {
    b.model = BarrierParams::Model::Fixed;
    b.fixed_cycles = read_cycles(r, "latency_ps", period_ps, 0);
  } else {
    b.model = BarrierParams::Model::Table;
    std::vector<ConfigReader> points = r.section_list("table");
    if (points.empty()) r.fail("table", "must list at least one {tiles, latency_ps} point");
    for (ConfigReader& p : points) {
      const auto tiles = static_cast<std::uint32_t>(p.integer("tiles", 1, 65536));
      if (!b.table.empty() && tiles <= b.table.back().tiles)
        p.fail("tiles", "must be greater than the previous point's tiles (" +
                            std::to_string(b.table.back().tiles) + "), found " +
                            std::to_string(tiles));
      b.table.push_back({tiles, read_cycles(p, "latency_ps", period_ps, 0)});
      p.finish();
    }
  }
  r.finish();
  return b;
}

}  // namespace

ConfigNode resolve_arch_tree(const std::string& source, const std::vector<std::string>& overrides) {
  Level top;
  if (fs::is_regular_file(source)) {
    top = file_level(source);
  } else if (const EmbeddedFile* preset = find_preset(source)) {
    top = preset_level(*preset);
  } else {
    throw UserError("architecture '" + source +
                    "' is neither a file nor a preset (presets: " + preset_names() + ")");
  }
  std::vector<std::pair<std::string, std::string>> chain;
  ConfigNode tree = resolve_level(std::move(top), chain);
  for (const auto& o : overrides) apply_override(tree, o);
  return tree;
}

ArchParams read_arch(const ConfigNode& resolved, const std::string& name) {
  ConfigReader root(resolved, "");
  ArchParams a;
  a.name = root.text_or("name", name);
  a.description = root.text_or("description", "");
  a.chip = read_chip(root.section("chip"));
  const std::uint64_t period_ps = a.chip.clock_period_ps;
  read_core(root.section("core"), a.core);
  a.core.timing = read_timing(root.section("timing"), period_ps);
  a.core.energy = read_energy(root.section("energy"));
  a.noc = read_noc(root.section("noc"), period_ps);
  a.barrier = read_barrier(root.section("barrier"), period_ps, a.noc);
  root.finish();
  a.validate();
  return a;
}

}  // namespace nm
