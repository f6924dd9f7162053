// One mesh router as a plain C++ model. Ports 0-3 are the mesh directions, then one local port
// per core of the tile. Every input port has one queue per message class; on the mesh ports each
// holds at most buffer_depth_flits flits, guarded by credit-based flow control per class: the
// upstream router sends only when it holds a credit, and gets it back credit_return_cycles after
// the flit leaves the buffer. Local (injection) queues are the cores' unbounded output queues.
//
// A head flit is routed once, when it first reaches the front of its queue (unicast: the routing
// function; multicast: the router's key/mask table, straight on when nothing matches), and
// becomes visible router_pipeline_stages - 1 cycles after it arrives. Wormhole: a head claims an
// output channel (output port x message class) until its tail has passed. A multicast flit leaves
// its buffer once every branch has been granted. Each output grants one flit per
// link_cycles_per_flit cycles (inter-chip links: inter_chip_link_cycles_per_flit; local outputs:
// one per cycle), per message class with physical networks, shared by both classes with virtual
// channels, choosing by round robin or age (noc/arbiter.h).
//
// Evaluate-then-commit is structural: everything evaluate(now) sends arrives at cycle now + 1 or
// later (hop latencies and credit return are at least one cycle), and evaluate(now) reads only
// what arrived at or before now, so the order in which routers are evaluated within one cycle
// cannot change any result.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "common/types.h"
#include "noc/arbiter.h"
#include "noc/flit.h"
#include "noc/flit_queue.h"
#include "noc/multicast_table.h"
#include "noc/noc_params.h"
#include "noc/ring_queue.h"
#include "noc/router_counters.h"
#include "noc/routing.h"

namespace nm {

class Mesh;  // what a router hands flits, freed slots and stalls to (noc/mesh.h)

class Router {
 public:
  Router(std::uint32_t index, TileCoord position, std::uint32_t local_ports,
         const NocParams& params);

  std::uint32_t index() const { return index_; }
  TileCoord position() const { return position_; }
  std::uint32_t port_count() const { return static_cast<std::uint32_t>(inputs_.size()); }
  // True when the link leaving by mesh direction `d` crosses a chip boundary.
  bool inter_chip(std::uint32_t d) const { return inter_chip_[d]; }
  void set_multicast_table(const MulticastTable* t) { table_ = t; }

  // Flit arriving on input `port` (mesh or local) at `arrival`. Returns the cycle from which the
  // router can switch it (arrival + router_pipeline_stages - 1).
  Cycle accept(std::uint32_t port, const Flit& flit, Cycle arrival) {  // inline: once per hop
    const Cycle ready = arrival + params_.router_pipeline_stages - 1;
    const std::uint32_t bit = queue_bit(port, class_index(flit.msg_class));
    FlitQueue& q = inputs_[port][bit % kMessageClasses].queue;
    if (q.empty()) {
      front_at_[bit] = ready;
      occupied_ |= std::uint64_t{1} << bit;
    } else if (q.back().arrival > ready) {
      fail_accept(port, false);
    }
    if (!is_local_port(port)) {
      if (q.size() >= params_.buffer_depth_flits) fail_accept(port, true);
      ++counters_.buffer_writes;
    }
    q.push_back(flit, ready);
    return ready;
  }
  // A credit for output mesh port `port`, class `cls`, usable from `arrival` on. Returns true
  // when the router sleeps with stalled flits: it must then be woken at `arrival`. Arrivals
  // must not decrease from one call to the next (InternalError otherwise).
  bool add_credit(std::uint32_t port, std::uint32_t cls, Cycle arrival) {  // inline: once per hop
    if (pending_credits_.empty()) {
      next_credit_at_ = arrival;
    } else if (pending_credits_.back().arrival > arrival) {
      fail_credit_order();
    }
    pending_credits_.push_back({arrival, port * kMessageClasses + cls});
    return stalled_ != 0;
  }

  // One cycle of work: absorb credits, route new heads, arbitrate every output, move granted
  // flits. Calling it twice for the same cycle does nothing the second time.
  void evaluate(Cycle now, Mesh& mesh);
  // The next cycle after `now` at which evaluate() could change something (kNever if idle),
  // besides the arrivals and credits that wake it (Mesh wakes it for those). A router whose
  // ready flits wait for a busy link, a credit or an arrival sleeps until then; the next
  // evaluate() counts the stall cycles it slept through, so results equal those of evaluating
  // every cycle. next_wake_polling(): the next cycle without sleeping (now + 1 while a flit is
  // ready), for callers that must see the router every cycle it holds a ready flit (tracing).
  Cycle next_wake(Cycle now) const {  // inline: once per evaluation
    return last_evaluated_ == now && stalled_ != 0 ? wake_at_ : next_wake_polling(now);
  }
  Cycle next_wake_polling(Cycle now) const {
    Cycle front = kNever;  // the earliest front, clamped once: max(min f, c) = min max(f, c)
    for (std::uint64_t queues = occupied_; queues != 0; queues &= queues - 1)
      front = std::min(front, front_at_[static_cast<std::uint32_t>(__builtin_ctzll(queues))]);
    return front == kNever ? kNever : std::max(front, now + 1);
  }

  bool empty() const;
  Cycle last_evaluated() const { return last_evaluated_; }
  std::uint32_t buffered(std::uint32_t port) const;  // flits queued on an input port, all classes
  std::uint32_t credits(std::uint32_t port, std::uint32_t cls = 0) const {
    return outputs_[port].channel[cls].credits;
  }
  // Head flits of every non-empty input queue (for deadlock reports).
  std::vector<std::pair<std::uint32_t, Flit>> heads() const;
  const RouterCounters& counters() const { return counters_; }

