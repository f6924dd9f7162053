#include "apps/digits/rate_coding.h"

#include <cmath>

#include <gtest/gtest.h>

namespace nm::digits {
namespace {

LabelledImage image_with(std::initializer_list<std::pair<int, std::uint8_t>> pixels) {
  LabelledImage img;
  for (const auto& [i, v] : pixels) img.pixels[i] = v;
  return img;
}

TEST(RateCoding, GivesThePapersProbabilityWithoutATarget) {
  const LabelledImage img = image_with({{0, 255}, {5, 51}});
  const auto p = spike_probabilities(img, RateCoding{63.75, 1.0, 0.0});
  EXPECT_DOUBLE_EQ(p[0], 0.06375);        // 63.75 Hz x 1 ms
  EXPECT_DOUBLE_EQ(p[5], 0.06375 / 5.0);  // 51 / 255 of it
  EXPECT_EQ(p[1], 0.0);
}

TEST(RateCoding, ScalesPixelsToTheL2Target) {
  const LabelledImage img = image_with({{0, 30}, {1, 40}});  // L2 norm 50
  EXPECT_DOUBLE_EQ(pixel_gain(img, 100.0), 2.0);
  const auto p = spike_probabilities(img, RateCoding{255.0, 2.0, 100.0});
  EXPECT_DOUBLE_EQ(p[0], 60.0 / 255.0 * 0.51);  // pixel 30 x 2 at 255 Hz for 2 ms
  EXPECT_DOUBLE_EQ(p[1], 80.0 / 255.0 * 0.51);
  double norm_before = 0, norm_after = 0;
  for (int i = 0; i < 2; ++i) {
    norm_before += std::pow(img.pixels[i], 2);
    norm_after += std::pow(p[i] / (0.51 / 255.0), 2);
  }
  EXPECT_NEAR(std::sqrt(norm_after), 100.0, 1e-9);
  EXPECT_NEAR(std::sqrt(norm_before), 50.0, 1e-9);
}

TEST(RateCoding, LeavesABlankImageBlankAndClipsAtOne) {
  EXPECT_DOUBLE_EQ(pixel_gain(LabelledImage{}, 2350.0), 1.0);
  const auto blank = spike_probabilities(LabelledImage{}, RateCoding{63.75, 1.0, 2350.0});
  for (double v : blank) EXPECT_EQ(v, 0.0);
  const auto bright = spike_probabilities(image_with({{3, 255}}), RateCoding{900.0, 2.0, 0.0});
  EXPECT_EQ(bright[3], 1.0);  // 1.8 expected spikes per step are clipped to one
}

}  // namespace
}  // namespace nm::digits
