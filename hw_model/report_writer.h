// Reports of a run: report.json (schema in docs/report.md), steps.csv (one row per step),
// spikes_<population>.csv (golden format "step,neuron", neuron index within the population)
// and voltages.csv. Every figure is derived from the run's counts; energy from the energy model.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "hw_model/arch_params.h"
#include "hw_model/sim_result.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

constexpr int kReportSchemaVersion = 1;

struct RunInfo {
  std::string architecture;  // preset name or file
  std::string network;       // file or "default"
  std::uint64_t steps = 0;
  std::uint64_t seed = 0;
  bool lockstep = false;
};

nlohmann::json make_report(const ArchParams& arch, const SnnNetwork& net, const Mapping& mapping,
                           const SimulationResult& result, const RunInfo& info);

// Each writer throws UserError naming the path if it cannot write the whole file.
void write_json(const nlohmann::json& report, const std::string& path);
void write_steps_csv(const ArchParams& arch, const SimulationResult& result,
                     const std::string& path);
// One spikes_<population>.csv per recorded population, and voltages.csv if any were recorded.
void write_recordings(const SnnNetwork& net, const SimulationResult& result,
                      const std::string& dir);

}  // namespace nm
