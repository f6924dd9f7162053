// Every example network shipped in configs/nets validates on the preset it is written for, so a
// change to the loaders or the presets cannot silently break the examples users start from.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

const std::string kNets = std::string(NM_SOURCE_DIR) + "/configs/nets/";

TEST(Examples, EveryShippedNetworkValidatesOnItsPreset) {
  const std::vector<std::pair<std::string, std::string>> examples = {
      {"loihi", "default.yaml"},
      {"loihi", "diehl_cook.yaml"},
      {"loihi", "diehl_cook_small.yaml"},
      {"truenorth", "truenorth_example.yaml"},
  };
  for (const auto& [preset, net] : examples) {
    const RunResult r = run_cli({"validate", preset, kNets + net});
    expect_success(r);
    EXPECT_NE(r.out.find("network " + kNets + net + ": ok"), std::string::npos)
        << preset << " " << net << ": " << r.out;
  }
}

}  // namespace
}  // namespace nm::e2e
