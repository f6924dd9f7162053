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
  r.finish();
  return c;
}

void read_core(ConfigReader r, CoreParams& core) {
  core.model = r.choice("model", {"loihi_lif"});
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
  r.finish();
}

CoreTiming read_timing(ConfigReader r, std::uint64_t period_ps) {
  CoreTiming t;
  t.axon_fetch_cycles = read_cycles(r, "axon_fetch_ps", period_ps, 0);
  t.synop_cycles = read_cycles(r, "synop_ps", period_ps, 1);
  t.neuron_update_active_cycles = read_cycles(r, "neuron_update_active_ps", period_ps, 1);
  t.neuron_update_idle_cycles = read_cycles(r, "neuron_update_idle_ps", period_ps, 1);
  t.spike_out_cycles = read_cycles(r, "spike_out_ps", period_ps, 0);
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
  r.finish();
  return e;
}

NocParams read_noc(ConfigReader r, std::uint64_t period_ps) {
  NocParams n;
  n.buffer_depth_flits = static_cast<std::uint32_t>(r.integer("buffer_depth_flits", 1, 65536));
  n.routing =
      r.choice("routing", {"xy", "yx"}) == "xy" ? RoutingAlgorithm::XY : RoutingAlgorithm::YX;
  n.link_cycles_per_flit = static_cast<std::uint32_t>(r.integer("link_cycles_per_flit", 1, 65536));
  n.hop_east_west_cycles = read_cycles(r, "hop_east_west_ps", period_ps, 1);
  n.hop_north_south_cycles = read_cycles(r, "hop_north_south_ps", period_ps, 1);
  n.local_delivery_cycles = read_cycles(r, "local_delivery_ps", period_ps, 1);
  n.credit_return_cycles = read_cycles(r, "credit_return_ps", period_ps, 1);
  n.hop_east_west_pj = r.real("hop_east_west_pj", 0.0, kNoMax);
  n.hop_north_south_pj = r.real("hop_north_south_pj", 0.0, kNoMax);
  n.local_delivery_pj = r.real("local_delivery_pj", 0.0, kNoMax);
  r.finish();
  return n;
}

BarrierParams read_barrier(ConfigReader r, std::uint64_t period_ps) {
  BarrierParams b;
  const bool fixed = r.choice("model", {"fixed", "table"}) == "fixed";
  const std::string unused_key = fixed ? "table" : "latency_ps";
  if (r.has(unused_key))
    r.fail(unused_key, std::string("is not used when barrier.model is ") +
                           (fixed ? "fixed" : "table") + "; remove it (write '" + unused_key +
                           ": ~' to drop a value inherited through extends)");
  if (fixed) {
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
  a.barrier = read_barrier(root.section("barrier"), period_ps);
  root.finish();
  a.validate();
  return a;
}

}  // namespace nm
