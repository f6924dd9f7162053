#include "noc/noc_params.h"

#include <algorithm>
#include <cmath>

#include "common/errors.h"

namespace nm {

namespace {

void require_at_least_one(std::uint64_t value, const char* key) {
  if (value < 1) throw UserError(std::string(key) + " must be at least 1, got 0");
}

void require_energy(double value, const char* key) {
  if (!std::isfinite(value) || value < 0.0)
    throw UserError(std::string(key) + " must be a finite value >= 0, got " +
                    std::to_string(value));
}

}  // namespace

Cycle NocParams::longest_live_gap_cycles() const {
  // A flit granted at c reaches the next router after at most the longest hop, waits out the
  // pipeline, and its freed slot's credit takes credit_return_cycles back; a link may be busy
  // for its serialisation time. Any live mesh moves some flit within the sum of these.
  const Cycle hop = std::max({hop_east_west_cycles, hop_north_south_cycles, local_delivery_cycles,
                              inter_chip_hop_cycles});
  const Cycle link = std::max<Cycle>(link_cycles_per_flit, inter_chip_link_cycles_per_flit);
  return hop + router_pipeline_stages + credit_return_cycles + link;
}

void NocParams::validate() const {
  require_at_least_one(buffer_depth_flits, "noc.buffer_depth_flits");
  require_at_least_one(link_cycles_per_flit, "noc.link_cycles_per_flit");
  require_at_least_one(router_pipeline_stages, "noc.router_pipeline_stages");
  require_at_least_one(hop_east_west_cycles, "noc.hop_east_west_cycles");
  require_at_least_one(hop_north_south_cycles, "noc.hop_north_south_cycles");
  require_at_least_one(local_delivery_cycles, "noc.local_delivery_cycles");
  require_at_least_one(credit_return_cycles, "noc.credit_return_cycles");
  require_at_least_one(multicast_table_entries, "noc.multicast_table_entries");
  require_at_least_one(inter_chip_hop_cycles, "noc.inter_chip_hop_cycles");
  require_at_least_one(inter_chip_link_cycles_per_flit, "noc.inter_chip_link_cycles_per_flit");
  require_at_least_one(flit_bits, "noc.flit_bits");
  if (packet_offset_bits < 2 || packet_offset_bits > 16)
    throw UserError("noc.packet_offset_bits must be between 2 and 16, got " +
                    std::to_string(packet_offset_bits));
  require_energy(hop_east_west_pj, "noc.hop_east_west_pj");
  require_energy(hop_north_south_pj, "noc.hop_north_south_pj");
  require_energy(local_delivery_pj, "noc.local_delivery_pj");
  require_energy(buffer_write_pj, "noc.buffer_write_pj");
  require_energy(buffer_read_pj, "noc.buffer_read_pj");
  require_energy(router_static_power_mw, "noc.router_static_power_mw");
  require_energy(inter_chip_pj_per_bit, "noc.inter_chip_pj_per_bit");
  if (watchdog_cycles != 0 && watchdog_cycles <= longest_live_gap_cycles())
    throw UserError("noc.watchdog_cycles must be 0 (off) or more than " +
                    std::to_string(longest_live_gap_cycles()) +
                    " cycles (the longest pause of a live mesh: hop + pipeline + credit return + "
                    "link), got " + std::to_string(watchdog_cycles));
  if (multicast && packet_format == PacketFormat::Relative)
    throw UserError("noc.multicast: multicast packets are routed by key and carry no dx, dy; "
                    "use noc.packet_format: absolute with multicast");
}

std::string to_string(RoutingAlgorithm r) {
  switch (r) {
    case RoutingAlgorithm::XY: return "xy";
    case RoutingAlgorithm::YX: return "yx";
    case RoutingAlgorithm::WestFirst: return "west_first";
  }
  throw InternalError("unknown RoutingAlgorithm value");
}

std::string to_string(Arbitration a) {
  switch (a) {
    case Arbitration::RoundRobin: return "round_robin";
    case Arbitration::Age: return "age";
  }
  throw InternalError("unknown Arbitration value");
}

}  // namespace nm
