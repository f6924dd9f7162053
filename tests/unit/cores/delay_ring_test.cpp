#include "cores/delay_ring.h"

#include <gtest/gtest.h>

#include "cores/synapse_memory.h"

namespace nm {
namespace {

TEST(DelayRing, InputLandsInTheSlotOfStepPlusDelay) {
  DelayRing ring(4, 3);
  ring.add(10, 2, 1, 5);
  EXPECT_EQ(ring.inputs_for(12)[1], 5);
  EXPECT_EQ(ring.inputs_for(10)[1], 0);
  EXPECT_EQ(ring.inputs_for(11)[1], 0);
}

TEST(DelayRing, SlotsAreReusedAfterClearing) {
  DelayRing ring(2, 1);
  ring.add(1, 0, 0, 3);
  ring.add(1, 0, 0, 4);
  EXPECT_EQ(ring.inputs_for(1)[0], 7);
  ring.clear_step(1);
  EXPECT_EQ(ring.inputs_for(3)[0], 0);  // slot of step 3 is slot of step 1
  ring.add(2, 1, 0, -2);
  EXPECT_EQ(ring.inputs_for(3)[0], -2);
}

TEST(SynapseMemory, ListsAreContiguousPerAxon) {
  SynapseMemory m;
  m.add(0, {1, 5, 0});
  m.add(2, {0, -3, 1});
  m.add(2, {3, 4, 0});
  m.seal(3);
  EXPECT_EQ(m.axon_count(), 3u);
  EXPECT_EQ(m.fanout(0), 1u);
  EXPECT_EQ(m.fanout(1), 0u);
  ASSERT_EQ(m.fanout(2), 2u);
  EXPECT_EQ(m.at(2, 1).compartment, 3u);
  EXPECT_EQ(m.at(2, 0).weight, -3);
  EXPECT_EQ(m.synapse_count(), 3u);
}

TEST(SynapseMemory, StaysNarrowWhenEveryEntryFitsAndWidensWhenLearningNeedsMore) {
  SynapseMemory m;
  m.add(0, {1, 5, 0});
  m.add(1, {65535, -32768, 0});
  m.seal(2);
  ASSERT_TRUE(m.narrow());
  EXPECT_EQ(m.at(1, 0).compartment, 65535u);
  EXPECT_EQ(m.at(1, 0).weight, -32768);
  m.set_weight(0, 32767);  // still fits
  m.set_delay(1, 0);
  EXPECT_TRUE(m.narrow());
  EXPECT_EQ(m.host_bytes(), 2 * sizeof(NarrowSynapse) + 3 * sizeof(std::uint32_t));
  m.set_weight(0, 32768);  // does not: the layout widens, contents kept
  EXPECT_FALSE(m.narrow());
  EXPECT_EQ(m.at(0, 0).weight, 32768);
  EXPECT_EQ(m.at(1, 0).weight, -32768);
  SynapseMemory d;
  d.add(0, {1, 5, 0});
  d.seal(1);
  d.set_delay(0, 2);
  EXPECT_FALSE(d.narrow());
  EXPECT_EQ(d.at(0, 0).delay, 2u);
  EXPECT_EQ(d.at(0, 0).weight, 5);
}

TEST(SynapseMemory, StaysWideWhenAnEntryHasADelayOrABigWeight) {
  SynapseMemory a;
  a.add(0, {1, 5, 1});
  a.seal(1);
  EXPECT_FALSE(a.narrow());
  SynapseMemory b;
  b.add(0, {1, 40000, 0});
  b.seal(1);
  EXPECT_FALSE(b.narrow());
  SynapseMemory c;
  c.add(0, {70000, 1, 0});
  c.seal(1);
  EXPECT_FALSE(c.narrow());
}

}  // namespace
}  // namespace nm
