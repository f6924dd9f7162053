// Loads the spike-source inputs of a network file (`inputs[i]`): Poisson sources with a rate,
// or explicit spike times given inline (`times`) or as a golden-format CSV (`times_file`).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/config_reader.h"
#include "mapper/snn_network.h"

namespace nm {

// Reads one inputs[i] map strictly (calls finish()). Poisson probabilities use
// time_step_ms [ms per step]. first_id is left at 0 for the caller.
Population load_input(ConfigReader& r, const std::string& base_dir, double time_step_ms);

// Reads a golden-format spike table (columns step,neuron; steps >= 1, each neuron's steps
// strictly ascending in file order; neuron < size). Returns one step list per neuron.
std::vector<std::vector<std::uint32_t>> load_spike_times_csv(const std::string& path,
                                                             std::uint32_t size);

}  // namespace nm
