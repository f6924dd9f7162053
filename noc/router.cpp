#include "noc/router.h"

#include <algorithm>

#include "common/errors.h"
#include "noc/mesh.h"
#include "noc/routing.h"

namespace nm {

namespace {
constexpr std::uint32_t kNoOwner = ~0u;
}

Router::Router(std::uint32_t index, TileCoord position, std::uint32_t local_ports,
               const NocParams& params)
    : index_(index),
      position_(position),
      params_(params),
      inputs_(kLocalPortBase + local_ports),
      outputs_(kLocalPortBase + local_ports) {
  const auto x = static_cast<std::uint32_t>(position.x);
  const auto y = static_cast<std::uint32_t>(position.y);
  const std::uint32_t ex = params.chip_boundary_every_x, ey = params.chip_boundary_every_y;
  inter_chip_[kEast] = ex != 0 && (x + 1) % ex == 0;
  inter_chip_[kWest] = ex != 0 && x > 0 && x % ex == 0;
  inter_chip_[kNorth] = ey != 0 && (y + 1) % ey == 0;
  inter_chip_[kSouth] = ey != 0 && y > 0 && y % ey == 0;
  for (std::uint32_t d = 0; d < kMeshPorts; ++d) {
    for (auto& ch : outputs_[d].channel) ch.credits = params.buffer_depth_flits;
  }
  const bool physical = params.message_networks == MessageNetworks::Physical;
  const std::uint32_t slots = port_count() * kMessageClasses;
  arbiters_.assign(port_count() * (physical ? kMessageClasses : 1), Arbiter(params.arbitration, slots));
  if (slots > 64) throw InternalError("Router: at most 64 (input port, class) queues");
  if (port_count() > 32) throw InternalError("Router: at most 32 ports");
  requests_.reserve(slots);
  front_at_.assign(slots, kNever);
}

void Router::fail_accept(std::uint32_t port, bool overflow) const {
  if (overflow)
    throw InternalError("router " + std::to_string(index_) + ": buffer overflow on " +
                        port_name(port) + " (credit protocol broken)");
  throw InternalError("router " + std::to_string(index_) + ": out-of-order arrival on " +
                      port_name(port));
}

void Router::fail_credit_order() const {
  throw InternalError("router " + std::to_string(index_) + ": credit arrivals out of order");
}

std::uint32_t Router::route_multicast(std::uint32_t in, const Flit& f) const {
  if (table_ != nullptr) {
    if (const auto ports = table_->lookup(f.src_neuron)) return *ports;
  }
  if (is_local_port(in))
    throw InternalError("router " + std::to_string(index_) + ": no multicast entry for key " +
                        std::to_string(f.src_neuron) + " injected by a local core");
  return 1u << opposite(in);  // default routing: straight on
}

inline std::uint32_t Router::route_head(std::uint32_t in, const Flit& f) const {
  if (f.multicast) return route_multicast(in, f);
  TileCoord target = f.dst_tile;
  if (params_.packet_format == PacketFormat::Relative) {
    target = {position_.x + f.dx, position_.y + f.dy};
  }
  if (params_.routing != RoutingAlgorithm::WestFirst)  // the only adaptive one
    return 1u << route(params_.routing, position_, target, f.dst_local, nullptr);
  std::uint32_t free[kMeshPorts];
  const std::uint32_t cls = class_index(f.msg_class);
  for (std::uint32_t d = 0; d < kMeshPorts; ++d) free[d] = outputs_[d].channel[cls].credits;
  return 1u << route(params_.routing, position_, target, f.dst_local, free);
}

bool Router::can_take(std::uint32_t out, std::uint32_t in, std::uint32_t cls, const Flit& f) const {
  const OutputChannel& ch = outputs_[out].channel[cls];
  if (ch.owner == kNoOwner ? !f.head : ch.owner != in) return false;
  return is_local_port(out) || ch.credits > 0;
}

Cycle Router::link_cycles(std::uint32_t out) const {
  if (is_local_port(out)) return 1;
  return inter_chip_[out] ? params_.inter_chip_link_cycles_per_flit : params_.link_cycles_per_flit;
}

inline bool Router::arbitrate(std::uint32_t out, std::uint32_t cls_lo, std::uint32_t cls_hi,
                              Cycle now, Mesh& mesh) {
  const bool physical = params_.message_networks == MessageNetworks::Physical;
  if (!physical && link_free_at(out, cls_lo) > now) return false;
  // The first request is kept aside: requests_ is filled only when a second one competes.
  ArbiterRequest first{};
  std::size_t n = 0;
  for (std::uint32_t cls = cls_lo; cls < cls_hi; ++cls) {
    if (physical && link_free_at(out, cls) > now) continue;
    // The candidates had a ready front flit when this cycle's arbitration began; one that has
    // been sent since is no longer routed.
    for (std::uint32_t ins = candidates_[cls]; ins != 0; ins &= ins - 1) {
      const auto in = static_cast<std::uint32_t>(__builtin_ctz(ins));
      const InputQueue& iq = inputs_[in][cls];
      if (!iq.routed || (iq.remaining & (1u << out)) == 0) continue;
      const Flit& f = iq.queue.front().flit;
      if (!can_take(out, in, cls, f)) continue;
      const ArbiterRequest r{in * kMessageClasses + cls, f.emit_cycle};
      if (n == 0) {
        first = r;
      } else {
        if (n == 1) {
          requests_.clear();
          requests_.push_back(first);
        }
        requests_.push_back(r);
      }
      ++n;
    }
  }
  if (n == 0) return false;
  Arbiter& arb = arbiter_for(out, cls_lo);
  const ArbiterRequest win = n == 1 ? arb.grant_one(first) : requests_[arb.grant(requests_)];
  send(win.slot / kMessageClasses, win.slot % kMessageClasses, out, now, mesh);
  return true;
}

inline bool Router::move_alone(std::uint32_t in, std::uint32_t cls, std::uint32_t out, Cycle now,
                               Mesh& mesh) {
  // arbitrate() with a single request.
  if (link_free_at(out, cls) > now) return false;
  const Flit& f = inputs_[in][cls].queue.front().flit;
  if (!can_take(out, in, cls, f)) return false;
  arbiter_for(out, cls).grant_one({in * kMessageClasses + cls, f.emit_cycle});
  send(in, cls, out, now, mesh);
  return true;
}

bool Router::arbitrate_all(std::uint32_t wanted, Cycle now, Mesh& mesh) {
  // Outputs nobody wants cannot grant anything: skip them.
  bool moved = false;
  const bool physical = params_.message_networks == MessageNetworks::Physical;
  for (std::uint32_t outs = wanted; outs != 0; outs &= outs - 1) {
    const auto out = static_cast<std::uint32_t>(__builtin_ctz(outs));
    if (physical) {
      for (std::uint32_t cls = 0; cls < kMessageClasses; ++cls) {
        if (candidates_[cls] != 0) moved |= arbitrate(out, cls, cls + 1, now, mesh);
      }
    } else {
      moved |= arbitrate(out, 0, kMessageClasses, now, mesh);
    }
  }
  return moved;
}

inline void Router::absorb_credits(Cycle now) {
  while (!pending_credits_.empty() && pending_credits_.front().arrival <= now) {
    const std::uint32_t c = pending_credits_.front().channel;
    ++outputs_[c / kMessageClasses].channel[c % kMessageClasses].credits;
    pending_credits_.pop_front();
  }
  next_credit_at_ = pending_credits_.empty() ? kNever : pending_credits_.front().arrival;
}

void Router::evaluate(Cycle now, Mesh& mesh) {
  if (last_evaluated_ == now) return;
  if (stalled_ != 0 && last_evaluated_ + 1 < now) {
    // Slept through cycles in which the same flits were ready and stalled, nothing moved.
    counters_.stall_cycles += std::uint64_t{stalled_} * (now - last_evaluated_ - 1);
    if (blocked_since_ == kNever) blocked_since_ = last_evaluated_ + 1;
  }
  last_evaluated_ = now;

  if (next_credit_at_ <= now) absorb_credits(now);

  // Route every newly ready front flit; note buffer occupancy as seen this cycle. The inputs
  // with a routed, ready front flit that still has outputs to take (the only ones arbitration
  // can grant) are listed per class, in port order, with the union of the outputs they want.
  bool any_ready = false;
  std::uint32_t wanted = 0;  // bit per output port
  std::uint32_t candidate_queues = 0, last_candidate = 0;  // count, and the last one's queue bit
  candidates_.fill(0);
  // Queues whose front flit is visible, as a mask built without a branch per queue (which
  // queues are ready is hard to predict), then visited in (port, class) order.
  std::uint64_t ready = 0;
  for (std::uint64_t queues = occupied_; queues != 0; queues &= queues - 1) {
    const auto bit = static_cast<std::uint32_t>(__builtin_ctzll(queues));
    ready |= std::uint64_t{front_at_[bit] <= now} << bit;
  }
  any_ready = ready != 0;
  for (; ready != 0; ready &= ready - 1) {
    const auto bit = static_cast<std::uint32_t>(__builtin_ctzll(ready));
    const std::uint32_t in = bit / kMessageClasses, cls = bit % kMessageClasses;
    InputQueue& iq = inputs_[in][cls];
    if (!iq.routed) {
      const Flit& f = iq.queue.front().flit;
      if (f.head) iq.route = route_head(in, f);
      iq.remaining = iq.route;
      iq.routed = true;
    }
    if (iq.remaining != 0) {
      candidates_[cls] |= 1u << in;
      wanted |= iq.remaining;
      ++candidate_queues;
      last_candidate = bit;
    }
    if (!is_local_port(in)) {
      // Arrivals are in order: the flits not yet visible are at the back.
      auto visible = static_cast<std::uint32_t>(iq.queue.size());
      while (visible > 0 && iq.queue[visible - 1].arrival > now) --visible;
      counters_.max_buffer_occupancy = std::max(counters_.max_buffer_occupancy, visible);
    }
  }
  if (!any_ready) {
    blocked_since_ = kNever;
    stalled_ = 0;
    return;
  }

  bool moved = false;
  std::uint32_t stalled = 0;
  if (candidate_queues == 1 && (wanted & (wanted - 1)) == 0) {
    // One input wants one output (the common case): no competition, and it is stalled unless
    // it moves (its only branch sent).
    moved = move_alone(last_candidate / kMessageClasses, last_candidate % kMessageClasses,
                       static_cast<std::uint32_t>(__builtin_ctz(wanted)), now, mesh);
    stalled = moved ? 0 : 1;
  } else if (candidate_queues != 0) {
    moved = arbitrate_all(wanted, now, mesh);
    // Whatever still wants to move this cycle is stalled (a sent front flit is no longer
    // routed; a multicast flit with branches left still is).
    for (std::uint32_t cls = 0; cls < kMessageClasses; ++cls) {
      for (std::uint32_t ins = candidates_[cls]; ins != 0; ins &= ins - 1) {
        const InputQueue& iq = inputs_[static_cast<std::uint32_t>(__builtin_ctz(ins))][cls];
        if (iq.routed && iq.remaining != 0) ++stalled;
      }
    }
  }
  counters_.stall_cycles += stalled;
  stalled_ = stalled;
  if (moved) {
    blocked_since_ = kNever;
  } else {
    if (blocked_since_ == kNever) blocked_since_ = now;
    mesh.blocked(index_, blocked_since_, now);
  }
  if (stalled != 0) wake_at_ = sleep_until(now, mesh);  // else next_wake polls (same answer)
}

Cycle Router::sleep_until(Cycle now, Mesh& mesh) const {
  // Nothing inside the router changes before: a front flit becomes visible (or a new front is
  // exposed), a link a stalled flit wants frees up, or a credit arrives (add_credit wakes the
  // router for credits not yet pending). An output held by another input's packet frees when
  // that input moves, which its own terms cover.
  Cycle wake = kNever;
  for (std::uint64_t queues = occupied_; queues != 0; queues &= queues - 1) {
    const auto bit = static_cast<std::uint32_t>(__builtin_ctzll(queues));
    const std::uint32_t in = bit / kMessageClasses, cls = bit % kMessageClasses;
    const InputQueue& iq = inputs_[in][cls];
    if (front_at_[bit] > now) {
      wake = std::min(wake, front_at_[bit]);
      continue;
    }
    if (!iq.routed) return now + 1;  // exposed by a send this cycle: routes next cycle
    for (std::uint32_t outs = iq.remaining; outs != 0; outs &= outs - 1) {
      const auto out = static_cast<std::uint32_t>(__builtin_ctz(outs));
      const OutputPort& op = outputs_[out];
      const OutputChannel& ch = op.channel[cls];
      if (ch.owner != kNoOwner && ch.owner != in) continue;  // the owner's terms cover it
      Cycle t = std::max(now + 1, link_free_at(out, cls));
      if (!is_local_port(out) && ch.credits == 0) {
        if (next_credit_at_ == kNever) continue;  // add_credit wakes the router
        t = std::max(t, next_credit_at_);
      }
      if (t == now + 1) return t;
      wake = std::min(wake, t);
    }
  }
  if (stalled_ != 0) {
    // The watchdog must see the router in the cycle it would report a deadlock.
    const Cycle since = blocked_since_ != kNever ? blocked_since_ : now + 1;
    wake = std::min(wake, std::max(now + 1, mesh.watchdog_deadline(since)));
  }
  return wake;
}


[[gnu::always_inline]] inline void Router::send_out(Flit& f, std::uint32_t in, std::uint32_t cls, std::uint32_t out,
                             Cycle now, Mesh& mesh) {
  OutputPort& op = outputs_[out];
  OutputChannel& ch = op.channel[cls];
  if (f.head && !f.tail) ch.owner = in;
  if (f.tail) ch.owner = kNoOwner;
  const Cycle busy_until = now + link_cycles(out);
  if (params_.message_networks == MessageNetworks::Physical) {
    ch.link_free_at = busy_until;
  } else {
    op.link_free_at = busy_until;
  }
  if (is_local_port(out)) {
    ++counters_.flits_ejected;
    mesh.eject(index_, out - kLocalPortBase, f, now + params_.local_delivery_cycles);
    return;
  }
  --ch.credits;
  ++counters_.flits_out[out];
  Cycle latency;
  if (is_east_west(out)) {
    ++f.hops_east_west;
    ++counters_.flits_east_west;
    f.dx += out == kEast ? -1 : 1;
    latency = params_.hop_east_west_cycles;
    if (inter_chip_[out]) ++counters_.flits_inter_chip_east_west;
  } else {
    ++f.hops_north_south;
    ++counters_.flits_north_south;
    f.dy += out == kNorth ? -1 : 1;
    latency = params_.hop_north_south_cycles;
    if (inter_chip_[out]) ++counters_.flits_inter_chip_north_south;
  }
  if (inter_chip_[out]) latency = params_.inter_chip_hop_cycles;
  mesh.forward(index_, out, f, now + latency);
}

void Router::send(std::uint32_t in, std::uint32_t cls, std::uint32_t out, Cycle now,
                  Mesh& mesh) {
  InputQueue& iq = inputs_[in][cls];
  TimedFlit& tf = iq.queue.front();
  iq.remaining &= ~(1u << out);
  if (iq.remaining != 0) {
    Flit branch = tf.flit;  // a multicast flit with branches still to send keeps its hop counts
    send_out(branch, in, cls, out, now, mesh);
    return;
  }
  send_out(tf.flit, in, cls, out, now, mesh);  // the last branch: no copy, leaves the queue now
  if (is_local_port(in)) {
    ++counters_.flits_injected;
  } else {
    counters_.buffer_flit_cycles += now - tf.arrival;
    ++counters_.buffer_reads;
  }
  iq.queue.pop_front();
  const std::uint32_t bit = queue_bit(in, cls);
  if (iq.queue.empty()) {
    occupied_ &= ~(std::uint64_t{1} << bit);
    front_at_[bit] = kNever;
  } else {
    front_at_[bit] = iq.queue.front().arrival;
  }
  iq.routed = false;
  mesh.freed(index_, in, cls, now + params_.credit_return_cycles);
}

bool Router::empty() const { return occupied_ == 0; }

std::uint32_t Router::buffered(std::uint32_t port) const {
  std::uint32_t n = 0;
  for (const InputQueue& iq : inputs_[port]) n += static_cast<std::uint32_t>(iq.queue.size());
  return n;
}

std::vector<std::pair<std::uint32_t, Flit>> Router::heads() const {
  std::vector<std::pair<std::uint32_t, Flit>> out;
  for (std::uint32_t p = 0; p < port_count(); ++p) {
    for (const InputQueue& iq : inputs_[p]) {
      if (!iq.queue.empty()) out.emplace_back(p, iq.queue.front().flit);
    }
  }
  return out;
}

}  // namespace nm
