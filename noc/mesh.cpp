#include "noc/mesh.h"

#include <algorithm>

#include "common/errors.h"
#include "noc/deadlock_error.h"
#include "noc/deadlock_report.h"
#include "noc/packet_format.h"
#include "noc/routing.h"

namespace nm {

Mesh::Mesh(std::uint32_t width, std::uint32_t height, std::uint32_t local_ports,
           const NocParams& params)
    : width_(width), height_(height), local_ports_(local_ports), params_(params) {
  routers_.reserve(static_cast<std::size_t>(width) * height);
  for (std::uint32_t i = 0; i < width * height; ++i) {
    const TileCoord pos{static_cast<int>(i % width), static_cast<int>(i / width)};
    routers_.emplace_back(i, pos, local_ports, params_);
    const std::uint32_t x = i % width, y = i / width;
    auto& n = neighbours_.emplace_back();
    n.fill(kNoNeighbour);
    if (y + 1 < height) n[kNorth] = i + width;
    if (y > 0) n[kSouth] = i - width;
    if (x + 1 < width) n[kEast] = i + 1;
    if (x > 0) n[kWest] = i - 1;
  }
}

void Mesh::set_multicast_tables(std::vector<MulticastTable> tables) {
  if (tables.size() != routers_.size())
    throw InternalError("set_multicast_tables: one table per router expected");
  tables_ = std::move(tables);
  for (std::size_t i = 0; i < routers_.size(); ++i) routers_[i].set_multicast_table(&tables_[i]);
}

TileCoord Mesh::tile_of_core(CoreId core) const {
  const std::uint32_t r = router_of_core(core);
  return {static_cast<int>(r % width_), static_cast<int>(r / width_)};
}

void Mesh::no_neighbour(std::uint32_t router, std::uint32_t direction) const {
  throw InternalError("router " + std::to_string(router) + " has no neighbour to the " +
                      port_name(direction));
}

void Mesh::no_core(CoreId core) const {
  throw InternalError("inject: core " + std::to_string(core) + " is not on the mesh");
}

void Mesh::accept_local(CoreId src_core, const Flit& f) {
  check_core(src_core);
  const std::uint32_t r = router_of_core(src_core);
  const Cycle ready = routers_[r].accept(kLocalPortBase + src_core % local_ports_, f, f.emit_cycle);
  ++in_flight_;
  ++stats_.injected;
  if (f.head) ++stats_.packets_injected;
  if (scheduler_) scheduler_->wake(r, ready);
}

void Mesh::inject(CoreId src_core, CoreId dst_core, std::uint32_t dst_axon, NeuronId src_neuron,
                  Cycle emit_cycle) {
  Flit f = unicast_flit(src_core, tile_of_core(src_core), dst_core, emit_cycle);
  f.dst_axon = dst_axon;
  f.src_neuron = src_neuron;
  accept_local(src_core, f);
}

void Mesh::inject_multicast(CoreId src_core, NeuronId src_neuron, Cycle emit_cycle) {
  Flit f;
  f.src_core = src_core;
  f.src_neuron = src_neuron;
  f.emit_cycle = emit_cycle;
  f.packet = next_packet_++;
  f.multicast = true;
  accept_local(src_core, f);
}

std::uint64_t Mesh::inject_packet(CoreId src_core, CoreId dst_core, PacketKind kind,
                                  std::uint16_t flits, Cycle emit_cycle) {
  if (flits < 1) throw InternalError("inject_packet: a packet has at least one flit");
  Flit f = unicast_flit(src_core, tile_of_core(src_core), dst_core, emit_cycle);
  f.kind = kind;
  f.msg_class = kind == PacketKind::ReadResponse ? MessageClass::Response : MessageClass::Request;
  f.packet_flits = flits;
  for (std::uint16_t i = 0; i < flits; ++i) {
    f.head = i == 0;
    f.tail = i + 1 == flits;
    accept_local(src_core, f);
  }
  return f.packet;
}

void Mesh::eject(std::uint32_t at, std::uint32_t local, const Flit& f, Cycle arrival) {
  stats_.last_delivery = std::max(stats_.last_delivery, arrival);
  ++stats_.delivered;
  if (f.tail) {
    const Cycle latency = arrival - f.emit_cycle;
    const std::uint32_t hops = f.hops_east_west + f.hops_north_south;
    stats_.latency_sum += latency;
    stats_.latency_max = std::max(stats_.latency_max, latency);
    stats_.latency.add_one(latency);
    stats_.hops_sum += hops;
    stats_.hops_max = std::max(stats_.hops_max, hops);
    ++stats_.packets_delivered;
  }
  if (!sink_) return;
  if (!f.multicast) {
    sink_->deliver(f, arrival);
    return;
  }
  Flit copy = f;  // a multicast flit learns its destination as it leaves
  copy.dst_core = at * local_ports_ + local;
  copy.dst_tile = {static_cast<int>(at % width_), static_cast<int>(at / width_)};
  copy.dst_local = local;
  sink_->deliver(copy, arrival);
}

void Mesh::blocked(std::uint32_t /*at*/, Cycle since, Cycle now) {
  if (params_.watchdog_cycles == 0) return;
  const Cycle quiet_from = std::max(since, last_progress_);
  if (now - quiet_from < params_.watchdog_cycles) return;
  throw DeadlockError(describe_deadlock(*this, quiet_from, now), now);
}

Cycle Mesh::watchdog_deadline(Cycle since) const {
  if (params_.watchdog_cycles == 0) return kNever;
  return std::max(since, last_progress_) + params_.watchdog_cycles;
}

}  // namespace nm
