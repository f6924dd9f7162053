// Event-driven evaluation (routers run only when they have work) must give exactly the results
// of lockstep evaluation (every router every cycle), and everything injected must come out.
#include <gtest/gtest.h>

#include <algorithm>

#include "common/rng.h"
#include "mesh_fixture.h"

namespace nm::test {
namespace {

struct Outcome {
  std::vector<std::pair<Cycle, CoreId>> deliveries;  // (arrival, dst core), in sink order sorted
  MeshStats stats;
  std::vector<RouterCounters> routers;
  std::uint64_t evaluations;
};

Outcome run_uniform_traffic(bool lockstep, std::uint32_t flits, std::uint64_t seed,
                            const NocParams& p = test_noc_params()) {
  Mesh mesh(4, 4, 2, p);
  RecordingSink sink;
  mesh.set_sink(&sink);
  EventDriver driver(mesh, lockstep);
  Rng rng(seed);
  const std::uint32_t cores = 32;
  for (std::uint32_t i = 0; i < flits; ++i) {
    const auto src = static_cast<CoreId>(rng.below(cores));
    const auto dst = static_cast<CoreId>(rng.below(cores));
    mesh.inject(src, dst, i, i, static_cast<Cycle>(i / 4));
  }
  driver.run_until_drained(0, 1000000);
  Outcome o;
  for (const auto& d : sink.log) o.deliveries.push_back({d.arrival, d.flit.dst_core});
  std::sort(o.deliveries.begin(), o.deliveries.end());
  o.stats = mesh.stats();
  for (std::uint32_t r = 0; r < mesh.router_count(); ++r) o.routers.push_back(mesh.router(r).counters());
  o.evaluations = driver.evaluations();
  return o;
}

void expect_same_outcome(const Outcome& ev, const Outcome& ls) {
  EXPECT_EQ(ev.deliveries, ls.deliveries);
  EXPECT_EQ(ev.stats.latency_sum, ls.stats.latency_sum);
  EXPECT_EQ(ev.stats.latency_max, ls.stats.latency_max);
  EXPECT_EQ(ev.stats.last_delivery, ls.stats.last_delivery);
  ASSERT_EQ(ev.routers.size(), ls.routers.size());
  for (std::size_t r = 0; r < ev.routers.size(); ++r) {
    EXPECT_EQ(ev.routers[r].flits_east_west, ls.routers[r].flits_east_west);
    EXPECT_EQ(ev.routers[r].flits_north_south, ls.routers[r].flits_north_south);
    EXPECT_EQ(ev.routers[r].stall_cycles, ls.routers[r].stall_cycles) << "router " << r;
    EXPECT_EQ(ev.routers[r].buffer_flit_cycles, ls.routers[r].buffer_flit_cycles);
    EXPECT_EQ(ev.routers[r].max_buffer_occupancy, ls.routers[r].max_buffer_occupancy);
  }
}

TEST(EventDriver, EventModeMatchesLockstepExactly) {
  const Outcome ev = run_uniform_traffic(false, 2000, 11);
  const Outcome ls = run_uniform_traffic(true, 2000, 11);
  expect_same_outcome(ev, ls);
  EXPECT_LT(ev.evaluations, ls.evaluations);  // event mode skips idle routers
}

TEST(EventDriver, EventModeMatchesLockstepWhenRoutersSleepThroughBusyLinksAndMissingCredits) {
  // Three cycles per flit and two-flit buffers: ready flits wait for links and credits, so
  // event-mode routers sleep through stalls that lockstep counts cycle by cycle.
  NocParams p = test_noc_params();
  p.link_cycles_per_flit = 3;
  p.buffer_depth_flits = 2;
  const Outcome ev = run_uniform_traffic(false, 3000, 5, p);
  const Outcome ls = run_uniform_traffic(true, 3000, 5, p);
  expect_same_outcome(ev, ls);
  std::uint64_t stalls = 0;
  for (const auto& r : ev.routers) stalls += r.stall_cycles;
  // Sleeping routers: 11,630 evaluations for 36,910 stall cycles here; polling every cycle a
  // flit waits took 16,141.
  EXPECT_LT(ev.evaluations * 3, stalls);
}

TEST(EventDriver, EverythingInjectedIsDeliveredAfterDrain) {
  const Outcome o = run_uniform_traffic(false, 5000, 3);
  EXPECT_EQ(o.stats.injected, 5000u);
  EXPECT_EQ(o.stats.delivered, 5000u);
  EXPECT_EQ(o.deliveries.size(), 5000u);
  std::uint64_t injected = 0, ejected = 0;
  for (const auto& r : o.routers) {
    injected += r.flits_injected;
    ejected += r.flits_ejected;
  }
  EXPECT_EQ(injected, 5000u);
  EXPECT_EQ(ejected, 5000u);
}

TEST(EventDriver, IdleMeshIsNeverEvaluated) {
  NocParams p = test_noc_params();
  Mesh mesh(8, 8, 1, p);
  EventDriver driver(mesh, false);
  driver.run_until_drained(0, 1000000);
  EXPECT_EQ(driver.evaluations(), 0u);
}

}  // namespace
}  // namespace nm::test
