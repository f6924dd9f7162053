// Loads the neuron populations of a network file: `populations[i]` entries (loihi_lif neurons with
// scalar `params` or a per-neuron `params_file`). Spike-source inputs are in input_loader.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/config_reader.h"
#include "mapper/snn_network.h"

namespace nm {

// Largest population (neurons) a network file may declare.
constexpr std::int64_t kMaxPopulationSize = 100'000'000;

// Reads one populations[i] map strictly (calls finish()). first_id is left at 0 for the caller.
Population load_lif_population(ConfigReader& r, const std::string& base_dir);

// Reads a golden-format neuron table (columns id,du,dv,vth,bias_mant,bias_exp,u0,v0; ids exactly
// 0..size-1 in order). Bad cells, ids or row counts throw UserError naming the file and line.
std::vector<LifParams> load_lif_params_csv(const std::string& path, std::uint32_t size);

}  // namespace nm
