// `neuromesh export`: a network back in the golden CSV format, and refusals of what the format
// cannot hold.
#include <gtest/gtest.h>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

// The golden net read through the network loader and written back gives the very same files,
// and a run of the exported network.yaml still produces the golden raster.
TEST(ExportCommand, WritesTheGoldenFilesBackWhenNet1000DelaysIsExported) {
  TempDir dir;
  const std::string net = "loihi_lif/net1000_delays/";
  expect_success(run_cli({"export", data_path(net + "network.yaml"), dir / "net"}));
  EXPECT_TRUE(read_file(dir / "net/neurons.csv") == read_file(data_path(net + "neurons.csv")));
  EXPECT_TRUE(read_file(dir / "net/synapses.csv") == read_file(data_path(net + "synapses.csv")));
  expect_success(run_cli({"run", "loihi", dir / "net/network.yaml", "--steps", "500", "--out",
                          dir / "out", "--format", "json"}));
  EXPECT_TRUE(read_file(dir / "out/spikes_net.csv") == read_file(data_path(net + "spikes.csv")));
}

TEST(ExportCommand, RefusesWithExitCode2WhenTheNetworkHasSpikeSources) {
  TempDir dir;
  const RunResult r = run_cli({"export", data_path("../../configs/nets/default.yaml"), dir / "x"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("spike source"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace nm::e2e
