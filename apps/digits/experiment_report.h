// The Diehl & Cook experiment's result as JSON (the --json file of `neuromesh digits`) and as
// a short text summary. Energies in pJ and uJ, latencies in cycles and ns, host times in s.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "apps/digits/diehl_cook_experiment.h"
#include "hw_model/arch_params.h"

namespace nm::digits {

// What the experiment ran on, for the record.
struct ExperimentInfo {
  std::string arch_source;
  std::string net_source;
  std::string dataset;
  std::uint64_t seed = 0;
  std::uint32_t exc_neurons = 0;
};

// Schema "neuromesh.digits/1": info, options, per part (train, label, test) the totals and the
// per-sample energy [pJ] and latency [cycles, ns], test accuracy, confusion matrix, label counts.
nlohmann::json experiment_json(const ArchParams& arch, const ExperimentInfo& info,
                               const ExperimentOptions& options, const ExperimentResult& result);

void print_experiment_summary(const nlohmann::json& result, std::ostream& out);

}  // namespace nm::digits
