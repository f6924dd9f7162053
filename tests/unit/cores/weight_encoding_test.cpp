// Loihi weight encoding (hardware.md 1.7) against hand-computed values.
#include "cores/weight_encoding.h"

#include <gtest/gtest.h>

namespace nm {
namespace {

WeightEncoding enc(std::uint32_t bits, SignMode sign, std::int32_t exponent) {
  WeightEncoding e;
  e.weight_bits = bits;
  e.sign = sign;
  e.exponent = exponent;
  return e;
}

TEST(WeightEncoding, IsMantissaTimes64WhenDefault) {
  const WeightEncoding e;
  EXPECT_EQ(effective_weight(255, e), 255 * 64);
  EXPECT_EQ(effective_weight(-256, e), -256 * 64);
  EXPECT_EQ(effective_weight(3, e), 192);  // no LSB lost: 8 magnitude bits + sign
}

TEST(WeightEncoding, TruncatesLowBitsWhenFewerWeightBits) {
  // 6 bits: the low 2 bits are dropped; negatives floor (arithmetic shift), as Lava.
  EXPECT_EQ(truncate_mantissa(7, 6), 4);
  EXPECT_EQ(truncate_mantissa(255, 6), 252);
  EXPECT_EQ(truncate_mantissa(-5, 6), -8);
  EXPECT_EQ(truncate_mantissa(-4, 6), -4);
  EXPECT_EQ(truncate_mantissa(1, 1), 0);    // 1 bit keeps only 128
  EXPECT_EQ(truncate_mantissa(200, 1), 128);
  EXPECT_EQ(effective_weight(7, enc(6, SignMode::Excitatory, 0)), 4 * 64);
}

TEST(WeightEncoding, ScalesByPowerOfTwoWhenExponentPositive) {
  EXPECT_EQ(effective_weight(3, enc(8, SignMode::Mixed, 2)), 3 * 256);
  EXPECT_EQ(effective_weight(-3, enc(8, SignMode::Mixed, 7)), -3 * 8192);
}

TEST(WeightEncoding, FloorsToMultipleOf64WhenExponentNegative) {
  // w * 2^(6-2) = 16w, floored to a multiple of 64: 64 * floor(w / 4).
  EXPECT_EQ(effective_weight(7, enc(8, SignMode::Mixed, -2)), 64);
  EXPECT_EQ(effective_weight(3, enc(8, SignMode::Mixed, -2)), 0);
  EXPECT_EQ(effective_weight(-3, enc(8, SignMode::Mixed, -2)), -64);  // floor, not toward zero
  EXPECT_EQ(effective_weight(255, enc(8, SignMode::Mixed, -8)), 0);
  EXPECT_EQ(effective_weight(-1, enc(8, SignMode::Mixed, -8)), -64);
}

TEST(WeightEncoding, ClipsToTwentyOneBitsWhenLargestNegativeAtTopExponent) {
  // -256 * 2^13 = -2^21 lies just beyond -(2^21 - 2^6).
  EXPECT_EQ(effective_weight(-256, enc(8, SignMode::Mixed, 7)), -(2097152 - 64));
  EXPECT_EQ(effective_weight(255, enc(8, SignMode::Mixed, 7)), 255 * 8192);
}

TEST(WeightEncoding, RangesFollowSignModeWhenAsked) {
  EXPECT_EQ(min_mantissa(SignMode::Excitatory), 0);
  EXPECT_EQ(max_mantissa(SignMode::Excitatory), 255);
  EXPECT_EQ(min_mantissa(SignMode::Inhibitory), -255);
  EXPECT_EQ(max_mantissa(SignMode::Inhibitory), 0);
  EXPECT_EQ(min_mantissa(SignMode::Mixed), -256);
  EXPECT_EQ(max_mantissa(SignMode::Mixed), 255);
}

TEST(WeightEncoding, FieldAddsSignBitWhenMixed) {
  EXPECT_EQ(weight_field_bits(enc(8, SignMode::Mixed, 0)), 9u);
  EXPECT_EQ(weight_field_bits(enc(8, SignMode::Excitatory, 0)), 8u);
  EXPECT_EQ(weight_field_bits(enc(3, SignMode::Inhibitory, 0)), 3u);
}

}  // namespace
}  // namespace nm
