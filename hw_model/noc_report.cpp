#include "hw_model/noc_report.h"

#include <algorithm>

#include "noc/routing.h"

namespace nm {

namespace {

using nlohmann::json;

double ratio(double num, double den) { return den > 0 ? num / den : 0.0; }

// Whether router (x, y) has a link leaving by direction d.
bool has_link(const ChipParams& chip, std::uint32_t x, std::uint32_t y, std::uint32_t d) {
  switch (d) {
    case kNorth: return y + 1 < chip.mesh_height;
    case kSouth: return y > 0;
    case kEast: return x + 1 < chip.mesh_width;
    default: return x > 0;
  }
}

bool crosses_chip(const NocParams& n, std::uint32_t x, std::uint32_t y, std::uint32_t d) {
  switch (d) {
    case kNorth: return n.chip_boundary_every_y != 0 && (y + 1) % n.chip_boundary_every_y == 0;
    case kSouth: return n.chip_boundary_every_y != 0 && y % n.chip_boundary_every_y == 0;
    case kEast: return n.chip_boundary_every_x != 0 && (x + 1) % n.chip_boundary_every_x == 0;
    default: return n.chip_boundary_every_x != 0 && x % n.chip_boundary_every_x == 0;
  }
}

}  // namespace

void add_noc_details(json& noc, const ArchParams& arch, const SimulationResult& r) {
  const LatencyHistogram& h = r.mesh.latency;
  noc["packets_injected"] = r.mesh.packets_injected;
  noc["flits_injected"] = r.routers.flits_injected;
  noc["flits_ejected"] = r.routers.flits_ejected;
  noc["packet_latency_cycles"] = {{"mean", h.mean()},
                                  {"p50", h.percentile(0.50)},
                                  {"p99", h.percentile(0.99)},
                                  {"max", h.max()}};
  json histogram = json::array();
  for (const auto& [latency, packets] : h.counts()) {
    histogram.push_back({{"latency_cycles", latency}, {"packets", packets}});
  }
  noc["packet_latency_histogram"] = histogram;
  noc["hops_per_packet"] = {
      {"mean", ratio(static_cast<double>(r.mesh.hops_sum),
                     static_cast<double>(r.mesh.packets_delivered))},
      {"max", r.mesh.hops_max}};
  noc["buffer_writes"] = r.routers.buffer_writes;
  noc["buffer_reads"] = r.routers.buffer_reads;
  noc["inter_chip_flits"] =
      r.routers.flits_inter_chip_east_west + r.routers.flits_inter_chip_north_south;
  const double cycles = static_cast<double>(r.total_cycles);
  json routers = json::array();
  double util_sum = 0, util_max = 0;
  std::uint32_t links = 0;
  for (std::uint32_t i = 0; i < r.per_router.size(); ++i) {
    const RouterCounters& c = r.per_router[i];
    const std::uint32_t x = i % arch.chip.mesh_width, y = i / arch.chip.mesh_width;
    json util = json::object();
    for (std::uint32_t d = 0; d < kMeshPorts; ++d) {
      if (!has_link(arch.chip, x, y, d)) continue;
      const double per_flit = crosses_chip(arch.noc, x, y, d)
                                  ? arch.noc.inter_chip_link_cycles_per_flit
                                  : arch.noc.link_cycles_per_flit;
      const double u = ratio(static_cast<double>(c.flits_out[d]) * per_flit, cycles);
      util[port_name(d)] = u;
      util_sum += u;
      util_max = std::max(util_max, u);
      ++links;
    }
    // Mesh input ports hold flits for buffer_flit_cycles in all: spread over the four ports.
    routers.push_back({{"tile", {x, y}},
                       {"link_utilisation", util},
                       {"buffer_occupancy_flits",
                        {{"mean", ratio(static_cast<double>(c.buffer_flit_cycles), cycles * kMeshPorts)},
                         {"max", c.max_buffer_occupancy}}},
                       {"stalled_port_cycles", c.stall_cycles}});
  }
  noc["link_utilisation"] = {{"mean", ratio(util_sum, links)}, {"max", util_max}};
  noc["routers"] = routers;
}

}  // namespace nm
