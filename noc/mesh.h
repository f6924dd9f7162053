// The mesh as a plain C++ model: width x height routers, each with `local_ports` cores, wired
// to their neighbours. It moves flits between routers, keeps the credits, counts what is in
// flight, keeps delivery statistics, runs the deadlock watchdog and hands delivered flits to a
// DeliverySink. It never decides *when* a router runs: it asks a WakeScheduler to evaluate a
// router at a given cycle (the SystemC modules, or the plain EventDriver used by tests and
// NoC-only studies).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <exception>
#include <vector>

#include "common/types.h"
#include "noc/flit.h"
#include "noc/latency_histogram.h"
#include "noc/multicast_table.h"
#include "noc/noc_params.h"
#include "noc/packet_format.h"
#include "noc/router.h"
#include "noc/routing.h"

namespace nm {

class WakeScheduler {
 public:
  virtual ~WakeScheduler() = default;
  // Router `router` must be evaluated at cycle `at` (>= the current cycle).
  virtual void wake(std::uint32_t router, Cycle at) = 0;
};

class DeliverySink {
 public:
  virtual ~DeliverySink() = default;
  // `flit` reached its destination core (flit.dst_core) at cycle `arrival`.
  virtual void deliver(const Flit& flit, Cycle arrival) = 0;
  // The last flit in flight has left the routers (its delivery cycle is already known).
  virtual void drained() {}
};

// Whole-mesh delivery statistics. A packet counts once its tail reaches a core (a multicast
// packet once per destination core).
struct MeshStats {
  std::uint64_t injected = 0;            // flits handed to routers by cores [flits]
  std::uint64_t delivered = 0;           // flits that reached a core (multicast: per copy) [flits]
  std::uint64_t packets_injected = 0;    // packets handed to routers [packets]
  std::uint64_t packets_delivered = 0;   // packet tails that reached a core [packets]
  std::uint64_t latency_sum = 0;         // sum of (tail delivery - emit) [cycles]
  Cycle latency_max = 0;                 // largest (tail delivery - emit) [cycles]
  Cycle last_delivery = 0;               // latest delivery cycle so far [cycle]
  std::uint64_t hops_sum = 0;            // sum of hops taken by delivered packets [hops]
  std::uint32_t hops_max = 0;            // most hops taken by one delivered packet [hops]
  LatencyHistogram latency;              // tail delivery - emit, per delivered packet [cycles]
};

class Mesh {
 public:
  Mesh(std::uint32_t width, std::uint32_t height, std::uint32_t local_ports,
       const NocParams& params);

  void set_scheduler(WakeScheduler* s) { scheduler_ = s; }
  void set_sink(DeliverySink* s) { sink_ = s; }
  // Installs one multicast table per router (row-major); routers keep pointers into them.
  void set_multicast_tables(std::vector<MulticastTable> tables);
  const std::vector<MulticastTable>& multicast_tables() const { return tables_; }

  std::uint32_t width() const { return width_; }
  std::uint32_t height() const { return height_; }
  std::uint32_t local_ports() const { return local_ports_; }
  std::uint32_t router_count() const { return static_cast<std::uint32_t>(routers_.size()); }
  std::uint32_t core_count() const { return router_count() * local_ports_; }
  Router& router(std::uint32_t i) { return routers_[i]; }
  const Router& router(std::uint32_t i) const { return routers_[i]; }
  const NocParams& params() const { return params_; }

  TileCoord tile_of_core(CoreId core) const;
  std::uint32_t router_of_core(CoreId core) const { return core / local_ports_; }

  // A core hands a unicast spike packet to its router at emit_cycle. With the relative packet
  // format, throws UserError when the destination is out of reach.
  void inject(CoreId src_core, CoreId dst_core, std::uint32_t dst_axon, NeuronId src_neuron,
              Cycle emit_cycle);
  // inject() for each of one core's unicast spike packets of a step, in emit order (each
  // element has dst_core, dst_axon, src_neuron and emit_cycle; emit cycles never decrease): the
  // same flits, counts and wake, with the per-core work done once.
  template <typename Packets>
  void inject_all(CoreId src_core, const Packets& packets);
  // A core hands one multicast spike packet, routed by key `src_neuron`, to its router.
  void inject_multicast(CoreId src_core, NeuronId src_neuron, Cycle emit_cycle);
  // A management packet of `flits` flits (head, bodies, tail; >= 1) from `src_core` to
  // `dst_core`; read responses ride the response class, everything else the request class.
  // Returns the packet id.
  std::uint64_t inject_packet(CoreId src_core, CoreId dst_core, PacketKind kind,
                              std::uint16_t flits, Cycle emit_cycle);

  // A user-visible failure (DeadlockError, an unreachable relative destination) raised where
  // it cannot propagate (inside a SystemC process): kept here for the caller to rethrow.
  void set_fault(std::exception_ptr e) { if (!fault_) fault_ = std::move(e); }
  std::exception_ptr fault() const { return fault_; }

