#include "noc/router.h"

#include <algorithm>

#include "common/errors.h"
#include "noc/routing.h"

namespace nm {

namespace {
constexpr std::uint32_t kNoOutput = ~0u;
}

Router::Router(std::uint32_t index, TileCoord position, std::uint32_t local_ports,
               const NocParams& params)
    : index_(index),
      position_(position),
      params_(params),
      inputs_(kLocalPortBase + local_ports),
      outputs_(kLocalPortBase + local_ports),
      wanted_(kLocalPortBase + local_ports, kNoOutput) {
  for (std::uint32_t d = 0; d < kMeshPorts; ++d) outputs_[d].credits = params.buffer_depth_flits;
}

void Router::accept(std::uint32_t port, const Flit& flit, Cycle arrival) {
  auto& q = inputs_[port].queue;
  if (!q.empty() && q.back().arrival > arrival) {
    throw InternalError("router " + std::to_string(index_) + ": out-of-order arrival on " +
                        port_name(port));
  }
  if (!is_local_port(port) && q.size() >= params_.buffer_depth_flits) {
    throw InternalError("router " + std::to_string(index_) + ": buffer overflow on " +
                        port_name(port) + " (credit protocol broken)");
  }
  q.push_back({flit, arrival});
}

void Router::add_credit(std::uint32_t port, Cycle arrival) {
  outputs_[port].pending_credits.push_back(arrival);
}

bool Router::head_ready(std::uint32_t in, Cycle now) const {
  const auto& q = inputs_[in].queue;
  return !q.empty() && q.front().arrival <= now;
}

void Router::evaluate(Cycle now, RouterEnvironment& env) {
  if (last_evaluated_ == now) return;
  last_evaluated_ = now;

  for (std::uint32_t d = 0; d < kMeshPorts; ++d) {
    auto& out = outputs_[d];
    while (!out.pending_credits.empty() && out.pending_credits.front() <= now) {
      out.pending_credits.pop_front();
      ++out.credits;
    }
  }

  // Route every ready head flit; note buffer occupancy as seen this cycle.
  const std::uint32_t ports = port_count();
  for (std::uint32_t in = 0; in < ports; ++in) {
    wanted_[in] = kNoOutput;
    if (!head_ready(in, now)) continue;
    const Flit& f = inputs_[in].queue.front().flit;
    wanted_[in] = route(params_.routing, position_, f.dst_tile, f.dst_local);
    if (!is_local_port(in)) {
      const auto& q = inputs_[in].queue;
      const auto visible = static_cast<std::uint32_t>(std::count_if(
          q.begin(), q.end(), [now](const TimedFlit& t) { return t.arrival <= now; }));
      counters_.max_buffer_occupancy = std::max(counters_.max_buffer_occupancy, visible);
    }
  }

  // Each output grants at most one input, round-robin from its priority pointer.
  for (std::uint32_t out = 0; out < ports; ++out) {
    OutputPort& op = outputs_[out];
    if (op.link_free_at > now) continue;
    if (!is_local_port(out) && op.credits == 0) continue;
    for (std::uint32_t k = 0; k < ports; ++k) {
      const std::uint32_t in = (op.round_robin + k) % ports;
      if (wanted_[in] != out) continue;
      send(in, out, now, env);
      wanted_[in] = kNoOutput;
      op.round_robin = (in + 1) % ports;
      break;
    }
  }

  // Whatever still wants to move this cycle is stalled.
  for (std::uint32_t in = 0; in < ports; ++in) {
    if (wanted_[in] != kNoOutput) ++counters_.stall_cycles;
  }
}

void Router::send(std::uint32_t in, std::uint32_t out, Cycle now, RouterEnvironment& env) {
  TimedFlit tf = inputs_[in].queue.front();
  inputs_[in].queue.pop_front();
  if (is_local_port(in)) {
    ++counters_.flits_injected;
  } else {
    counters_.buffer_flit_cycles += now - tf.arrival;
    env.release_credit(index_, in, now + params_.credit_return_cycles);
  }
  OutputPort& op = outputs_[out];
  if (is_local_port(out)) {
    op.link_free_at = now + 1;
    ++counters_.flits_ejected;
    env.eject(index_, out - kLocalPortBase, tf.flit, now + params_.local_delivery_cycles);
    return;
  }
  --op.credits;
  op.link_free_at = now + params_.link_cycles_per_flit;
  Flit& f = tf.flit;
  Cycle latency;
  if (is_east_west(out)) {
    ++f.hops_east_west;
    ++counters_.flits_east_west;
    latency = params_.hop_east_west_cycles;
  } else {
    ++f.hops_north_south;
    ++counters_.flits_north_south;
    latency = params_.hop_north_south_cycles;
  }
  env.forward(index_, out, f, now + latency);
}

Cycle Router::next_wake(Cycle now) const {
  Cycle next = kNever;
  for (const auto& in : inputs_) {
    if (in.queue.empty()) continue;
    const Cycle a = in.queue.front().arrival;
    next = std::min(next, a <= now ? now + 1 : a);
  }
  return next;
}

bool Router::empty() const {
  return std::all_of(inputs_.begin(), inputs_.end(),
                     [](const InputPort& p) { return p.queue.empty(); });
}

std::uint32_t Router::buffered(std::uint32_t port) const {
  return static_cast<std::uint32_t>(inputs_[port].queue.size());
}

}  // namespace nm
