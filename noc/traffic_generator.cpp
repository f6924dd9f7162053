#include "noc/traffic_generator.h"

#include <cmath>
#include <queue>
#include <vector>

#include "common/errors.h"
#include "common/rng.h"
#include "noc/event_driver.h"
#include "noc/mesh.h"

namespace nm {

namespace {

struct Pending {
  Cycle at;
  CoreId src;
  CoreId dst;  // responses only
  bool operator>(const Pending& o) const { return at != o.at ? at > o.at : src > o.src; }
};
using PendingQueue = std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>>;

void check(const TrafficOptions& o) {
  if (!(o.rate >= 0.0 && o.rate <= 1.0)) throw UserError("--rate must be between 0 and 1");
  if (o.cycles == 0) throw UserError("--cycles must be at least 1");
  if (o.warmup >= o.cycles) throw UserError("--warmup must be less than --cycles");
  if (!(o.management_fraction >= 0.0 && o.management_fraction <= 1.0))
    throw UserError("--management-fraction must be between 0 and 1");
  if (o.packet_flits < 1) throw UserError("--packet-flits must be at least 1");
}

// Collects deliveries: latency of measured packets, accepted flits, read requests to answer.
class Collector : public DeliverySink {
 public:
  Collector(const TrafficOptions& o, TrafficResult& r, PendingQueue& responses)
      : o_(o), r_(r), responses_(responses) {}
  void deliver(const Flit& f, Cycle arrival) override {
    ++r_.flits_delivered;
    if (arrival >= o_.warmup && arrival < o_.cycles) ++accepted_;
    if (!f.tail) return;
    if (f.emit_cycle >= o_.warmup && f.emit_cycle < o_.cycles) r_.latency.add(arrival - f.emit_cycle);
    if (f.kind == PacketKind::ReadRequest) responses_.push({arrival, f.dst_core, f.src_core});
    if (f.kind == PacketKind::ReadResponse) ++r_.read_responses;
  }
  std::uint64_t accepted() const { return accepted_; }

 private:
  const TrafficOptions& o_;
  TrafficResult& r_;
  PendingQueue& responses_;
  std::uint64_t accepted_ = 0;
};

// Cycles to the next packet of a Bernoulli(rate) process: 1 + a geometric number of misses.
Cycle gap(Rng& rng, double rate) {
  if (rate >= 1.0) return 1;
  const double u = 1.0 - rng.uniform();  // (0, 1]
  return 1 + static_cast<Cycle>(std::floor(std::log(u) / std::log1p(-rate)));
}

}  // namespace

TrafficResult run_traffic(const NocParams& params, const MeshShape& shape,
                          const TrafficOptions& o) {
  check(o);
  params.validate();
  const TrafficDestinations pattern(o.pattern, shape, o.hotspot_fraction);
  Mesh mesh(shape.width, shape.height, shape.local_ports, params);
  EventDriver driver(mesh, o.lockstep);
  TrafficResult r;
  PendingQueue creations, responses;
  Collector collector(o, r, responses);
  mesh.set_sink(&collector);

  const std::uint32_t nodes = pattern.nodes();
  std::vector<Rng> rngs;
  rngs.reserve(nodes);
  for (CoreId n = 0; n < nodes; ++n) {
    rngs.emplace_back(o.seed, "noc.node_" + std::to_string(n));
    if (o.rate > 0.0) {
      const Cycle first = gap(rngs[n], o.rate) - 1;
      if (first < o.cycles) creations.push({first, n, 0});
    }
  }
  std::uint64_t offered = 0;
  // Responses created while routers run [cur, end) arrive at end or later when
  // end - cur <= local_delivery_cycles, so every injection happens exactly at its cycle.
  const Cycle chunk = o.management_fraction > 0.0 ? params.local_delivery_cycles : kNever;
  Cycle cur = 0;
  for (;;) {
    const Cycle next = std::min(creations.empty() ? kNever : creations.top().at,
                                responses.empty() ? kNever : responses.top().at);
    if (next == kNever && mesh.in_flight() == 0) break;
    const Cycle end = std::min(next, chunk == kNever ? kNever : cur + chunk);
    if (end == kNever) {  // nothing left to inject: drain
      r.drained_cycle = driver.run_until_drained(cur, kNever - cur - 1);
      break;
    }
    if (end > cur) driver.run_until(cur, end);
    cur = std::max(cur, end);
    while (!responses.empty() && responses.top().at == cur) {
      const Pending p = responses.top();
      responses.pop();
      mesh.inject_packet(p.src, p.dst, PacketKind::ReadResponse, o.packet_flits, cur);
    }
    while (!creations.empty() && creations.top().at == cur) {
      const CoreId src = creations.top().src;
      creations.pop();
      Rng& rng = rngs[src];
      const CoreId dst = pattern.destination(src, rng);
      std::uint16_t flits = 1;
      if (o.management_fraction > 0.0 && rng.bernoulli(o.management_fraction)) {
        const bool read = rng.bernoulli(0.5);
        flits = read ? 2 : o.packet_flits;
        mesh.inject_packet(src, dst, read ? PacketKind::ReadRequest : PacketKind::WriteRequest,
                           flits, cur);
      } else {
        mesh.inject(src, dst, 0, src, cur);
      }
      ++r.packets_created;
      if (cur >= o.warmup) offered += flits;
      const Cycle at = cur + gap(rng, o.rate);
      if (at < o.cycles) creations.push({at, src, 0});
    }
  }
  const double window = static_cast<double>(nodes) * static_cast<double>(o.cycles - o.warmup);
  r.offered_flits_per_node_cycle = static_cast<double>(offered) / window;
  r.accepted_flits_per_node_cycle = static_cast<double>(collector.accepted()) / window;
  r.flits_injected = mesh.stats().injected;
  r.router_evaluations = driver.evaluations();
  return r;
}

}  // namespace nm
