// The mesh against theory: zero-load latency, XY paths, conservation, credits and buffer bounds,
// and identical results in event-driven and lockstep evaluation.
#include <gtest/gtest.h>

#include <cstdlib>

#include "common/rng.h"
#include "mesh_fixture.h"
#include "noc/routing.h"

namespace nm::test {
namespace {

TEST_F(MeshTest, ZeroLoadLatencyIsHopsTimesHopLatencyPlusDelivery) {
  const NocParams p = test_noc_params();
  for (int dx = 0; dx < 4; ++dx) {
    for (int dy = 0; dy < 4; ++dy) {
      for (int dir = 0; dir < 4; ++dir) {
        build(4, 4, 1, p);
        sink_.log.clear();
        // Source at a corner so every direction mix is reachable.
        const int sx = (dir & 1) ? 3 : 0, sy = (dir & 2) ? 3 : 0;
        const int tx = (dir & 1) ? sx - dx : sx + dx, ty = (dir & 2) ? sy - dy : sy + dy;
        mesh_->inject(core_at(sx, sy), core_at(tx, ty), 0, 0, 100);
        driver_->run_until_drained(100, 10000);
        ASSERT_EQ(sink_.log.size(), 1u);
        const Cycle expected = 100 + static_cast<Cycle>(dx) * p.hop_east_west_cycles +
                               static_cast<Cycle>(dy) * p.hop_north_south_cycles +
                               p.local_delivery_cycles;
        EXPECT_EQ(sink_.log[0].arrival, expected) << "dx=" << dx << " dy=" << dy << " dir=" << dir;
        EXPECT_EQ(sink_.log[0].flit.hops_east_west, dx);
        EXPECT_EQ(sink_.log[0].flit.hops_north_south, dy);
      }
    }
  }
}

TEST_F(MeshTest, XyRoutingCorrectsXBeforeY) {
  build(4, 4, 1, test_noc_params());
  mesh_->inject(core_at(0, 0), core_at(2, 3), 0, 0, 0);
  driver_->run_until_drained(0, 10000);
  // East hops happen at routers (0,0) and (1,0); north hops at (2,0), (2,1), (2,2).
  auto r = [&](int x, int y) -> const RouterCounters& {
    return mesh_->router(static_cast<std::uint32_t>(y * 4 + x)).counters();
  };
  EXPECT_EQ(r(0, 0).flits_east_west, 1u);
  EXPECT_EQ(r(1, 0).flits_east_west, 1u);
  EXPECT_EQ(r(2, 0).flits_north_south, 1u);
  EXPECT_EQ(r(2, 1).flits_north_south, 1u);
  EXPECT_EQ(r(2, 2).flits_north_south, 1u);
  EXPECT_EQ(r(0, 1).flits_north_south, 0u);  // the YX path is not taken
  EXPECT_EQ(r(2, 3).flits_ejected, 1u);
}

TEST_F(MeshTest, YxRoutingCorrectsYBeforeX) {
  NocParams p = test_noc_params();
  p.routing = RoutingAlgorithm::YX;
  build(4, 4, 1, p);
  mesh_->inject(core_at(0, 0), core_at(2, 3), 0, 0, 0);
  driver_->run_until_drained(0, 10000);
  EXPECT_EQ(mesh_->router(0).counters().flits_north_south, 1u);
  EXPECT_EQ(mesh_->router(12).counters().flits_east_west, 1u);  // (0,3)
}

TEST_F(MeshTest, LocalPortTakesOneFlitPerCycle) {
  build(1, 1, 2, test_noc_params());
  for (int i = 0; i < 3; ++i) mesh_->inject(core_at(0, 0, 0), core_at(0, 0, 1), 0, 0, 10);
  driver_->run_until_drained(10, 1000);
  ASSERT_EQ(sink_.log.size(), 3u);
  EXPECT_EQ(sink_.log[0].arrival, 13u);
  EXPECT_EQ(sink_.log[1].arrival, 14u);
  EXPECT_EQ(sink_.log[2].arrival, 15u);
}

TEST_F(MeshTest, InjectAllDeliversAsInjectingEachPacketWhenACoreSendsManyPackets) {
  struct Packet {
    CoreId dst_core;
    std::uint32_t dst_axon;
    NeuronId src_neuron;
    Cycle emit_cycle;
  };
  std::vector<Delivery> one_by_one;
  for (const bool batch : {false, true}) {
    build(3, 2, 2, test_noc_params());
    sink_.log.clear();
    const std::vector<Packet> packets = {{core_at(2, 1, 1), 5, 7, 10},
                                         {core_at(0, 0, 1), 6, 7, 10},
                                         {core_at(2, 0, 0), 7, 8, 12},
                                         {core_at(1, 1, 0), 8, 9, 15}};
    if (batch) {
      mesh_->inject_all(core_at(0, 0), packets);
    } else {
      for (const Packet& p : packets)
        mesh_->inject(core_at(0, 0), p.dst_core, p.dst_axon, p.src_neuron, p.emit_cycle);
    }
    EXPECT_EQ(mesh_->stats().packets_injected, 4u);
    driver_->run_until_drained(10, 10000);
    ASSERT_EQ(sink_.log.size(), 4u);
    if (!batch) {
      one_by_one = sink_.log;
      continue;
    }
    for (std::size_t i = 0; i < 4; ++i) {
      EXPECT_EQ(sink_.log[i].arrival, one_by_one[i].arrival);
      EXPECT_EQ(sink_.log[i].flit.packet, one_by_one[i].flit.packet);
      EXPECT_EQ(sink_.log[i].flit.dst_axon, one_by_one[i].flit.dst_axon);
      EXPECT_EQ(sink_.log[i].flit.dst_core, one_by_one[i].flit.dst_core);
    }
  }
}

TEST_F(MeshTest, LinkSerialisesFlitsByItsCyclesPerFlit) {
  NocParams p = test_noc_params();
  p.link_cycles_per_flit = 3;
  p.buffer_depth_flits = 8;
  build(2, 1, 1, p);
  for (int i = 0; i < 3; ++i) mesh_->inject(core_at(0, 0), core_at(1, 0), 0, 0, 0);
  driver_->run_until_drained(0, 1000);
  ASSERT_EQ(sink_.log.size(), 3u);
  EXPECT_EQ(sink_.log[0].arrival, 0u + 4 + 3);
  EXPECT_EQ(sink_.log[1].arrival, 3u + 4 + 3);
  EXPECT_EQ(sink_.log[2].arrival, 6u + 4 + 3);
}

// Drives heavy random traffic cycle by cycle and checks the flow-control invariants each cycle.
TEST_F(MeshTest, CreditsNeverNegativeAndBuffersNeverAboveDepthUnderHotspot) {
  NocParams p = test_noc_params();
  p.buffer_depth_flits = 2;
  build(3, 3, 2, p);
  Rng rng(5);
  for (int i = 0; i < 400; ++i) {
    const CoreId src = static_cast<CoreId>(rng.below(18));
    mesh_->inject(src, core_at(1, 1, 0), 0, 0, static_cast<Cycle>(i / 8));
  }
  Cycle now = 0;
  while (mesh_->in_flight() > 0 && now < 100000) {
    for (std::uint32_t r = 0; r < mesh_->router_count(); ++r) {
      mesh_->router(r).evaluate(now, *mesh_);
      for (std::uint32_t port = 0; port < kMeshPorts; ++port) {
        ASSERT_LE(mesh_->router(r).buffered(port), p.buffer_depth_flits);
        ASSERT_LE(mesh_->router(r).credits(port), p.buffer_depth_flits);
      }
    }
    ++now;
  }
  EXPECT_EQ(mesh_->in_flight(), 0u);
  EXPECT_EQ(sink_.log.size(), 400u);
  std::uint64_t stalls = 0;
  for (std::uint32_t r = 0; r < mesh_->router_count(); ++r) {
    stalls += mesh_->router(r).counters().stall_cycles;
  }
  EXPECT_GT(stalls, 0u);  // a hotspot this hot must back up
}

}  // namespace
}  // namespace nm::test
