// The mesh as a plain C++ model: width x height routers, each with `local_ports` cores, wired
// to their neighbours. It moves flits between routers, keeps the credits, counts what is in
// flight and hands delivered flits to a DeliverySink. It never decides *when* a router runs:
// it asks a WakeScheduler to evaluate a router at a given cycle (the SystemC modules, or the
// plain EventDriver used by tests and NoC-only studies).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "common/types.h"
#include "noc/flit.h"
#include "noc/noc_params.h"
#include "noc/router.h"

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
  // `flit` reached its destination core at cycle `arrival`.
  virtual void deliver(const Flit& flit, Cycle arrival) = 0;
  // The last flit in flight has left the routers (its delivery cycle is already known).
  virtual void drained() {}
};

// Whole-mesh delivery statistics.
struct MeshStats {
  std::uint64_t injected = 0;            // flits handed to routers by cores [flits]
  std::uint64_t delivered = 0;           // flits that reached their core [flits]
  std::uint64_t latency_sum = 0;         // sum of (delivery - emit) [cycles]
  Cycle latency_max = 0;                 // largest (delivery - emit) [cycles]
  Cycle last_delivery = 0;               // latest delivery cycle so far [cycle]
};

class Mesh : public RouterEnvironment {
 public:
  Mesh(std::uint32_t width, std::uint32_t height, std::uint32_t local_ports,
       const NocParams& params);

  void set_scheduler(WakeScheduler* s) { scheduler_ = s; }
  void set_sink(DeliverySink* s) { sink_ = s; }

  std::uint32_t width() const { return width_; }
  std::uint32_t height() const { return height_; }
  std::uint32_t local_ports() const { return local_ports_; }
  std::uint32_t router_count() const { return static_cast<std::uint32_t>(routers_.size()); }
  Router& router(std::uint32_t i) { return *routers_[i]; }
  const Router& router(std::uint32_t i) const { return *routers_[i]; }
  const NocParams& params() const { return params_; }

  TileCoord tile_of_core(CoreId core) const;
  std::uint32_t router_of_core(CoreId core) const { return core / local_ports_; }

  // A core hands a spike packet to its router at flit.emit_cycle (fills the routing fields).
  void inject(CoreId src_core, CoreId dst_core, std::uint32_t dst_axon, NeuronId src_neuron,
              Cycle emit_cycle);

  std::uint64_t in_flight() const { return in_flight_; }
  const MeshStats& stats() const { return stats_; }

  // RouterEnvironment
  void forward(std::uint32_t from, std::uint32_t out, const Flit& flit, Cycle arrival) override;
  void release_credit(std::uint32_t at, std::uint32_t in, Cycle arrival) override;
  void eject(std::uint32_t at, std::uint32_t local, const Flit& flit, Cycle arrival) override;

 private:
  std::uint32_t neighbour(std::uint32_t router, std::uint32_t direction) const;

  std::uint32_t width_, height_, local_ports_;
  NocParams params_;
  std::vector<std::unique_ptr<Router>> routers_;
  WakeScheduler* scheduler_ = nullptr;
  DeliverySink* sink_ = nullptr;
  std::uint64_t in_flight_ = 0;
  MeshStats stats_;
};

}  // namespace nm
