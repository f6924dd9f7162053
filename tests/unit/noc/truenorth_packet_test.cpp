// TrueNorth's 32-bit packet (noc/truenorth_packet.h): field layout, sign extension, and the
// range limits of every field (dx, dy out of the 9-bit signed range is an error).
#include "noc/truenorth_packet.h"

#include <gtest/gtest.h>

#include "common/errors.h"

namespace nm {
namespace {

TEST(TnPacket, RoundTripsEveryFieldAtItsLimits) {
  for (std::int32_t d : {kTnOffsetMin, -1, 0, 1, kTnOffsetMax}) {
    const TnPacket p{d, -d - 1, 255, 15, 3};
    const TnPacket q = decode_tn_packet(encode_tn_packet(p));
    EXPECT_EQ(q.dx, p.dx);
    EXPECT_EQ(q.dy, p.dy);
    EXPECT_EQ(q.axon, 255u);
    EXPECT_EQ(q.delivery_tick, 15u);
    EXPECT_EQ(q.debug, 3u);
  }
}

TEST(TnPacket, PlacesFieldsLsbFirst) {
  EXPECT_EQ(encode_tn_packet({1, 0, 0, 0, 0}), 0x1u);
  EXPECT_EQ(encode_tn_packet({-1, 0, 0, 0, 0}), 0x1FFu);
  EXPECT_EQ(encode_tn_packet({0, 1, 0, 0, 0}), 1u << 9);
  EXPECT_EQ(encode_tn_packet({0, 0, 1, 0, 0}), 1u << 18);
  EXPECT_EQ(encode_tn_packet({0, 0, 0, 1, 0}), 1u << 26);
  EXPECT_EQ(encode_tn_packet({0, 0, 0, 0, 1}), 1u << 30);
}

TEST(TnPacket, RefusesOffsetsOutsideNineBitsSigned) {
  EXPECT_THROW(encode_tn_packet({256, 0, 0, 0, 0}), UserError);
  EXPECT_THROW(encode_tn_packet({-257, 0, 0, 0, 0}), UserError);
  EXPECT_THROW(encode_tn_packet({0, 256, 0, 0, 0}), UserError);
  EXPECT_THROW(encode_tn_packet({0, -257, 0, 0, 0}), UserError);
  try {
    encode_tn_packet({0, 300, 0, 0, 0});
    FAIL();
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("dy = 300"), std::string::npos) << e.what();
  }
}

TEST(TnPacket, RefusesAxonTickAndDebugOutOfRange) {
  EXPECT_THROW(encode_tn_packet({0, 0, 256, 0, 0}), UserError);
  EXPECT_THROW(encode_tn_packet({0, 0, 0, 16, 0}), UserError);
  EXPECT_THROW(encode_tn_packet({0, 0, 0, 0, 4}), UserError);
}

}  // namespace
}  // namespace nm
