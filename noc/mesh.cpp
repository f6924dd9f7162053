#include "noc/mesh.h"

#include <algorithm>

#include "common/errors.h"
#include "noc/routing.h"

namespace nm {

Mesh::Mesh(std::uint32_t width, std::uint32_t height, std::uint32_t local_ports,
           const NocParams& params)
    : width_(width), height_(height), local_ports_(local_ports), params_(params) {
  routers_.reserve(static_cast<std::size_t>(width) * height);
  for (std::uint32_t i = 0; i < width * height; ++i) {
    const TileCoord pos{static_cast<int>(i % width), static_cast<int>(i / width)};
    routers_.push_back(std::make_unique<Router>(i, pos, local_ports, params_));
  }
}

TileCoord Mesh::tile_of_core(CoreId core) const {
  const std::uint32_t r = router_of_core(core);
  return {static_cast<int>(r % width_), static_cast<int>(r / width_)};
}

std::uint32_t Mesh::neighbour(std::uint32_t router, std::uint32_t direction) const {
  const std::uint32_t x = router % width_;
  const std::uint32_t y = router / width_;
  switch (direction) {
    case kNorth: if (y + 1 < height_) return router + width_; break;
    case kSouth: if (y > 0) return router - width_; break;
    case kEast: if (x + 1 < width_) return router + 1; break;
    case kWest: if (x > 0) return router - 1; break;
    default: break;
  }
  throw InternalError("router " + std::to_string(router) + " has no neighbour to the " +
                      port_name(direction));
}

void Mesh::inject(CoreId src_core, CoreId dst_core, std::uint32_t dst_axon, NeuronId src_neuron,
                  Cycle emit_cycle) {
  Flit f;
  f.src_core = src_core;
  f.dst_core = dst_core;
  f.dst_tile = tile_of_core(dst_core);
  f.dst_local = dst_core % local_ports_;
  f.dst_axon = dst_axon;
  f.src_neuron = src_neuron;
  f.emit_cycle = emit_cycle;
  const std::uint32_t r = router_of_core(src_core);
  routers_[r]->accept(kLocalPortBase + src_core % local_ports_, f, emit_cycle);
  ++in_flight_;
  ++stats_.injected;
  if (scheduler_) scheduler_->wake(r, emit_cycle);
}

void Mesh::forward(std::uint32_t from, std::uint32_t out, const Flit& flit, Cycle arrival) {
  const std::uint32_t to = neighbour(from, out);
  routers_[to]->accept(opposite(out), flit, arrival);
  if (scheduler_) scheduler_->wake(to, arrival);
}

void Mesh::release_credit(std::uint32_t at, std::uint32_t in, Cycle arrival) {
  routers_[neighbour(at, in)]->add_credit(opposite(in), arrival);
}

void Mesh::eject(std::uint32_t /*at*/, std::uint32_t /*local*/, const Flit& flit, Cycle arrival) {
  const Cycle latency = arrival - flit.emit_cycle;
  stats_.latency_sum += latency;
  stats_.latency_max = std::max(stats_.latency_max, latency);
  stats_.last_delivery = std::max(stats_.last_delivery, arrival);
  ++stats_.delivered;
  --in_flight_;
  if (sink_) {
    sink_->deliver(flit, arrival);
    if (in_flight_ == 0) sink_->drained();
  }
}

}  // namespace nm
