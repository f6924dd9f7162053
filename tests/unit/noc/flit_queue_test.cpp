// FlitQueue: the router input queue's ring buffer keeps FIFO order across wrap-around and growth.
#include <gtest/gtest.h>

#include "noc/flit_queue.h"

namespace nm {
namespace {

TimedFlit flit(std::uint64_t packet) {
  TimedFlit t{};
  t.flit.packet = packet;
  t.arrival = packet * 10;
  return t;
}

TEST(FlitQueue, KeepsFifoOrderWhenItGrowsWhileWrapped) {
  FlitQueue q;
  EXPECT_TRUE(q.empty());
  std::uint64_t next_in = 0, next_out = 0;
  for (int i = 0; i < 3; ++i) q.push_back(flit(next_in++));  // capacity 4
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(q.front().flit.packet, next_out++);
    q.pop_front();
  }
  for (int i = 0; i < 7; ++i) q.push_back(flit(next_in++));  // wraps, then grows twice
  ASSERT_EQ(q.size(), 8u);
  EXPECT_EQ(q.back().flit.packet, next_in - 1);
  for (std::size_t i = 0; i < q.size(); ++i) EXPECT_EQ(q[i].flit.packet, next_out + i);
  while (!q.empty()) {
    EXPECT_EQ(q.front().flit.packet, next_out);
    EXPECT_EQ(q.front().arrival, next_out * 10);
    ++next_out;
    q.pop_front();
  }
  EXPECT_EQ(next_out, next_in);
}

}  // namespace
}  // namespace nm
