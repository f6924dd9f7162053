// ArchParams, CoreParams, NocParams: validate() and the barrier latency model.
#include "hw_model/arch_params.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

#include "common/errors.h"

namespace nm {
namespace {

// Expects `f` to throw UserError whose message contains `needle`.
void expect_user_error(const std::function<void()>& f, const std::string& needle) {
  try {
    f();
    ADD_FAILURE() << "no UserError; expected one mentioning: " << needle;
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
  }
}

class BarrierTableTest : public ::testing::Test {
 protected:
  BarrierTableTest() {
    barrier_.model = BarrierParams::Model::Table;
    barrier_.table = {{1, 1130}, {32, 4650}};  // the Loihi preset, in cycles
  }
  BarrierParams barrier_;
};

TEST_F(BarrierTableTest, ReturnsTheListedPointsExactly) {
  EXPECT_EQ(barrier_.latency_cycles(1), 1130u);
  EXPECT_EQ(barrier_.latency_cycles(32), 4650u);
}

TEST_F(BarrierTableTest, InterpolatesLinearlyAndRoundsToNearest) {
  // 1130 + 3520 * (16 - 1) / 31 = 2833.2 -> 2833; 1130 + 3520 * 2 / 31 = 1357.1 -> 1357.
  EXPECT_EQ(barrier_.latency_cycles(16), 2833u);
  EXPECT_EQ(barrier_.latency_cycles(3), 1357u);
  // 1130 + 3520 * 4 / 31 = 1584.19 -> 1584; 1130 + 3520 * 27 / 31 = 4195.8 -> 4196.
  EXPECT_EQ(barrier_.latency_cycles(5), 1584u);
  EXPECT_EQ(barrier_.latency_cycles(28), 4196u);
}

TEST_F(BarrierTableTest, RoundsHalvesUp) {
  barrier_.table = {{2, 10}, {4, 11}};
  EXPECT_EQ(barrier_.latency_cycles(3), 11u);  // 10.5 -> 11
  barrier_.table = {{2, 11}, {4, 10}};
  EXPECT_EQ(barrier_.latency_cycles(3), 11u);  // falling: 10.5 -> 11
}

TEST_F(BarrierTableTest, HoldsFlatBeyondTheEnds) {
  barrier_.table = {{4, 100}, {8, 200}};
  EXPECT_EQ(barrier_.latency_cycles(1), 100u);
  EXPECT_EQ(barrier_.latency_cycles(1000), 200u);
}

TEST_F(BarrierTableTest, UsesTheRightSegmentOfAMultiPointTable) {
  barrier_.table = {{1, 6}, {2, 10}, {4, 14}, {29, 18}};  // SANA-FE's shape
  EXPECT_EQ(barrier_.latency_cycles(2), 10u);
  EXPECT_EQ(barrier_.latency_cycles(3), 12u);
  EXPECT_EQ(barrier_.latency_cycles(9), 15u);  // 14 + 4 * 5 / 25 = 14.8 -> 15
}

TEST(BarrierFixed, IgnoresTheTileCount) {
  BarrierParams b;
  b.model = BarrierParams::Model::Fixed;
  b.fixed_cycles = 5;
  EXPECT_EQ(b.latency_cycles(1), 5u);
  EXPECT_EQ(b.latency_cycles(64), 5u);
}

// A valid default architecture, broken one field at a time by each test.
class ArchValidateTest : public ::testing::Test {
 protected:
  ArchParams arch_;
  void expect_invalid(const std::string& needle) {
    expect_user_error([&] { arch_.validate(); }, needle);
  }
};

TEST_F(ArchValidateTest, AcceptsTheDefaults) { EXPECT_NO_THROW(arch_.validate()); }

TEST_F(ArchValidateTest, RejectsAnEmptyMesh) {
  arch_.chip.mesh_width = 0;
  expect_invalid("chip.mesh_width must be between 1 and 256, got 0");
}

TEST_F(ArchValidateTest, RejectsTooManyCoresPerTile) {
  arch_.chip.cores_per_tile = 17;
  expect_invalid("chip.cores_per_tile must be between 1 and 16, got 17");
}

TEST_F(ArchValidateTest, RejectsAZeroClockPeriod) {
  arch_.chip.clock_period_ps = 0;
  expect_invalid("chip.clock_period_ps");
}

TEST_F(ArchValidateTest, RejectsNegativeOrNanStaticPower) {
  arch_.chip.static_power_mw = -1;
  expect_invalid("chip.static_power_mw");
  arch_.chip.static_power_mw = std::nan("");
  expect_invalid("chip.static_power_mw");
}

TEST_F(ArchValidateTest, RejectsAnEmptyBarrierTable) {
  arch_.barrier.model = BarrierParams::Model::Table;
  expect_invalid("barrier.table must list at least one point");
}

TEST_F(ArchValidateTest, RejectsABarrierTableNotStrictlyAscending) {
  arch_.barrier.model = BarrierParams::Model::Table;
  arch_.barrier.table = {{1, 10}, {4, 20}, {4, 30}};
  expect_invalid("barrier.table[2].tiles must be greater than the previous point's tiles (4)");
}

TEST_F(ArchValidateTest, ChecksTheCoreParameters) {
  arch_.core.capacity.neurons = 0;
  expect_invalid("core.neurons must be at least 1");
}

TEST_F(ArchValidateTest, ChecksTheNocParameters) {
  arch_.noc.buffer_depth_flits = 0;
  expect_invalid("noc.buffer_depth_flits must be at least 1");
}

class CoreValidateTest : public ::testing::Test {
 protected:
  CoreParams core_;
  void expect_invalid(const std::string& needle) {
    expect_user_error([&] { core_.validate(); }, needle);
  }
};

TEST_F(CoreValidateTest, AcceptsTheDefaults) { EXPECT_NO_THROW(core_.validate()); }

TEST_F(CoreValidateTest, RejectsZeroAxons) {
  core_.capacity.input_axons = 0;
  expect_invalid("core.input_axons must be at least 1");
  core_.capacity.input_axons = 1;
  core_.capacity.output_axons = 0;
  expect_invalid("core.output_axons must be at least 1");
}

TEST_F(CoreValidateTest, RejectsWeightBitsOutsideOneToEight) {
  core_.capacity.weight_bits = 0;
  expect_invalid("core.weight_bits must be between 1 and 8, got 0");
  core_.capacity.weight_bits = 9;
  expect_invalid("core.weight_bits must be between 1 and 8, got 9");
}

TEST_F(CoreValidateTest, RejectsMoreThanSixDelayBits) {
  core_.capacity.delay_bits = 7;
  expect_invalid("core.delay_bits must be between 0 and 6, got 7");
}

TEST_F(CoreValidateTest, LimitsMaxDelayByTheDelayBits) {
  core_.capacity.delay_bits = 4;
  core_.capacity.max_delay_steps = 14;
  EXPECT_NO_THROW(core_.validate());
  core_.capacity.max_delay_steps = 15;
  expect_invalid("core.max_delay_steps must be at most 14 with core.delay_bits = 4, got 15");
}

TEST_F(CoreValidateTest, RequiresZeroMaxDelayWithoutDelayBits) {
  core_.capacity.delay_bits = 0;
  core_.capacity.max_delay_steps = 1;
  expect_invalid("core.max_delay_steps must be at most 0");
  core_.capacity.max_delay_steps = 0;
  EXPECT_NO_THROW(core_.validate());
}

TEST_F(CoreValidateTest, RejectsZeroCycleOperations) {
  core_.timing.synop_cycles = 0;
  expect_invalid("timing.synop_cycles must be at least 1");
  core_.timing.synop_cycles = 1;
  core_.timing.neuron_update_idle_cycles = 0;
  expect_invalid("timing.neuron_update_idle_cycles must be at least 1");
}

TEST_F(CoreValidateTest, AllowsFreeAxonFetchAndSpikeOut) {
  core_.timing.axon_fetch_cycles = 0;
  core_.timing.spike_out_cycles = 0;
  EXPECT_NO_THROW(core_.validate());
}

TEST_F(CoreValidateTest, RejectsNegativeEnergy) {
  core_.energy.synop_pj = -0.5;
  expect_invalid("energy.synop_pj must be a finite energy >= 0 pJ");
}

TEST(NocValidate, RejectsZeroLatenciesAndNegativeEnergies) {
  NocParams noc;
  EXPECT_NO_THROW(noc.validate());
  noc.hop_north_south_cycles = 0;
  expect_user_error([&] { noc.validate(); }, "noc.hop_north_south_cycles must be at least 1");
  noc = NocParams{};
  noc.credit_return_cycles = 0;
  expect_user_error([&] { noc.validate(); }, "noc.credit_return_cycles must be at least 1");
  noc = NocParams{};
  noc.link_cycles_per_flit = 0;
  expect_user_error([&] { noc.validate(); }, "noc.link_cycles_per_flit must be at least 1");
  noc = NocParams{};
  noc.local_delivery_pj = -1;
  expect_user_error([&] { noc.validate(); }, "noc.local_delivery_pj");
}

TEST(RoutingAlgorithmName, IsTheConfigWord) {
  EXPECT_EQ(to_string(RoutingAlgorithm::XY), "xy");
  EXPECT_EQ(to_string(RoutingAlgorithm::YX), "yx");
}

// The wavefront barrier on a 3x2 mesh (tiles (0..2, 0..1)): base + 2 x the slowest root-to-tile
// path, each east-west hop 4 cycles, north-south 7, an inter-chip hop 20.
class WavefrontBarrierTest : public ::testing::Test {
 protected:
  WavefrontBarrierTest() {
    arch_.chip.mesh_width = 3;
    arch_.chip.mesh_height = 2;
    arch_.barrier.model = BarrierParams::Model::Wavefront;
    arch_.barrier.root = {1, 0};
    arch_.barrier.base_cycles = 10;
    arch_.barrier.hop_east_west_cycles = 4;
    arch_.barrier.hop_north_south_cycles = 7;
    arch_.noc.inter_chip_hop_cycles = 20;
  }
  ArchParams arch_;
};

TEST_F(WavefrontBarrierTest, IsBasePlusTwiceTheSlowestPathFromTheRoot) {
  // From (1,0): (0,0), (2,0) 1 EW hop = 4; (1,1) 1 NS hop = 7; (0,1), (2,1) 4 + 7 = 11.
  // 10 + 2 x 11 = 32.
  EXPECT_EQ(barrier_latency_cycles(arch_), 32u);
}

TEST_F(WavefrontBarrierTest, DependsOnWhereTheRootIs) {
  arch_.barrier.root = {0, 0};
  // From (0,0) the far corner (2,1) is 2 EW + 1 NS hops: 2 x 4 + 7 = 15. 10 + 2 x 15 = 40.
  EXPECT_EQ(barrier_latency_cycles(arch_), 40u);
}

TEST_F(WavefrontBarrierTest, ChargesInterChipHopsAtTheInterChipLatency) {
  arch_.noc.chip_boundary_every_x = 2;  // the x = 1 -> 2 link crosses a chip
  // From (1,0): (2,1) is 1 inter-chip EW hop + 1 NS hop = 20 + 7 = 27; (0,1) stays 4 + 7 = 11.
  // 10 + 2 x 27 = 64.
  EXPECT_EQ(barrier_latency_cycles(arch_), 64u);
  arch_.noc.chip_boundary_every_y = 1;  // the y = 0 -> 1 link crosses a chip too
  // (2,1): 20 + 20 = 40; (0,1): 4 + 20 = 24. 10 + 2 x 40 = 90.
  EXPECT_EQ(barrier_latency_cycles(arch_), 90u);
}

TEST_F(WavefrontBarrierTest, HasNoTilesOnlyLatency) {
  EXPECT_THROW(arch_.barrier.latency_cycles(arch_.chip.tiles()), InternalError);
}

}  // namespace
}  // namespace nm
