// The NoC watchdog through simulate(): multicast tables that send every key round the 2x2 ring of
// the `tiny` preset ((0,0) E -> (1,0) N -> (1,1) W -> (0,1) S -> (0,0)) never eject a flit; once
// the ring's buffers (2 flits each) are full, nothing moves and the watchdog must fire.
// No mapping produces such tables, so they are installed through RunOptions::prepare_mesh.
#include <gtest/gtest.h>

#include <string>

#include "hw_model/simulation.h"
#include "noc/deadlock_error.h"
#include "noc/mesh.h"
#include "noc/multicast_table.h"
#include "noc/routing.h"
#include "tiny_network.h"

namespace nm::test {
namespace {

TEST(Watchdog, CyclicMulticastTablesMakeSimulateThrowDeadlockErrorNamingStuckRouters) {
  ArchParams arch = tiny_arch();
  arch.noc.multicast = true;
  arch.noc.watchdog_cycles = 200;  // more than the longest live gap (3 + 1 + 1 + 1 = 6)
  // 24 sources firing at step 1, 4 per core on cores 0..5 (tiles (0,0), (1,0), (0,1)), each with
  // one synapse to neuron 24 on core 6 (tile (1,1)): 24 multicast packets, 8 ring slots.
  LifParams quiet;
  quiet.vth = 1000;
  std::vector<std::vector<std::uint32_t>> times(24, std::vector<std::uint32_t>{1});
  std::vector<Synapse> syn;
  for (NeuronId s = 0; s < 24; ++s) syn.push_back({s, 24, 1, 0});
  const SnnNetwork net =
      make_network({listed_source("src", times), lif_population("dst", 1, quiet)}, syn, 4);
  const Mapping m = map_sequential(net, arch.core.capacity, arch.chip.cores());
  ASSERT_EQ(m.core_of[24], 6u);
  RunOptions o;
  o.steps = 3;
  o.prepare_mesh = [](Mesh& mesh) {
    // Routers are row-major: 0 = (0,0), 1 = (1,0), 2 = (0,1), 3 = (1,1). Mask 0 matches any key.
    std::vector<MulticastTable> tables(4, MulticastTable(8));
    tables[0].add({0, 0, 1u << kEast});
    tables[1].add({0, 0, 1u << kNorth});
    tables[3].add({0, 0, 1u << kWest});
    tables[2].add({0, 0, 1u << kSouth});
    mesh.set_multicast_tables(std::move(tables));
  };
  try {
    simulate(arch, net, m, o);
    FAIL() << "packets circling a full ring must deadlock";
  } catch (const DeadlockError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("NoC deadlock"), std::string::npos) << what;
    EXPECT_NE(what.find("watchdog noc.watchdog_cycles"), std::string::npos) << what;
    EXPECT_NE(what.find("router of tile (0,0)"), std::string::npos) << what;
    EXPECT_NE(what.find("router of tile (1,1)"), std::string::npos) << what;
    EXPECT_NE(what.find("multicast key"), std::string::npos) << what;
    // Step 1 starts at 0: nothing moves for 200 cycles well before cycle 1000.
    EXPECT_GE(e.cycle(), 200u);
    EXPECT_LT(e.cycle(), 1000u);
  }
}

}  // namespace
}  // namespace nm::test
