#include "hw_model/chip_counts.h"

#include <algorithm>

namespace nm {

SimulationResult chip_counts(const ChipModel& chip) {
  SimulationResult r;
  for (CoreId k = 0; k < chip.core_count(); ++k) {
    r.cores += chip.core(k).totals();
    r.synapse_memory_bytes += chip.core(k).synapse_host_bytes();
    r.per_core.push_back(chip.core(k).totals());
  }
  const Mesh& mesh = chip.mesh();
  for (std::uint32_t i = 0; i < mesh.router_count(); ++i) {
    const RouterCounters& c = mesh.router(i).counters();
    r.routers.flits_east_west += c.flits_east_west;
    r.routers.flits_north_south += c.flits_north_south;
    r.routers.flits_ejected += c.flits_ejected;
    r.routers.flits_injected += c.flits_injected;
    r.routers.stall_cycles += c.stall_cycles;
    r.routers.buffer_flit_cycles += c.buffer_flit_cycles;
    r.routers.max_buffer_occupancy = std::max(r.routers.max_buffer_occupancy,
                                              c.max_buffer_occupancy);
    r.routers.flits_inter_chip_east_west += c.flits_inter_chip_east_west;
    r.routers.flits_inter_chip_north_south += c.flits_inter_chip_north_south;
    r.routers.buffer_writes += c.buffer_writes;
    r.routers.buffer_reads += c.buffer_reads;
    r.per_router.push_back(c);
  }
  r.mesh = mesh.stats();
  return r;
}

}  // namespace nm