 private:
  struct InputQueue {
    FlitQueue queue;
    std::uint32_t route = 0;      // output-port set of the packet at the front (wormhole body: the head's)
    std::uint32_t remaining = 0;  // ports of `route` the front flit has not been sent to yet
    bool routed = false;          // the packet at the front has been routed
  };
  struct OutputChannel {
    std::uint32_t credits = 0;           // free slots downstream (mesh ports only) [flits]
    std::uint32_t owner = ~0u;           // input port whose packet holds this channel (wormhole)
    Cycle link_free_at = 0;              // physical networks: next cycle this class's link is free
  };
  struct OutputPort {
    std::array<OutputChannel, kMessageClasses> channel;
    Cycle link_free_at = 0;  // virtual channels: next cycle the shared link is free
  };

  // Throws the InternalError of a broken arrival on `port`: a buffer overflow, or out of order.
  [[noreturn]] void fail_accept(std::uint32_t port, bool overflow) const;
  [[noreturn]] void fail_credit_order() const;  // the InternalError of add_credit
  // Turns every pending credit that has arrived by `now` into a usable one.
  void absorb_credits(Cycle now);
  // The next cycle evaluate() could change something, computed at the end of evaluate(now).
  Cycle sleep_until(Cycle now, Mesh& mesh) const;
  std::uint32_t route_head(std::uint32_t in, const Flit& f) const;
  std::uint32_t route_multicast(std::uint32_t in, const Flit& f) const;  // route_head's key lookup
  bool can_take(std::uint32_t out, std::uint32_t in, std::uint32_t cls, const Flit& f) const;
  bool arbitrate(std::uint32_t out, std::uint32_t cls_lo, std::uint32_t cls_hi, Cycle now,
                 Mesh& mesh);
  // Every wanted output (bit per port) grants one of the candidates_; true when a flit moved.
  bool arbitrate_all(std::uint32_t wanted, Cycle now, Mesh& mesh);
  // The arbiter and the link-free cycle that govern class `cls` on output `out`: one per class
  // with physical message networks, one shared by the classes otherwise.
  Arbiter& arbiter_for(std::uint32_t out, std::uint32_t cls) {
    return arbiters_[params_.message_networks == MessageNetworks::Physical
                         ? out * kMessageClasses + cls
                         : out];
  }
  Cycle link_free_at(std::uint32_t out, std::uint32_t cls) const {
    return params_.message_networks == MessageNetworks::Physical
               ? outputs_[out].channel[cls].link_free_at
               : outputs_[out].link_free_at;
  }
  // arbitrate() when input `in`'s front flit (class `cls`) is the only candidate and wants only
  // `out`: true when it moved.
  bool move_alone(std::uint32_t in, std::uint32_t cls, std::uint32_t out, Cycle now,
                  Mesh& mesh);
  void send(std::uint32_t in, std::uint32_t cls, std::uint32_t out, Cycle now,
            Mesh& mesh);
  // The link part of send(): `f` (the queued flit itself for its last branch, else a copy) takes
  // output `out`, updating its hop counts.
  void send_out(Flit& f, std::uint32_t in, std::uint32_t cls, std::uint32_t out, Cycle now,
                Mesh& mesh);
  Cycle link_cycles(std::uint32_t out) const;
  static std::uint32_t queue_bit(std::uint32_t port, std::uint32_t cls) {
    return port * kMessageClasses + cls;
  }

  std::uint32_t index_;
  TileCoord position_;
  const NocParams& params_;
  std::array<bool, 4> inter_chip_{};
  const MulticastTable* table_ = nullptr;
  std::vector<std::array<InputQueue, kMessageClasses>> inputs_;
  std::vector<OutputPort> outputs_;
  std::vector<Arbiter> arbiters_;  // per (output, class) with physical networks, per output with VCs
  std::vector<ArbiterRequest> requests_;  // scratch (only when two or more inputs compete)
  // Scratch of evaluate(): per class, a bit per input port whose routed front flit is ready and
  // still has outputs to take (visited in port order).
  std::array<std::uint32_t, kMessageClasses> candidates_{};
  std::uint64_t occupied_ = 0;  // bit queue_bit(port, class) set while that input queue is not empty
  std::vector<Cycle> front_at_;  // per queue_bit: when its front flit is visible (kNever: empty)
  // Credits on their way back, every channel in one queue: each returns credit_return_cycles
  // after a downstream router frees a slot, and routers are evaluated in cycle order, so they
  // arrive in the order they were sent (add_credit checks it).
  struct PendingCredit {
    Cycle arrival;          // usable from this cycle on
    std::uint32_t channel;  // port x classes + class
  };
  RingQueue<PendingCredit> pending_credits_;
  Cycle next_credit_at_ = kNever;  // arrival of pending_credits_'s front [cycle]
  Cycle last_evaluated_ = kNever;
  Cycle blocked_since_ = kNever;   // first cycle of the current run of evaluations that moved nothing
  std::uint32_t stalled_ = 0;      // ready flits that could not move at last_evaluated_ [flits]
  Cycle wake_at_ = kNever;         // next_wake(last_evaluated_) when stalled_ != 0
  RouterCounters counters_;
};

}  // namespace nm
