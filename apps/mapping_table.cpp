#include "apps/mapping_table.h"

#include <cstdio>

namespace nm::cli {

namespace {

std::string cell(std::uint64_t used, std::uint64_t cap) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%llu (%.0f%%)", static_cast<unsigned long long>(used),
                cap ? 100.0 * static_cast<double>(used) / static_cast<double>(cap) : 0.0);
  return buf;
}

}  // namespace

void print_mapping_table(const ArchParams& arch, const SnnNetwork& net, const Mapping& mapping,
                         double mapping_seconds, std::ostream& out) {
  const CoreCapacity& cap = arch.core.capacity;
  char line[384];
  out << "Mapping (" << mapping.strategy << "): " << net.neuron_count() << " neurons, "
      << net.synapses.size() << " synapses on " << mapping.cores_used << " of "
      << arch.chip.cores() << " cores\n";
  std::snprintf(line, sizeof line, "%-6s %-6s %-14s %-16s %-16s %-20s %-18s %s\n", "core",
                "tile", "neurons", "input axons", "output axons", "synapse bits",
                "dendritic accum.", "plastic synapses");
  out << line;
  std::uint64_t packets_per_round = 0;
  for (CoreId k = 0; k < mapping.usage.size(); ++k) {
    const CoreUsage& u = mapping.usage[k];
    if (u.neurons == 0) continue;
    packets_per_round += u.output_axons;
    const std::uint32_t tile = k / arch.chip.cores_per_tile;
    const std::string tile_name = std::to_string(tile % arch.chip.mesh_width) + "," +
                                  std::to_string(tile / arch.chip.mesh_width);
    std::snprintf(line, sizeof line, "%-6u %-6s %-14s %-16s %-16s %-20s %-18s %llu\n", k,
                  tile_name.c_str(), cell(u.neurons, cap.neurons).c_str(),
                  cell(u.input_axons, cap.input_axons).c_str(),
                  cell(u.output_axons, cap.output_axons).c_str(),
                  cell(u.synapse_bits, cap.synapse_memory_bits).c_str(),
                  cell(u.dendritic_accumulators, cap.dendritic_accumulators).c_str(),
                  static_cast<unsigned long long>(u.plastic_synapses));
    out << line;
  }
  std::snprintf(line, sizeof line,
                "Packets if every neuron spikes once: %llu\n"
                "Predicted per step (rates from %s): %.3f packets, %.3f hops, %.3f mean hops "
                "per packet, %.3f flits on the busiest link\n"
                "Mapping time: %.3f s\n",
                static_cast<unsigned long long>(packets_per_round),
                mapping.predicted.rates_from.c_str(), mapping.predicted.packets_per_step,
                mapping.predicted.hops_per_step, mapping.predicted.mean_hops,
                mapping.predicted.max_link_load, mapping_seconds);
  out << line;
}

}  // namespace nm::cli
