// Poisson rate coding of one image for the Diehl & Cook experiment: input neuron i fires with
// probability pixel_i / 255 x rate_hz x time_step_ms / 1000 per step (the paper's coding, with
// rate_hz = 63.75 Hz for a full-intensity pixel: pixel / 4 Hz). With an L2 target > 0 the pixels
// are first scaled so that their L2 norm (0-255 scale) equals the target: every image then drives
// the network about equally hard, whether its strokes are thin (a "1") or wide (a "0").
#pragma once

#include <array>

#include "apps/digits/dataset.h"

namespace nm::digits {

struct RateCoding {
  double rate_hz = 63.75;       // rate of a full-intensity (255) pixel [Hz]
  double time_step_ms = 1.0;    // simulated time per step [ms]
  double l2_target = 0.0;       // > 0: rescale the pixels to this L2 norm [pixel units]; 0: off
};

// The factor the pixels are scaled by: l2_target / ||pixels||_2, or 1 (no target, blank image).
double pixel_gain(const LabelledImage& img, double l2_target);

// Spike probability per step of each input neuron, each clipped to at most 1.
std::array<double, kImagePixels> spike_probabilities(const LabelledImage& img,
                                                     const RateCoding& coding);

}  // namespace nm::digits
