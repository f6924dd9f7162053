// gtest main for SystemC module tests. Each test elaborates one design; ctest runs each test in its
// own process (gtest_discover_tests), since SystemC allows one elaboration per process.
#include <gtest/gtest.h>

#include <cstdlib>

extern "C" int sc_main(int, char**) { return 1; }  // libsystemc refers to it; unused

int main(int argc, char** argv) {
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
