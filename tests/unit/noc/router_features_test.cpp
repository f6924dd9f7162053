// Router features against hand-computed expectations: pipeline stages, west-first routing,
// arbitration policies, wormhole packets, message classes, inter-chip links, relative packets.
#include <gtest/gtest.h>

#include "common/errors.h"
#include "mesh_fixture.h"
#include "noc/arbiter.h"
#include "noc/routing.h"

namespace nm::test {
namespace {

TEST_F(MeshTest, ZeroLoadLatencyAddsExtraPipelineStagesAtEveryRouterTraversed) {
  NocParams p = test_noc_params();
  p.router_pipeline_stages = 3;
  for (int dx = 0; dx < 4; ++dx) {
    for (int dy = 0; dy < 4; ++dy) {
      build(4, 4, 1, p);
      sink_.log.clear();
      mesh_->inject(core_at(0, 0), core_at(dx, dy), 0, 0, 10);
      driver_->run_until_drained(10, 10000);
      ASSERT_EQ(sink_.log.size(), 1u);
      // hops + 1 routers traversed, each adding (stages - 1) cycles to the one-stage latency.
      const Cycle routers = static_cast<Cycle>(dx + dy + 1);
      const Cycle expected = 10 + static_cast<Cycle>(dx) * p.hop_east_west_cycles +
                             static_cast<Cycle>(dy) * p.hop_north_south_cycles +
                             p.local_delivery_cycles + routers * (p.router_pipeline_stages - 1);
      EXPECT_EQ(sink_.log[0].arrival, expected) << "dx=" << dx << " dy=" << dy;
    }
  }
}

TEST(Routing, WestFirstTakesEveryWestHopFirst) {
  EXPECT_EQ(route(RoutingAlgorithm::WestFirst, {3, 1}, {0, 3}, 0), kWest);
  EXPECT_EQ(route(RoutingAlgorithm::WestFirst, {0, 1}, {0, 3}, 0), kNorth);
}

TEST(Routing, WestFirstPicksTheOutputWithMoreCreditsAndEastOnATie) {
  const std::uint32_t tie[4] = {2, 2, 2, 2};
  const std::uint32_t north_freer[4] = {3, 0, 1, 0};
  EXPECT_EQ(route(RoutingAlgorithm::WestFirst, {0, 0}, {2, 2}, 0, tie), kEast);
  EXPECT_EQ(route(RoutingAlgorithm::WestFirst, {0, 0}, {2, 2}, 0, north_freer), kNorth);
}

TEST(Arbiter, RoundRobinRotatesPastTheLastWinner) {
  Arbiter a(Arbitration::RoundRobin, 4);
  const std::vector<ArbiterRequest> all = {{0, 5}, {1, 5}, {2, 5}, {3, 5}};
  EXPECT_EQ(a.grant(all), 0u);
  EXPECT_EQ(a.grant(all), 1u);
  EXPECT_EQ(a.grant(all), 2u);
  EXPECT_EQ(a.grant({{0, 5}, {1, 5}}), 0u);  // wraps past 3
}

TEST(Arbiter, AgeGrantsTheOldestPacketWhateverTheRotation) {
  Arbiter a(Arbitration::Age, 4);
  EXPECT_EQ(a.grant({{0, 9}, {1, 9}, {2, 3}}), 2u);
  EXPECT_EQ(a.grant({{0, 1}, {3, 2}}), 0u);  // rotation favours 3, age favours 0
}

TEST_F(MeshTest, AgeArbitrationLetsTheOlderPacketWinAtTheSharedOutput) {
  NocParams p = test_noc_params();
  p.arbitration = Arbitration::Age;
  build(3, 1, 1, p);
  // Both reach router 1 wanting east; the one emitted earlier at the far router is older.
  mesh_->inject(core_at(0, 0), core_at(2, 0), 0, 1, 0);   // arrives at router 1 at cycle 4
  mesh_->inject(core_at(1, 0), core_at(2, 0), 0, 2, 4);   // local at router 1 at cycle 4
  driver_->run_until_drained(0, 10000);
  ASSERT_EQ(sink_.log.size(), 2u);
  EXPECT_EQ(sink_.log[0].flit.src_neuron, 1u);  // emitted at 0: older, wins
}

TEST_F(MeshTest, WormholePacketArrivesFlitAfterFlitAndCountsOnceAtItsTail) {
  NocParams p = test_noc_params();
  p.buffer_depth_flits = 8;  // deeper than the credit round trip: one flit per cycle
  build(3, 1, 1, p);
  mesh_->inject_packet(core_at(0, 0), core_at(2, 0), PacketKind::WriteRequest, 4, 0);
  driver_->run_until_drained(0, 10000);
  ASSERT_EQ(sink_.log.size(), 4u);
  const Cycle head = 2 * p.hop_east_west_cycles + p.local_delivery_cycles;
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(sink_.log[i].arrival, head + i);  // one flit per cycle behind the head
    EXPECT_EQ(sink_.log[i].flit.head, i == 0);
    EXPECT_EQ(sink_.log[i].flit.tail, i == 3);
  }
  EXPECT_EQ(mesh_->stats().packets_delivered, 1u);
  EXPECT_EQ(mesh_->stats().latency_max, head + 3);
}

TEST_F(MeshTest, WormholeKeepsAPacketsFlitsTogetherWhenTwoPacketsShareAnOutput) {
  build(3, 2, 1, test_noc_params());
  mesh_->inject_packet(core_at(0, 0), core_at(2, 0), PacketKind::WriteRequest, 3, 0);
  mesh_->inject_packet(core_at(1, 1), core_at(2, 0), PacketKind::WriteRequest, 3, 0);
  driver_->run_until_drained(0, 10000);
  ASSERT_EQ(sink_.log.size(), 6u);
  for (std::size_t i = 0; i < 6; i += 3) {
    EXPECT_TRUE(sink_.log[i].flit.head);
    EXPECT_EQ(sink_.log[i + 1].flit.packet, sink_.log[i].flit.packet);
    EXPECT_EQ(sink_.log[i + 2].flit.packet, sink_.log[i].flit.packet);
    EXPECT_TRUE(sink_.log[i + 2].flit.tail);
  }
}

// A response and a request leave the same router by the same link in the same cycle: two
// physical networks carry both at once, virtual channels serialise them on the shared link.
Cycle second_arrival(MessageNetworks networks) {
  NocParams p = test_noc_params();
  p.message_networks = networks;
  p.link_cycles_per_flit = 5;
  Mesh mesh(2, 1, 1, p);
  RecordingSink sink;
  mesh.set_sink(&sink);
  EventDriver driver(mesh, false);
  mesh.inject_packet(0, 1, PacketKind::ReadRequest, 1, 0);
  mesh.inject_packet(0, 1, PacketKind::ReadResponse, 1, 0);
  driver.run_until_drained(0, 10000);
  return std::max(sink.log.at(0).arrival, sink.log.at(1).arrival);
}

TEST(MessageClasses, PhysicalNetworksCarryRequestAndResponseInParallel) {
  const NocParams p = test_noc_params();
  EXPECT_EQ(second_arrival(MessageNetworks::Physical),
            p.hop_east_west_cycles + p.local_delivery_cycles);
  EXPECT_EQ(second_arrival(MessageNetworks::VirtualChannel),
            5 + p.hop_east_west_cycles + p.local_delivery_cycles);
}

TEST_F(MeshTest, ResponsesPassWhileRequestBuffersAreFull) {
  NocParams p = test_noc_params();
  p.link_cycles_per_flit = 1;
  build(2, 1, 2, p);
  // Core 2 (tile 1, slot 0) receives a flood of requests; a response from the same source gets
  // its own buffers, so it is not queued behind them.
  for (int i = 0; i < 20; ++i) mesh_->inject_packet(core_at(0, 0), core_at(1, 0), PacketKind::WriteRequest, 4, 0);
  mesh_->inject_packet(core_at(0, 0, 1), core_at(1, 0, 1), PacketKind::ReadResponse, 1, 0);
  driver_->run_until_drained(0, 100000);
  for (const Delivery& d : sink_.log) {
    if (d.flit.kind == PacketKind::ReadResponse) {
      EXPECT_EQ(d.arrival, p.hop_east_west_cycles + p.local_delivery_cycles);
    }
  }
}

TEST_F(MeshTest, InterChipLinkUsesItsOwnLatencyAndIsCounted) {
  NocParams p = test_noc_params();
  p.chip_boundary_every_x = 2;  // chips of 2 columns: the link between x = 1 and x = 2 crosses
  p.inter_chip_hop_cycles = 50;
  build(4, 1, 1, p);
  mesh_->inject(core_at(0, 0), core_at(3, 0), 0, 0, 0);
  driver_->run_until_drained(0, 10000);
  ASSERT_EQ(sink_.log.size(), 1u);
  EXPECT_EQ(sink_.log[0].arrival, 2 * p.hop_east_west_cycles + 50 + p.local_delivery_cycles);
  EXPECT_EQ(mesh_->router(1).counters().flits_inter_chip_east_west, 1u);
  EXPECT_EQ(mesh_->router(0).counters().flits_inter_chip_east_west, 0u);
}

TEST_F(MeshTest, RelativePacketsCountTheirOffsetsDownToZero) {
  NocParams p = test_noc_params();
  p.packet_format = PacketFormat::Relative;
  build(4, 4, 1, p);
  mesh_->inject(core_at(3, 0), core_at(1, 2), 0, 0, 0);
  driver_->run_until_drained(0, 10000);
  ASSERT_EQ(sink_.log.size(), 1u);
  EXPECT_EQ(sink_.log[0].flit.dx, 0);
  EXPECT_EQ(sink_.log[0].flit.dy, 0);
  EXPECT_EQ(sink_.log[0].flit.dst_core, core_at(1, 2));
}

TEST_F(MeshTest, RelativePacketsRefuseADestinationOutOfTheirSignedRange) {
  NocParams p = test_noc_params();
  p.packet_format = PacketFormat::Relative;
  p.packet_offset_bits = 2;  // offsets -2..1
  build(4, 1, 1, p);
  EXPECT_NO_THROW(mesh_->inject(core_at(2, 0), core_at(0, 0), 0, 0, 0));  // dx = -2
  try {
    mesh_->inject(core_at(0, 0), core_at(2, 0), 0, 0, 0);  // dx = 2
    FAIL() << "dx = 2 must not fit 2 signed bits";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("dx = 2"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace nm::test
