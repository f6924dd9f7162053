#include "noc/routing.h"

#include <gtest/gtest.h>

namespace nm {
namespace {

TEST(Routing, XyGoesEastOrWestUntilColumnMatches) {
  EXPECT_EQ(route(RoutingAlgorithm::XY, {1, 1}, {3, 0}, 0), kEast);
  EXPECT_EQ(route(RoutingAlgorithm::XY, {3, 1}, {0, 3}, 0), kWest);
  EXPECT_EQ(route(RoutingAlgorithm::XY, {3, 1}, {3, 3}, 0), kNorth);
  EXPECT_EQ(route(RoutingAlgorithm::XY, {3, 1}, {3, 0}, 0), kSouth);
}

TEST(Routing, YxGoesNorthOrSouthFirst) {
  EXPECT_EQ(route(RoutingAlgorithm::YX, {1, 1}, {3, 0}, 0), kSouth);
  EXPECT_EQ(route(RoutingAlgorithm::YX, {1, 0}, {3, 0}, 0), kEast);
}

TEST(Routing, ArrivedFlitLeavesByItsCoresLocalPort) {
  EXPECT_EQ(route(RoutingAlgorithm::XY, {2, 2}, {2, 2}, 3), kLocalPortBase + 3);
}

TEST(Routing, OppositeDirectionsPair) {
  EXPECT_EQ(opposite(kNorth), kSouth);
  EXPECT_EQ(opposite(kEast), kWest);
  EXPECT_EQ(port_name(kLocalPortBase + 1), "local1");
}

}  // namespace
}  // namespace nm
