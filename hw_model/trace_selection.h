// Which signals a VCD trace holds, from `--trace` and `--trace-steps`:
//   pop:NAME            every neuron of a recorded population
//   pop:NAME[i]         one neuron;  pop:NAME[a:b]  neurons a..b-1
//   router:X,Y          the router of tile (X, Y);  router:all  every router
//   --trace-steps A:B   only steps A..B (inclusive, 1-based); A: means A to the end
// With no --trace, every recorded neuron and every router is traced. A neuron is traced only if
// its population is recorded (record.spikes for its spike, record.voltages for its v), so the
// trace and the CSV recordings always agree.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "common/types.h"
#include "hw_model/arch_params.h"
#include "mapper/snn_network.h"

namespace nm {

struct TraceSelection {
  struct PopulationRange {
    std::string population;
    std::uint32_t begin = 0;
    std::uint32_t end = std::numeric_limits<std::uint32_t>::max();  // exclusive; max = to the end
  };
  bool everything = true;  // no --trace given
  std::vector<PopulationRange> populations;
  std::vector<TileCoord> routers;
  bool all_routers = false;
  std::uint64_t first_step = 1;
  std::uint64_t last_step = std::numeric_limits<std::uint64_t>::max();

  bool step_traced(std::uint64_t step) const { return step >= first_step && step <= last_step; }
  bool router_traced(TileCoord tile) const;
  bool neuron_selected(const Population& pop, std::uint32_t index) const;
};

// Parses the options; a malformed spec throws UserError naming it.
TraceSelection parse_trace_selection(const std::vector<std::string>& specs,
                                     const std::string& steps);
// Checks the selection against the network and chip: unknown population, a range outside it,
// a population that is not recorded, a router off the mesh -> UserError.
void check_trace_selection(const TraceSelection& sel, const SnnNetwork& net, const ArchParams& arch);

}  // namespace nm
