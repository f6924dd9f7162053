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
  EXPECT_EQ(m.begin(2)[1].compartment, 3u);
  EXPECT_EQ(m.begin(2)[0].weight, -3);
  EXPECT_EQ(m.synapse_count(), 3u);
}

}  // namespace
}  // namespace nm
