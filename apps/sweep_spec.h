// A sweep file: a base architecture and network plus axes of overrides, run as a full grid or as
// listed points (docs/exploration.md):
//
//   architecture: loihi            # preset or file (relative to the sweep file)
//   network: default               # "default" or a network file (relative to the sweep file)
//   steps: 100
//   seed: 1
//   grid:                          # every combination, last axis fastest
//     noc.buffer_depth_flits: [2, 4, 8]
//     chip.mesh: [4x4, 8x8]        # sets chip.mesh_width and chip.mesh_height
//     network.mapping.neurons_per_core: [32, 64]
//     mapper: [sequential, metis]  # the --mapper option
//   points:                        # or instead: listed combinations
//     - {noc.buffer_depth_flits: 2, chip.mesh: 4x4}
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace nm::cli {

struct SweepPoint {
  std::vector<std::pair<std::string, std::string>> values;  // (axis key, value text), axis order
};

struct SweepSpec {
  std::string source;        // the sweep file
  std::string architecture;  // resolved path or preset name
  std::string network;       // resolved path or "default"
  std::uint64_t steps = 100;
  std::uint64_t seed = 1;
  std::vector<std::string> axes;  // axis keys in file order
  std::vector<SweepPoint> points;
};

// Reads and expands a sweep file; errors name the file, line and key (UserError / ConfigError).
SweepSpec load_sweep(const std::string& path);

// The neuromesh arguments that run one point (after "run"): ARCH NET --steps --seed --set ...
std::vector<std::string> point_arguments(const SweepSpec& spec, const SweepPoint& point);

}  // namespace nm::cli
