// lif_step_basic (cores/lif_neuron.h) for all the neurons of a core at once, in 32-bit lanes:
// structure-of-arrays state and constants, branch-free, no 64-bit product, so that the loop
// streams a third of the bytes of LifConstants/LifState and the compiler can vectorise it.
//
// Exactness (the unit tests compare it with lif_step_basic): a decay x * keep / 4096 truncated
// toward zero is |x| split as h * 4096 + l, h * keep + (l * keep >> 12), each product below 2^32
// for any 32-bit x and keep in [0, 4096]; u's wrap to 24 bits only needs decay + input modulo
// 2^24, so the input modulo 2^32 (the delay ring's accumulators) is enough; bias and threshold
// are clamped to 32 bits where the clamp cannot change a result (v saturates at
// +-kLifStateMax). It needs every keep in [0, 4096] and |v| <= kLifStateMax before the step
// (after any step v is in range); exact_for() checks both.
#pragma once

#include <cstdint>
#include <vector>

#include "cores/lif_neuron.h"

namespace nm {

class LifLanes {
 public:
  explicit LifLanes(const std::vector<LifConstants>& constants);

  // Whether step() reproduces lif_step_basic for these constants and voltages [v units].
  static bool exact_for(const std::vector<LifConstants>& constants,
                        const std::vector<std::int32_t>& v);

  // One step of every neuron c < size(): u[c], v[c] updated [u, v units], a_in[c] read (summed
  // input modulo 2^32, as the delay ring keeps it [u units]) and cleared, spiked[c] = 1 when
  // it fired, else 0, next_v[c] = v before the reset (v at spike) [v units]. The five arrays
  // must not overlap. Returns how many u's wrapped (decay(u) + input outside (-2^23, 2^23],
  // lif_step_basic's u_wraps) [compartment updates]. The input is only known modulo 2^32, so the
  // count is exact whenever |decay(u) + input| < 2^31; it can only miss a sum within 2^23 of a
  // nonzero multiple of 2^32, so any 32-bit input is counted exactly while |u| <= 2^23 (as after
  // any step).
  std::uint32_t step(std::int32_t* u, std::int32_t* v, std::int32_t* a_in, std::int32_t* spiked,
                     std::int32_t* next_v) const;

  std::uint32_t size() const { return static_cast<std::uint32_t>(keep_u_.size()); }

 private:
  std::vector<std::int32_t> keep_u_, keep_v_;  // [1/4096]
  std::vector<std::int32_t> bias_;             // clamped to +-2^25 [v units]
  std::vector<std::int32_t> threshold_;        // clamped to [-kLifStateMax - 1, kLifStateMax]
};

}  // namespace nm
