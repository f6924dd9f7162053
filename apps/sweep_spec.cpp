#include "apps/sweep_spec.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <regex>

#include "common/config_reader.h"
#include "common/errors.h"

namespace nm::cli {

namespace fs = std::filesystem;

namespace {

const std::string kMeshAxis = "chip.mesh";
const std::string kMapperAxis = "mapper";

// A value of an axis must be a scalar; chip.mesh must read WxH.
std::string axis_value(const ConfigNode& node, const std::string& key, const std::string& path) {
  if (!node.is_scalar()) throw ConfigError(node.mark(), path, "expected a single value");
  if (key == kMeshAxis && !std::regex_match(node.scalar(), std::regex(R"(\d+x\d+)"))) {
    throw ConfigError(node.mark(), path, "expected WIDTHxHEIGHT, e.g. 8x4, not '" +
                                             node.scalar() + "'");
  }
  return node.scalar();
}

// Resolves a file named in the sweep relative to the sweep file; presets and "default" stay.
std::string relative_to(const std::string& sweep_path, const std::string& name) {
  const fs::path candidate = fs::path(sweep_path).parent_path() / name;
  return fs::exists(candidate) ? candidate.string() : name;
}

void expand_grid(const ConfigNode& grid, const std::string& path, SweepSpec& spec) {
  std::vector<std::vector<std::string>> values;
  for (const auto& [key, list] : grid.entries()) {
    const std::string key_path = path + "." + key;
    if (!list.is_sequence() || list.items().empty()) {
      throw ConfigError(list.mark(), key_path, "expected a non-empty list of values");
    }
    spec.axes.push_back(key);
    values.emplace_back();
    for (std::size_t i = 0; i < list.items().size(); ++i) {
      values.back().push_back(
          axis_value(list.items()[i], key, key_path + "[" + std::to_string(i) + "]"));
    }
  }
  std::vector<std::size_t> index(values.size(), 0);
  while (true) {
    SweepPoint p;
    for (std::size_t a = 0; a < values.size(); ++a) p.values.push_back({spec.axes[a], values[a][index[a]]});
    spec.points.push_back(p);
    std::size_t a = values.size();
    while (a > 0 && ++index[a - 1] == values[a - 1].size()) index[--a] = 0;
    if (a == 0) break;
  }
}

void read_points(const ConfigNode& points, const std::string& path, SweepSpec& spec) {
  if (!points.is_sequence() || points.items().empty()) {
    throw ConfigError(points.mark(), path, "expected a non-empty list of points");
  }
  for (std::size_t i = 0; i < points.items().size(); ++i) {
    const ConfigNode& item = points.items()[i];
    const std::string item_path = path + "[" + std::to_string(i) + "]";
    if (!item.is_map()) throw ConfigError(item.mark(), item_path, "expected a map of key: value");
    SweepPoint p;
    for (const auto& [key, value] : item.entries()) {
      p.values.push_back({key, axis_value(value, key, item_path + "." + key)});
      if (std::find(spec.axes.begin(), spec.axes.end(), key) == spec.axes.end()) {
        spec.axes.push_back(key);
      }
    }
    spec.points.push_back(p);
  }
}

}  // namespace

SweepSpec load_sweep(const std::string& path) {
  const ConfigNode root = ConfigNode::load_file(path);
  ConfigReader r(root, "");
  SweepSpec spec;
  spec.source = path;
  spec.architecture = relative_to(path, r.text_or("architecture", "loihi"));
  const std::string net = r.text_or("network", "default");
  spec.network = net == "default" ? net : relative_to(path, net);
  spec.steps = static_cast<std::uint64_t>(r.integer_or("steps", 100, 1, 1'000'000'000));
  spec.seed = static_cast<std::uint64_t>(r.integer_or("seed", 1, 0, INT64_MAX));
  const bool has_grid = r.has("grid"), has_points = r.has("points");
  if (has_grid == has_points) {
    r.fail(has_grid ? "points" : "grid", "give exactly one of 'grid' and 'points'");
  }
  if (has_grid) {
    const ConfigNode& grid = r.raw("grid");
    if (!grid.is_map() || grid.entries().empty()) {
      throw ConfigError(grid.mark(), "grid", "expected a map of axis: [values]");
    }
    expand_grid(grid, "grid", spec);
  } else {
    read_points(r.raw("points"), "points", spec);
  }
  r.finish();
  return spec;
}

std::vector<std::string> point_arguments(const SweepSpec& spec, const SweepPoint& point) {
  std::vector<std::string> args = {spec.architecture};
  if (spec.network != "default") args.push_back(spec.network);
  args.insert(args.end(), {"--steps", std::to_string(spec.steps), "--seed",
                           std::to_string(spec.seed)});
  for (const auto& [key, value] : point.values) {
    if (key == kMeshAxis) {
      const auto x = value.find('x');
      args.insert(args.end(), {"--set", "chip.mesh_width=" + value.substr(0, x), "--set",
                               "chip.mesh_height=" + value.substr(x + 1)});
    } else if (key == kMapperAxis) {
      args.insert(args.end(), {"--mapper", value});
    } else {
      args.insert(args.end(), {"--set", key + "=" + value});
    }
  }
  return args;
}

}  // namespace nm::cli
