// WakeCalendar: wakes come out in (cycle, router) order, one per router (the earliest asked
// for), far apart or close, and the router handed out last can be rescheduled or replaced.
#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "noc/wake_calendar.h"

namespace nm {
namespace {

std::vector<std::pair<Cycle, std::uint32_t>> drain(WakeCalendar& c, Cycle limit = kNever) {
  std::vector<std::pair<Cycle, std::uint32_t>> out;
  Cycle at;
  std::uint32_t r;
  while (c.pop(limit, at, r)) out.emplace_back(at, r);
  return out;
}

TEST(WakeCalendar, HandsOutWakesInCycleThenRouterOrderWhenNearAndFarWakesMix) {
  WakeCalendar c(6);
  EXPECT_TRUE(c.schedule(5, 3));
  EXPECT_TRUE(c.schedule(1, 3));
  EXPECT_TRUE(c.schedule(2, 5000));  // far ahead
  EXPECT_TRUE(c.schedule(0, 1023));  // just before a far one
  EXPECT_TRUE(c.schedule(4, 5000));
  using W = std::vector<std::pair<Cycle, std::uint32_t>>;
  EXPECT_EQ(drain(c, 1000), (W{{3, 1}, {3, 5}}));
  EXPECT_TRUE(c.schedule(3, 1026));  // scheduled after the first pops
  EXPECT_TRUE(c.schedule(1, 5000));  // ties with cycle 5000: router order
  EXPECT_EQ(drain(c), (W{{1023, 0}, {1026, 3}, {5000, 1}, {5000, 2}, {5000, 4}}));
}

TEST(WakeCalendar, KeepsOnlyTheEarliestWakeOfARouter) {
  WakeCalendar c(2);
  EXPECT_TRUE(c.schedule(0, 40));
  EXPECT_FALSE(c.schedule(0, 40));
  EXPECT_FALSE(c.schedule(0, 90));
  EXPECT_TRUE(c.schedule(0, 7));  // replaces 40 (left behind as a stale entry)
  EXPECT_EQ(c.pending(0), 7u);
  using W = std::vector<std::pair<Cycle, std::uint32_t>>;
  EXPECT_EQ(drain(c), (W{{7, 0}}));
  EXPECT_EQ(c.pending(0), kNever);
  EXPECT_THROW(c.schedule(1, 6), std::exception);  // before the cycle already handed out
}

TEST(WakeCalendar, HandsARouterStraightBackOnlyWhenItsNextWakeComesFirst) {
  WakeCalendar c(3);
  Cycle at;
  std::uint32_t r;
  EXPECT_TRUE(c.schedule(1, 50));
  ASSERT_TRUE(c.pop(kNever, at, r));
  EXPECT_TRUE(c.schedule(2, 80));
  ASSERT_TRUE(c.schedule_and_pop(1, 60, kNever, at, r));  // before 80: straight back
  EXPECT_EQ(std::make_pair(at, r), std::make_pair(Cycle{60}, 1u));
  EXPECT_EQ(c.pending(1), kNever);
  ASSERT_TRUE(c.schedule_and_pop(1, 90, kNever, at, r));  // after 80: stored, 80 comes out
  EXPECT_EQ(std::make_pair(at, r), std::make_pair(Cycle{80}, 2u));
  EXPECT_EQ(c.pending(1), 90u);
  ASSERT_TRUE(c.schedule_and_pop(2, 100, 95, at, r));  // past the limit: stored
  EXPECT_EQ(std::make_pair(at, r), std::make_pair(Cycle{90}, 1u));
  using W = std::vector<std::pair<Cycle, std::uint32_t>>;
  EXPECT_EQ(drain(c), (W{{100, 2}}));
}

TEST(WakeCalendar, NeverHandsOutACycleBeforeAReplacedWakeItHasNotPassed) {
  WakeCalendar c(2);
  Cycle at;
  std::uint32_t r;
  EXPECT_TRUE(c.schedule(0, 5000));
  EXPECT_TRUE(c.schedule(0, 10));  // replaces it: 5000 must never come back
  ASSERT_TRUE(c.pop(kNever, at, r));
  EXPECT_EQ(at, 10u);
  // Nothing is pending: 6000 is handed out straight away, and a later wake still comes out in
  // order, with no trace of the replaced 5000 (the ring-and-heap calendar once got this wrong).
  ASSERT_TRUE(c.schedule_and_pop(0, 6000, kNever, at, r));
  EXPECT_EQ(at, 6000u);
  EXPECT_TRUE(c.schedule(1, 6100));
  ASSERT_TRUE(c.pop(kNever, at, r));
  EXPECT_EQ(std::make_pair(at, r), std::make_pair(Cycle{6100}, 1u));
}

}  // namespace
}  // namespace nm
