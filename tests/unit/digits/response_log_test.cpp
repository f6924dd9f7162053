// ResponseLog: the header, one row per presentation, only the neurons that spiked.
#include "apps/digits/response_log.h"

#include <sstream>

#include <gtest/gtest.h>

namespace nm::digits {
namespace {

TEST(ResponseLog, WritesTheHeaderAndOnlyTheNeuronsThatSpiked) {
  std::ostringstream out;
  ResponseLog log(out);
  log.add("train", 0, 0, 7, 63.75, {0, 3, 0, 0, 1});
  log.add("test", 12, 2, 1, 127.75, {0, 0, 0});
  EXPECT_EQ(out.str(),
            "part,sample,attempt,label,rate_hz,spikes,responses\n"
            "train,0,0,7,63.75,4,1:3 4:1\n"
            "test,12,2,1,127.75,0,\n");
}

}  // namespace
}  // namespace nm::digits
