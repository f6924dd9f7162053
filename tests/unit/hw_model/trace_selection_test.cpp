// --trace / --trace-steps parsing and checking, and the GTKWave save file.
#include "hw_model/trace_selection.h"

#include <gtest/gtest.h>

#include "common/errors.h"
#include "hw_model/gtkw_writer.h"

namespace nm {
namespace {

SnnNetwork two_populations() {
  SnnNetwork net;
  Population exc;
  exc.name = "exc";
  exc.size = 32;
  exc.record_spikes = true;
  Population inh;
  inh.name = "inh";
  inh.size = 8;
  inh.first_id = 32;
  net.populations = {exc, inh};
  return net;
}

TEST(TraceSelection, EverythingWhenNoSpecIsGiven) {
  const TraceSelection s = parse_trace_selection({}, "");
  EXPECT_TRUE(s.everything);
  EXPECT_TRUE(s.router_traced({5, 5}));
  EXPECT_TRUE(s.step_traced(1));
}

TEST(TraceSelection, PopulationRangeIsHalfOpen) {
  const auto net = two_populations();
  const TraceSelection s = parse_trace_selection({"pop:exc[4:8]", "pop:exc[20]"}, "");
  EXPECT_FALSE(s.neuron_selected(net.populations[0], 3));
  EXPECT_TRUE(s.neuron_selected(net.populations[0], 4));
  EXPECT_TRUE(s.neuron_selected(net.populations[0], 7));
  EXPECT_FALSE(s.neuron_selected(net.populations[0], 8));
  EXPECT_TRUE(s.neuron_selected(net.populations[0], 20));
  EXPECT_FALSE(s.neuron_selected(net.populations[1], 5));
  EXPECT_FALSE(s.router_traced({0, 0}));  // only what is named
}

TEST(TraceSelection, RouterAndStepWindow) {
  const TraceSelection s = parse_trace_selection({"router:3,2"}, "100:200");
  EXPECT_TRUE(s.router_traced({3, 2}));
  EXPECT_FALSE(s.router_traced({2, 3}));
  EXPECT_FALSE(s.step_traced(99));
  EXPECT_TRUE(s.step_traced(100));
  EXPECT_TRUE(s.step_traced(200));
  EXPECT_FALSE(s.step_traced(201));
  EXPECT_TRUE(parse_trace_selection({}, "5:").step_traced(1000000));
}

TEST(TraceSelection, RefusesMalformedSpecs) {
  EXPECT_THROW(parse_trace_selection({"exc[0:4]"}, ""), UserError);
  EXPECT_THROW(parse_trace_selection({"pop:exc[4:2]"}, ""), UserError);
  EXPECT_THROW(parse_trace_selection({"router:1"}, ""), UserError);
  EXPECT_THROW(parse_trace_selection({}, "200:100"), UserError);
  EXPECT_THROW(parse_trace_selection({}, "0:5"), UserError);
}

TEST(TraceSelection, CheckRefusesWhatTheNetworkOrChipDoesNotHave) {
  const auto net = two_populations();
  ArchParams arch;
  arch.chip.mesh_width = 4;
  arch.chip.mesh_height = 2;
  EXPECT_NO_THROW(check_trace_selection(parse_trace_selection({"pop:exc[0:32]"}, ""), net, arch));
  EXPECT_THROW(check_trace_selection(parse_trace_selection({"pop:exc[0:33]"}, ""), net, arch),
               UserError);
  EXPECT_THROW(check_trace_selection(parse_trace_selection({"pop:nope"}, ""), net, arch),
               UserError);
  EXPECT_THROW(check_trace_selection(parse_trace_selection({"pop:inh"}, ""), net, arch),
               UserError);  // not recorded
  EXPECT_THROW(check_trace_selection(parse_trace_selection({"router:4,0"}, ""), net, arch),
               UserError);
}

TEST(GtkwWriter, GroupsSignalsByTileThenUnitWithFormats) {
  const std::vector<TracedSignal> signals = {
      {"chip.tile_0_0.core_1.exc_0.spike", TracedSignal::Kind::Spike, 1},
      {"chip.tile_0_0.core_1.exc_0.v", TracedSignal::Kind::Voltage, 32},
      {"chip.tile_1_0.router.buffered_flits", TracedSignal::Kind::Occupancy, 32},
      {"chip.tile_0_0.router.buffered_flits", TracedSignal::Kind::Occupancy, 32},
  };
  const std::string g = make_gtkw("traces/run.vcd", signals);
  EXPECT_NE(g.find("[dumpfile] \"traces/run.vcd\""), std::string::npos);
  EXPECT_NE(g.find("@28\nSystemC.chip.tile_0_0.core_1.exc_0.spike\n"), std::string::npos) << g;
  EXPECT_NE(g.find("@8424\nSystemC.chip.tile_0_0.core_1.exc_0.v[31:0]\n"), std::string::npos);
  EXPECT_EQ(g.find("\n*"), std::string::npos);  // no zoom without a known end
  EXPECT_NE(make_gtkw("r.vcd", signals, 1200 * 1024).find("\n*-17.6 0\n"), std::string::npos);
  // tile_0_0's router is grouped with tile_0_0, before tile_1_0.
  const auto t00_router = g.find("SystemC.chip.tile_0_0.router.buffered_flits");
  const auto t10_group = g.find("-tile_1_0\n");
  ASSERT_NE(t00_router, std::string::npos);
  ASSERT_NE(t10_group, std::string::npos);
  EXPECT_LT(t00_router, t10_group);
  // Every group that opens also closes.
  std::size_t opens = 0, closes = 0;
  for (std::size_t p = 0; (p = g.find("@800200", p)) != std::string::npos; ++p) ++opens;
  for (std::size_t p = 0; (p = g.find("@1000200", p)) != std::string::npos; ++p) ++closes;
  EXPECT_EQ(opens, 5u);  // tile_0_0, core_1, router, tile_1_0, router
  EXPECT_EQ(opens, closes);
}

}  // namespace
}  // namespace nm
