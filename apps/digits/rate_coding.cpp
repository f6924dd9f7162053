#include "apps/digits/rate_coding.h"

#include <algorithm>
#include <cmath>

namespace nm::digits {

double pixel_gain(const LabelledImage& img, double l2_target) {
  if (l2_target <= 0.0) return 1.0;
  double sum_squares = 0.0;
  for (const std::uint8_t p : img.pixels) sum_squares += static_cast<double>(p) * p;
  return sum_squares > 0.0 ? l2_target / std::sqrt(sum_squares) : 1.0;
}

std::array<double, kImagePixels> spike_probabilities(const LabelledImage& img,
                                                     const RateCoding& coding) {
  const double per_pixel_unit =
      coding.rate_hz * coding.time_step_ms / 1000.0 / 255.0 * pixel_gain(img, coding.l2_target);
  std::array<double, kImagePixels> p{};
  for (std::size_t i = 0; i < kImagePixels; ++i)
    p[i] = std::min(1.0, img.pixels[i] * per_pixel_unit);
  return p;
}

}  // namespace nm::digits
