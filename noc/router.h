// One mesh router as a plain C++ model. Input buffers on the four mesh ports hold at most
// buffer_depth_flits flits, guarded by credit-based flow control: the upstream router sends only
// when it holds a credit, and gets it back credit_return_cycles after the flit leaves the buffer.
// Local (injection) ports are the cores' unbounded output queues. Each output port grants one
// input per link_cycles_per_flit cycles (local outputs: one per cycle), round-robin among the
// inputs whose head flit routes to it.
//
// Evaluate-then-commit is structural: everything evaluate(now) sends arrives at cycle now + 1 or
// later (hop latencies and credit return are at least one cycle), and evaluate(now) reads only
// what arrived at or before now, so the order in which routers are evaluated within one cycle
// cannot change any result.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include "common/types.h"
#include "noc/flit.h"
#include "noc/noc_params.h"
#include "noc/router_counters.h"

namespace nm {

// What a router hands its surroundings (implemented by Mesh).
class RouterEnvironment {
 public:
  virtual ~RouterEnvironment() = default;
  // `flit` leaves router `from` by mesh port `out`; it reaches the neighbour at `arrival`.
  virtual void forward(std::uint32_t from, std::uint32_t out, const Flit& flit, Cycle arrival) = 0;
  // A slot of router `at`'s input buffer on mesh port `in` was freed; the upstream gets the
  // credit at `arrival`.
  virtual void release_credit(std::uint32_t at, std::uint32_t in, Cycle arrival) = 0;
  // `flit` leaves router `at` by local port `local`; the core has it at `arrival`.
  virtual void eject(std::uint32_t at, std::uint32_t local, const Flit& flit, Cycle arrival) = 0;
};

class Router {
 public:
  Router(std::uint32_t index, TileCoord position, std::uint32_t local_ports,
         const NocParams& params);

  std::uint32_t index() const { return index_; }
  TileCoord position() const { return position_; }

  // Flit arriving on input `port` (mesh or local), visible from `arrival` on.
  void accept(std::uint32_t port, const Flit& flit, Cycle arrival);
  // A credit for output mesh port `port`, usable from `arrival` on.
  void add_credit(std::uint32_t port, Cycle arrival);

  // One cycle of work: absorb credits, arbitrate every output, move granted flits.
  // Calling it twice for the same cycle does nothing the second time.
  void evaluate(Cycle now, RouterEnvironment& env);
  // The next cycle after `now` at which evaluate() could change something (kNever if idle).
  Cycle next_wake(Cycle now) const;

  bool empty() const;
  Cycle last_evaluated() const { return last_evaluated_; }
  std::uint32_t buffered(std::uint32_t port) const;  // flits queued on an input port
  std::uint32_t credits(std::uint32_t port) const { return outputs_[port].credits; }
  const RouterCounters& counters() const { return counters_; }

 private:
  struct InputPort {
    std::deque<TimedFlit> queue;
  };
  struct OutputPort {
    std::uint32_t credits = 0;        // free slots downstream (mesh ports only)
    std::deque<Cycle> pending_credits;  // credits on their way back, by arrival
    Cycle link_free_at = 0;           // first cycle the link takes another flit
    std::uint32_t round_robin = 0;    // input port that gets priority next
  };

  std::uint32_t port_count() const { return static_cast<std::uint32_t>(inputs_.size()); }
  bool head_ready(std::uint32_t in, Cycle now) const;
  void send(std::uint32_t in, std::uint32_t out, Cycle now, RouterEnvironment& env);

  std::uint32_t index_;
  TileCoord position_;
  const NocParams& params_;
  std::vector<InputPort> inputs_;
  std::vector<OutputPort> outputs_;
  std::vector<std::uint32_t> wanted_;  // per input: output its ready head wants, or none
  Cycle last_evaluated_ = kNever;
  RouterCounters counters_;
};

}  // namespace nm
