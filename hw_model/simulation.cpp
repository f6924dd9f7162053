#include "hw_model/simulation.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <memory>
#include <systemc>

#include "common/errors.h"
#include "common/log.h"
#include "hw_model/core_family.h"
#include "hw_model/chip_counts.h"
#include "hw_model/chip_module.h"
#include "hw_model/chip_model.h"
#include "hw_model/systemc_reports.h"
#include "hw_model/vcd_trace.h"

namespace nm {

namespace {

SimulationResult collect(const ChipModel& chip, const StepController& controller) {
  SimulationResult r = chip_counts(chip);
  r.steps = controller.records();
  r.spikes = chip.recorded_spikes();
  std::sort(r.spikes.begin(), r.spikes.end(), [](const RecordedSpike& a, const RecordedSpike& b) {
    return a.step != b.step ? a.step < b.step : a.neuron < b.neuron;
  });
  r.voltages = chip.recorded_voltages();
  std::sort(r.voltages.begin(), r.voltages.end(),
            [](const VoltageSample& a, const VoltageSample& b) {
              return a.step != b.step ? a.step < b.step : a.neuron < b.neuron;
            });
  r.plastic = chip.plastic_synapses();
  r.total_cycles = r.steps.empty() ? 0 : r.steps.back().end_cycle;
  return r;
}

}  // namespace

SimulationResult simulate(const ArchParams& arch, const SnnNetwork& net, const Mapping& mapping,
                          const RunOptions& options) {
  const std::unique_ptr<ChipModel> chip = build_chip(arch, net, mapping, options.seed);
  return simulate_chip(arch, *chip, options, &net, &mapping);
}

SimulationResult simulate_chip(const ArchParams& arch, ChipModel& chip, const RunOptions& options,
                               const SnnNetwork* net, const Mapping* mapping) {
  route_systemc_reports_to_log();
  if (sc_core::sc_get_time_resolution() != sc_core::sc_time(1, sc_core::SC_PS)) {
    throw InternalError("SystemC time resolution must be 1 ps");
  }
  if (options.prepare_mesh) options.prepare_mesh(chip.mesh());
  const bool tracing = !options.vcd_path.empty();
  if (tracing && (net == nullptr || mapping == nullptr))
    throw UserError("a VCD trace needs the network and its mapping");
  ChipModule top("chip", chip,
                 ChipModuleOptions{options.steps, options.lockstep,
                                   tracing ? &options.trace : nullptr});
  std::unique_ptr<VcdTrace> vcd;
  if (tracing) {
    vcd = std::make_unique<VcdTrace>(options.vcd_path, options.trace, *net, *mapping, top);
  }

  const auto t0 = std::chrono::steady_clock::now();
  const std::clock_t cpu0 = std::clock();
  try {
    sc_core::sc_start();
  } catch (const sc_core::sc_report& rep) {
    throw InternalError(std::string("SystemC: ") + rep.what());
  }
  const auto t1 = std::chrono::steady_clock::now();
  const std::clock_t cpu1 = std::clock();
  if (chip.mesh().fault()) std::rethrow_exception(chip.mesh().fault());  // e.g. a NoC deadlock
  if (!top.controller().all_steps_done()) {
    throw InternalError("simulation stopped after " +
                        std::to_string(top.controller().records().size()) + " of " +
                        std::to_string(options.steps) + " steps");
  }
  SimulationResult result = collect(chip, top.controller());
  if (vcd) vcd->finish(result.total_cycles * arch.chip.clock_period_ps);
  result.host_seconds = std::chrono::duration<double>(t1 - t0).count();
  result.host_cpu_seconds = static_cast<double>(cpu1 - cpu0) / CLOCKS_PER_SEC;
  if (arch.chip.tick_cycles > 0) {  // a tick's work must fit in the tick (TrueNorth)
    std::uint64_t overrun = 0;
    for (const StepRecord& s : result.steps)
      overrun += std::max(s.cores_done_cycle, s.last_delivery_cycle) >
                 s.start_cycle + arch.chip.tick_cycles;
    if (overrun > 0)
      logger("sim")->warn("{} of {} steps did more work than fits in chip.tick_ps; they were "
                          "stretched (the chip would miss its delivery ticks)",
                          overrun, result.steps.size());
  }
  logger("sim")->info("{} steps, {} cycles, {:.3f} s host", options.steps, result.total_cycles,
                      result.host_seconds);
  return result;
}

}  // namespace nm
