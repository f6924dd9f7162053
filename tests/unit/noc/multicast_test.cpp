// Multicast tables: tree construction, default routing, delivery, entry limits, and the watchdog
// catching a deliberately cyclic route table.
#include <gtest/gtest.h>

#include "common/errors.h"
#include "mesh_fixture.h"
#include "noc/deadlock_error.h"
#include "noc/multicast_builder.h"
#include "noc/routing.h"

namespace nm::test {
namespace {

TEST(MulticastTable, FirstMatchingKeyMaskEntryWins) {
  MulticastTable t(4);
  t.add({0x10, 0xF0, 1u << kEast});
  t.add({0x12, 0xFF, 1u << kNorth});
  EXPECT_EQ(t.lookup(0x12), 1u << kEast);  // the broader entry comes first
  EXPECT_FALSE(t.lookup(0x22).has_value());
}

TEST(MulticastBuilder, NeedsNoEntryWhereTheTreeRunsStraightThrough) {
  const MeshShape shape{4, 1, 1};
  const auto tables = build_multicast_tables({{7, 0, {3}}}, shape, 16);
  EXPECT_EQ(tables[0].size(), 1u);  // source: local -> east
  EXPECT_EQ(tables[1].size(), 0u);  // straight on: default routing
  EXPECT_EQ(tables[2].size(), 0u);
  EXPECT_EQ(tables[3].size(), 1u);  // destination: east-in -> local
}

TEST(MulticastBuilder, BranchesWhereDestinationsDiverge) {
  const MeshShape shape{3, 3, 1};
  // From (0,0) to (2,0) and (2,2): XY paths share the row, branch at (2,0).
  const auto tables = build_multicast_tables({{1, 0, {2, 8}}}, shape, 16);
  ASSERT_EQ(tables[2].size(), 1u);
  EXPECT_EQ(tables[2].entries()[0].ports, (1u << kNorth) | (1u << kLocalPortBase));
}

TEST(MulticastBuilder, RefusesATableOverItsEntryLimitNamingTheRouter) {
  const MeshShape shape{2, 1, 2};
  std::vector<MulticastTree> trees;
  for (std::uint32_t k = 0; k < 3; ++k) trees.push_back({k, 0, {2}});
  try {
    build_multicast_tables(trees, shape, 2);
    FAIL() << "3 entries must not fit a limit of 2";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("tile (0,0) needs 3"), std::string::npos) << e.what();
  }
  EXPECT_NO_THROW(build_multicast_tables(trees, shape, 3));
}

TEST_F(MeshTest, MulticastDeliversOneCopyPerDestinationWithFewerHopsThanUnicast) {
  build(4, 4, 1, test_noc_params());
  const std::vector<CoreId> dsts = {core_at(3, 0), core_at(3, 3), core_at(3, 2)};
  mesh_->set_multicast_tables(build_multicast_tables(
      {{42, core_at(0, 0), dsts}}, {4, 4, 1}, 1024));
  mesh_->inject_multicast(core_at(0, 0), 42, 0);
  driver_->run_until_drained(0, 10000);
  ASSERT_EQ(sink_.log.size(), 3u);
  std::vector<CoreId> got;
  for (const Delivery& d : sink_.log) got.push_back(d.flit.dst_core);
  std::sort(got.begin(), got.end());
  std::vector<CoreId> want = dsts;
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
  std::uint64_t hops = 0;
  for (std::uint32_t r = 0; r < mesh_->router_count(); ++r) {
    hops += mesh_->router(r).counters().flits_east_west + mesh_->router(r).counters().flits_north_south;
  }
  EXPECT_EQ(hops, 6u);  // tree: 3 east + 3 north, against 3 + 6 + 5 = 14 unicast hops
  EXPECT_EQ(mesh_->in_flight(), 0u);
}

TEST_F(MeshTest, WatchdogNamesStuckRoutersAndPacketsWhenRouteTableIsCyclic) {
  NocParams p = test_noc_params();
  p.watchdog_cycles = 200;
  build(2, 2, 1, p);
  // Key 5 circles the 2x2 ring for ever: (0,0) E -> (1,0) N -> (1,1) W -> (0,1) S -> (0,0).
  std::vector<MulticastTable> tables(4, MulticastTable(8));
  tables[0].add({5, 0xFFFFFFFFu, 1u << kEast});
  tables[1].add({5, 0xFFFFFFFFu, 1u << kNorth});
  tables[3].add({5, 0xFFFFFFFFu, 1u << kWest});
  tables[2].add({5, 0xFFFFFFFFu, 1u << kSouth});
  mesh_->set_multicast_tables(std::move(tables));
  for (int i = 0; i < 6; ++i) {
    for (int t = 0; t < 4; ++t) mesh_->inject_multicast(core_at(t % 2, t / 2), 5, 0);
  }
  try {
    driver_->run_until_drained(0, 100000);
    FAIL() << "a full cyclic ring must deadlock";
  } catch (const DeadlockError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("NoC deadlock"), std::string::npos) << what;
    EXPECT_NE(what.find("router of tile (0,0)"), std::string::npos) << what;
    EXPECT_NE(what.find("multicast key 5"), std::string::npos) << what;
    EXPECT_LT(e.cycle(), 1000u);
  }
}

}  // namespace
}  // namespace nm::test
