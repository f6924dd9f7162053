// The report keys added for the HTML page: per-core activity and the packet latency histogram.
#include <gtest/gtest.h>

#include "hw_model/core_report.h"
#include "hw_model/noc_report.h"

namespace nm {
namespace {

TEST(CoreActivity, ListsUsedCoresWithBusyFractionOfTotalCycles) {
  ArchParams arch;
  arch.chip.mesh_width = 2;
  arch.chip.mesh_height = 1;
  arch.chip.cores_per_tile = 2;
  Mapping mapping;
  mapping.usage.resize(4);
  mapping.usage[1].neurons = 5;
  mapping.usage[2].neurons = 3;
  SimulationResult r;
  r.total_cycles = 1000;
  r.per_core.resize(4);
  r.per_core[0].busy_cycles = 999;  // holds no neuron: left out
  r.per_core[1].busy_cycles = 250;
  r.per_core[1].synops = 7;
  r.per_core[1].neuron_spikes = 2;
  r.per_core[1].source_spikes = 1;
  r.per_core[1].packets_out = 4;
  r.per_core[2].busy_cycles = 1000;
  const nlohmann::json a = core_activity_json(arch, mapping, r);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0]["core"], 1);
  EXPECT_EQ(a[0]["tile"], nlohmann::json({0, 0}));
  EXPECT_DOUBLE_EQ(a[0]["utilisation"].get<double>(), 0.25);
  EXPECT_EQ(a[0]["busy_cycles"], 250);
  EXPECT_EQ(a[0]["synaptic_ops"], 7);
  EXPECT_EQ(a[0]["spikes"], 3);
  EXPECT_EQ(a[0]["packets"], 4);
  EXPECT_EQ(a[1]["core"], 2);
  EXPECT_EQ(a[1]["tile"], nlohmann::json({1, 0}));
  EXPECT_DOUBLE_EQ(a[1]["utilisation"].get<double>(), 1.0);
}

TEST(NocDetails, LatencyHistogramHoldsEveryLatencyWithItsPacketCount) {
  ArchParams arch;
  arch.chip.mesh_width = 1;
  arch.chip.mesh_height = 1;
  SimulationResult r;
  r.mesh.latency.add(12, 3);
  r.mesh.latency.add(5);
  r.mesh.latency.add(12);
  nlohmann::json noc;
  add_noc_details(noc, arch, r);
  EXPECT_EQ(noc["packet_latency_histogram"],
            nlohmann::json::parse(R"([{"latency_cycles": 5, "packets": 1},
                                      {"latency_cycles": 12, "packets": 4}])"));
}

}  // namespace
}  // namespace nm
