// Synthetic traffic against theory: saturation below the bisection bound, conservation after
// drain, event-driven = lockstep with management traffic, and exact latency percentiles.
#include <gtest/gtest.h>

#include "noc/latency_histogram.h"
#include "noc/traffic_generator.h"

namespace nm {
namespace {

NocParams one_cycle_mesh() {
  NocParams p;
  p.buffer_depth_flits = 4;
  p.link_cycles_per_flit = 1;
  p.hop_east_west_cycles = 1;
  p.hop_north_south_cycles = 1;
  p.local_delivery_cycles = 1;
  p.credit_return_cycles = 1;
  return p;
}

// Bisection bound for uniform random traffic on a k x k mesh with one node per router and links
// of one flit per cycle per direction: cut the mesh between columns k/2 - 1 and k/2. k links
// cross the cut in each direction, so at most k flits per cycle go west-to-east. Each of the
// k^2/2 nodes west of the cut sends a fraction 1/2 of its packets (destinations uniform over
// all k^2 nodes) east, so at injection rate r the load on the cut is k^2/2 * r * 1/2 = k^2 r / 4
// flits per cycle. k^2 r / 4 <= k gives r <= 4 / k: 0.5 flits/node/cycle for k = 8.
TEST(Traffic, UniformTrafficOnAn8x8XyMeshSaturatesBelowTheBisectionBound) {
  const double bound = 4.0 / 8;
  TrafficOptions o;
  o.cycles = 4000;
  o.warmup = 1000;
  o.rate = 0.9;  // far above the bound: what comes out is the saturation throughput
  const TrafficResult sat = run_traffic(one_cycle_mesh(), {8, 8, 1}, o);
  EXPECT_LT(sat.accepted_flits_per_node_cycle, bound);
  EXPECT_GT(sat.accepted_flits_per_node_cycle, 0.25);  // and not absurdly low
  o.rate = 0.1;  // well below saturation: everything offered is accepted
  const TrafficResult low = run_traffic(one_cycle_mesh(), {8, 8, 1}, o);
  EXPECT_NEAR(low.accepted_flits_per_node_cycle, low.offered_flits_per_node_cycle, 0.005);
  EXPECT_LT(low.latency.mean(), 10.0);
}

TEST(Traffic, EveryInjectedFlitIsDeliveredAfterDrainForEveryPattern) {
  for (const TrafficPattern pat : {TrafficPattern::Uniform, TrafficPattern::Transpose,
                                   TrafficPattern::BitComplement, TrafficPattern::Hotspot}) {
    TrafficOptions o;
    o.pattern = pat;
    o.rate = 0.3;
    o.cycles = 1500;
    o.warmup = 500;
    o.management_fraction = 0.2;
    const TrafficResult r = run_traffic(one_cycle_mesh(), {4, 4, 2}, o);
    EXPECT_GT(r.flits_injected, 0u);
    EXPECT_EQ(r.flits_injected, r.flits_delivered) << static_cast<int>(pat);
    EXPECT_GT(r.read_responses, 0u);
  }
}

TEST(Traffic, EventDrivenAndLockstepGiveIdenticalResultsWithManagementTraffic) {
  TrafficOptions o;
  o.rate = 0.25;
  o.cycles = 1200;
  o.warmup = 200;
  o.management_fraction = 0.3;
  NocParams p = one_cycle_mesh();
  p.hop_north_south_cycles = 3;
  p.router_pipeline_stages = 2;
  p.arbitration = Arbitration::Age;
  p.message_networks = MessageNetworks::VirtualChannel;
  const TrafficResult ev = run_traffic(p, {4, 4, 2}, o);
  o.lockstep = true;
  const TrafficResult ls = run_traffic(p, {4, 4, 2}, o);
  EXPECT_EQ(ev.latency.counts(), ls.latency.counts());
  EXPECT_EQ(ev.flits_delivered, ls.flits_delivered);
  EXPECT_EQ(ev.drained_cycle, ls.drained_cycle);
  EXPECT_EQ(ev.accepted_flits_per_node_cycle, ls.accepted_flits_per_node_cycle);
  EXPECT_LT(ev.router_evaluations, ls.router_evaluations);
}

TEST(Traffic, IdleMeshCostsNoRouterEvaluation) {
  TrafficOptions o;
  o.rate = 0.0;
  o.cycles = 1000000;
  o.warmup = 0;
  const TrafficResult r = run_traffic(one_cycle_mesh(), {64, 64, 1}, o);
  EXPECT_EQ(r.router_evaluations, 0u);
}

TEST(LatencyHistogram, GivesNearestRankPercentilesExactly) {
  LatencyHistogram h;
  for (Cycle c = 1; c <= 100; ++c) h.add(c);
  EXPECT_EQ(h.percentile(0.5), 50u);
  EXPECT_EQ(h.percentile(0.99), 99u);
  EXPECT_EQ(h.max(), 100u);
  EXPECT_DOUBLE_EQ(h.mean(), 50.5);
}

}  // namespace
}  // namespace nm
