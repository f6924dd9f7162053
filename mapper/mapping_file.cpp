#include "mapper/mapping_file.h"

#include <fstream>
#include <sstream>

#include "common/config_reader.h"
#include "common/errors.h"
#include "mapper/core_usage.h"

namespace nm {

namespace {

constexpr CoreId kUnmapped = 0xFFFFFFFFu;

std::string core_name(const MeshLayout& shape, CoreId k) {
  const std::uint32_t t = shape.tile_of(k);
  return "core (" + std::to_string(t % shape.width) + "," + std::to_string(t / shape.width) +
         ")." + std::to_string(k % shape.cores_per_tile);
}

void check_mesh(ConfigReader& root, const MeshLayout& shape) {
  if (!root.has("mesh")) return;
  ConfigReader mesh = root.section("mesh");
  const std::int64_t w = mesh.integer("width", 1, 65536), h = mesh.integer("height", 1, 65536),
                     c = mesh.integer("cores_per_tile", 1, 65536);
  mesh.finish();
  if (w != shape.width || h != shape.height || c != shape.cores_per_tile)
    root.fail("mesh", "the file was written for a " + std::to_string(w) + "x" + std::to_string(h) +
                          " mesh with " + std::to_string(c) + " cores per tile; the architecture has " +
                          std::to_string(shape.width) + "x" + std::to_string(shape.height) +
                          " with " + std::to_string(shape.cores_per_tile));
}

}  // namespace

std::string mapping_to_yaml(const SnnNetwork& net, const Mapping& m, const MeshLayout& shape) {
  std::ostringstream out;
  out << "# NeuroMesh mapping: population slices -> cores (tile [x, y], core within the tile).\n"
         "# Edit freely: every limit is checked again when it is read back with --mapping.\n"
      << "strategy: " << m.strategy << "\nnetwork: " << (net.name.empty() ? "network" : net.name)
      << "\nmesh: {width: " << shape.width << ", height: " << shape.height
      << ", cores_per_tile: " << shape.cores_per_tile << "}\nslices:\n";
  for (const Population& p : net.populations) {
    for (std::uint32_t i = 0; i < p.size;) {
      const CoreId k = m.core_of[p.first_id + i];
      std::uint32_t j = i + 1;
      while (j < p.size && m.core_of[p.first_id + j] == k) ++j;
      const std::uint32_t t = shape.tile_of(k);
      out << "  - {population: " << p.name << ", first: " << i << ", count: " << j - i
          << ", tile: [" << t % shape.width << ", " << t / shape.width
          << "], core: " << k % shape.cores_per_tile << "}\n";
      i = j;
    }
  }
  return out.str();
}

void write_mapping_file(const SnnNetwork& net, const Mapping& m, const MeshLayout& shape,
                        const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  out << mapping_to_yaml(net, m, shape);
  out.close();
  if (!out) throw UserError("--write-mapping: cannot write '" + path + "'");
}

Mapping read_mapping_file(const std::string& path, const SnnNetwork& net,
                          const CoreCapacity& cap, const MeshLayout& shape) {
  check_synapse_limits(net, cap);
  const ConfigNode tree = ConfigNode::load_file(path);
  ConfigReader root(tree, "");
  const std::string strategy = root.text_or("strategy", "file");
  root.text_or("network", "");
  check_mesh(root, shape);
  std::vector<CoreId> core_of(net.neuron_count(), kUnmapped);
  std::vector<int> line_of(net.neuron_count(), 0);
  std::vector<int> core_line(shape.cores(), 0);  // first entry placing a neuron on the core
  for (ConfigReader& e : root.section_list("slices")) {
    const int line = e.node().mark().line;
    const std::string name = e.text("population");
    const Population* p = net.find_population(name);
    if (!p) e.fail("population", "no population or input named '" + name + "' in the network");
    const auto first = static_cast<std::uint32_t>(e.integer("first", 0, p->size - 1));
    const auto count = static_cast<std::uint32_t>(e.integer("count", 1, p->size - first));
    const std::vector<std::int64_t> tile = e.integer_list("tile", 0, 65535);
    if (tile.size() != 2) e.fail("tile", "expected [x, y]");
    if (tile[0] >= shape.width || tile[1] >= shape.height)
      e.fail("tile", "tile [" + std::to_string(tile[0]) + ", " + std::to_string(tile[1]) +
                         "] is outside the " + std::to_string(shape.width) + "x" +
                         std::to_string(shape.height) + " mesh");
    const auto local = static_cast<CoreId>(e.integer("core", 0, shape.cores_per_tile - 1));
    e.finish();
    const CoreId k = static_cast<CoreId>((tile[1] * shape.width + tile[0]) * shape.cores_per_tile) +
                     local;
    if (core_line[k] == 0) core_line[k] = line;
    for (NeuronId n = p->first_id + first; n < p->first_id + first + count; ++n) {
      if (core_of[n] != kUnmapped)
        e.fail("first", "neuron " + name + "[" + std::to_string(n - p->first_id) +
                            "] is already mapped at line " + std::to_string(line_of[n]));
      core_of[n] = k;
      line_of[n] = line;
    }
  }
  root.finish();
  for (NeuronId n = 0; n < core_of.size(); ++n) {
    if (core_of[n] != kUnmapped) continue;
    const Population& p = net.population_of(n);
    NeuronId end = n;
    while (end < p.first_id + p.size && core_of[end] == kUnmapped) ++end;
    throw ConfigError(tree.mark(), "slices",
                      "neurons " + p.name + "[" + std::to_string(n - p.first_id) + ".." +
                          std::to_string(end - 1 - p.first_id) + "] are not mapped");
  }
  const auto label = [&](CoreId k) {
    return path + ":" + std::to_string(core_line[k]) + ": " + core_name(shape, k);
  };
  return finish_mapping(net, std::move(core_of), shape.cores(), strategy,
                        make_core_limits(net, cap), label);
}

}  // namespace nm
