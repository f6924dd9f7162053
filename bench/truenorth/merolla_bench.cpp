// Merolla et al. 2014's power benchmark on the `truenorth` preset: a random recurrent network
// (bench/truenorth/merolla_network.h) on every core of the chip, simulated through the same
// SystemC chip and energy model as `neuromesh run`. Prints one JSON object: firing rate,
// synaptic events per second, the chip power (energy model: counts x energy table + static),
// and host time. Usage:
//   merolla_bench [--steps N] [--set key=value]... [--leak L] [--threshold T] [--weight W]
//                 [--neg-threshold B]
//                 [--seed S]
// Published: 65 mW at 0.75 V (Akopyan 2015), 72 mW at 0.775 V (Merolla 2014), 20 Hz, 128
// active synapses per neuron, 1 kHz tick (docs/validation.md).
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "hw_model/arch_loader.h"
#include "hw_model/chip_model.h"
#include "hw_model/energy_model.h"
#include "hw_model/simulation.h"
#include "cores/truenorth_core.h"
#include "merolla_network.h"

extern "C" int sc_main(int, char**) { return 1; }

namespace {

using nm::bench::MerollaParams;

nlohmann::json run(int argc, char** argv) {
  std::vector<std::string> sets;
  std::uint64_t steps = 100;
  MerollaParams p;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--steps") steps = std::stoull(value);
    else if (key == "--set") sets.push_back(value);
    else if (key == "--leak") p.leak = std::stoi(value);
    else if (key == "--threshold") p.threshold = std::stoi(value);
    else if (key == "--weight") p.weight = std::stoi(value);
    else if (key == "--neg-threshold") p.neg_threshold = std::stoi(value);
    else if (key == "--seed") p.seed = std::stoull(value);
    else throw nm::UserError("unknown option " + key);
  }
  const nm::ArchParams arch = nm::read_arch(nm::resolve_arch_tree("truenorth", sets), "truenorth");
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<nm::TrueNorthImage> images = nm::bench::build_merolla_images(arch, p);
  std::vector<std::unique_ptr<nm::CoreEngine>> cores;
  for (nm::CoreId k = 0; k < images.size(); ++k)
    cores.push_back(std::make_unique<nm::TrueNorthCore>(k, nm::core_name(arch, k),
                                                        std::move(images[k]), arch.core.timing));
  nm::ChipModel chip(arch, std::move(cores));
  const double build_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  nm::RunOptions ro;
  ro.steps = steps;
  ro.seed = p.run_seed;
  const nm::SimulationResult r = nm::simulate_chip(arch, chip, ro);
  const nm::EnergyBreakdown e = nm::compute_energy(arch, r);
  const double seconds = nm::simulated_seconds(arch, r.total_cycles);
  const double neurons = 256.0 * arch.chip.cores();
  const auto d = [](std::uint64_t v) { return static_cast<double>(v); };
  return {{"cores", arch.chip.cores()},
          {"steps", steps},
          {"simulated_seconds", seconds},
          {"mean_rate_hz", d(r.cores.neuron_spikes) / neurons / seconds},
          {"synaptic_events_per_second", d(r.cores.synops) / seconds},
          {"active_axons_per_core_per_tick", d(r.cores.axon_events) / arch.chip.cores() / steps},
          {"mean_hops_per_packet", d(r.routers.flits_east_west + r.routers.flits_north_south) /
                                       d(r.cores.packets_out)},
          {"power_mw",
           {{"total", nm::average_power_mw(e.total_pj(), seconds)},
            {"static", nm::average_power_mw(e.static_pj, seconds)},
            {"neuron_updates", nm::average_power_mw(e.neuron_updates_active_pj +
                                                        e.neuron_updates_idle_pj, seconds)},
            {"synaptic_events", nm::average_power_mw(e.synaptic_ops_pj, seconds)},
            {"noc_hops", nm::average_power_mw(e.noc_pj(), seconds)}}},
          {"energy_per_synaptic_event_pj", e.total_pj() / d(r.cores.synops)},
          {"host_build_seconds", build_s},
          {"host_simulation_seconds", r.host_seconds},
          {"host_simulation_cpu_seconds", r.host_cpu_seconds}};
}

}  // namespace

int main(int argc, char** argv) {
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  try {
    std::cout << run(argc, argv).dump(2) << '\n';
    return 0;
  } catch (const nm::UserError& e) {
    std::cerr << "merolla_bench: error: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "merolla_bench: internal error: " << e.what() << '\n';
    return 1;
  }
}
