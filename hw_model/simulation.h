// Runs a mapped network on the chip: builds the core images, elaborates the SystemC design,
// simulates the requested steps and collects the counts. SystemC allows one elaboration per
// process, so call simulate() at most once per process.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "hw_model/arch_params.h"
#include "hw_model/sim_result.h"
#include "hw_model/trace_selection.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

class Mesh;

struct RunOptions {
  std::uint64_t steps = 100;  // algorithmic time steps to simulate
  std::uint64_t seed = 1;     // run seed: mixed into every component's random stream
  bool lockstep = false;      // evaluate every router every cycle (verification mode)
  std::string vcd_path;       // write a VCD trace here ("" = no trace)
  TraceSelection trace;       // what the VCD holds (default: every recorded neuron and router)
  // Test hook: called on the built mesh before the run starts, e.g. to install hand-written
  // multicast tables that no mapping would produce (empty: nothing).
  std::function<void(Mesh&)> prepare_mesh;
};

SimulationResult simulate(const ArchParams& arch, const SnnNetwork& net, const Mapping& mapping,
                          const RunOptions& options);

class ChipModel;
// Runs an already built chip (e.g. cores programmed directly by a benchmark). VCD tracing needs
// the network and the mapping: pass both when options.vcd_path is set (UserError otherwise).
SimulationResult simulate_chip(const ArchParams& arch, ChipModel& chip, const RunOptions& options,
                               const SnnNetwork* net = nullptr, const Mapping* mapping = nullptr);

}  // namespace nm