  std::uint64_t in_flight() const { return in_flight_; }  // flits in router queues or on links
  const MeshStats& stats() const { return stats_; }

  // What routers hand their surroundings (called directly: inline, once per hop).
  // `flit` leaves router `from` by mesh port `out`; it reaches the neighbour at `arrival`.
  void forward(std::uint32_t from, std::uint32_t out, const Flit& flit, Cycle arrival) {
    const std::uint32_t to = neighbour(from, out);
    const Cycle ready = routers_[to].accept(opposite(out), flit, arrival);
    ++in_flight_;
    if (scheduler_) scheduler_->wake(to, ready);
  }
  // A flit left router `at`'s input queue on port `in`, class `cls`, for good (every branch
  // sent). For a mesh port the upstream gets the freed slot's credit at `credit_arrival`.
  void freed(std::uint32_t at, std::uint32_t in, std::uint32_t cls, Cycle credit_arrival) {
    if (!is_local_port(in)) {
      const std::uint32_t up = neighbour(at, in);
      if (routers_[up].add_credit(opposite(in), cls, credit_arrival) && scheduler_)
        scheduler_->wake(up, credit_arrival);
    }
    last_progress_ = std::max(last_progress_, credit_arrival - params_.credit_return_cycles);
    --in_flight_;
    if (in_flight_ == 0 && sink_) sink_->drained();
  }
  // `flit` leaves router `at` by local port `local`; the core has it at `arrival`.
  void eject(std::uint32_t at, std::uint32_t local, const Flit& flit, Cycle arrival);
  // Router `at` had ready flits at `now` and has moved none since `since`: throws
  // DeadlockError when no flit anywhere has moved for noc.watchdog_cycles.
  void blocked(std::uint32_t at, Cycle since, Cycle now);
  // The earliest cycle at which blocked(at, since, now) could act (kNever: never), so that a
  // blocked router may sleep until then instead of reporting every cycle.
  Cycle watchdog_deadline(Cycle since) const;

 private:
  std::uint32_t neighbour(std::uint32_t router, std::uint32_t direction) const {
    if (direction < kMeshPorts && neighbours_[router][direction] != kNoNeighbour)
      return neighbours_[router][direction];
    no_neighbour(router, direction);
  }
  [[noreturn]] void no_neighbour(std::uint32_t router, std::uint32_t direction) const;
  void accept_local(CoreId src_core, const Flit& f);
  void check_core(CoreId core) const {  // InternalError when `core` is not on the mesh
    if (core >= core_count()) no_core(core);
  }
  [[noreturn]] void no_core(CoreId core) const;
  // A unicast flit from `src_core` (on tile `src_tile`) to `dst_core`, not yet injected.
  Flit unicast_flit(CoreId src_core, TileCoord src_tile, CoreId dst_core, Cycle emit_cycle) {
    check_core(dst_core);
    Flit f;
    f.src_core = src_core;
    f.dst_core = dst_core;
    f.dst_tile = routers_[router_of_core(dst_core)].position();
    f.dst_local = dst_core % local_ports_;
    f.emit_cycle = emit_cycle;
    f.packet = next_packet_++;
    if (params_.packet_format == PacketFormat::Relative)
      encode_relative(f, src_tile, f.dst_tile, params_);
    return f;
  }

  std::uint32_t width_, height_, local_ports_;
  NocParams params_;
  std::vector<Router> routers_;  // row-major
  static constexpr std::uint32_t kNoNeighbour = ~0u;
  std::vector<std::array<std::uint32_t, 4>> neighbours_;  // per router, by mesh direction
  std::vector<MulticastTable> tables_;
  WakeScheduler* scheduler_ = nullptr;
  DeliverySink* sink_ = nullptr;
  std::uint64_t in_flight_ = 0;
  std::uint64_t next_packet_ = 0;
  Cycle last_progress_ = 0;  // latest cycle at which some flit moved
  MeshStats stats_;
  std::exception_ptr fault_;
};

template <typename Packets>
void Mesh::inject_all(CoreId src_core, const Packets& packets) {
  if (packets.empty()) return;
  check_core(src_core);
  const std::uint32_t r = router_of_core(src_core);
  Router& router = routers_[r];
  const std::uint32_t port = kLocalPortBase + src_core % local_ports_;
  Cycle first_ready = kNever;
  for (const auto& p : packets) {
    Flit f = unicast_flit(src_core, router.position(), p.dst_core, p.emit_cycle);
    f.dst_axon = p.dst_axon;
    f.src_neuron = p.src_neuron;
    const Cycle ready = router.accept(port, f, f.emit_cycle);
    if (first_ready == kNever) first_ready = ready;
  }
  in_flight_ += packets.size();
  stats_.injected += packets.size();
  stats_.packets_injected += packets.size();
  if (scheduler_) scheduler_->wake(r, first_ready);  // the earliest: later ones add nothing
}

}  // namespace nm
