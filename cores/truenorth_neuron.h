// The TrueNorth neuron of Cassidy et al., IJCNN 2013 (shared/reference/hardware.md section 2.5,
// cross-checked with markplagge/NeMo src/neuro/tn_neuron.c), as plain integer functions. One tick
// of neuron j runs, in this order:
//   1. synaptic integration: for every active axon i with crossbar bit w_ij = 1 (ascending i),
//      V += S[G_i], or V += F(S[G_i], rho) when stochastic_synapse[G_i] is set;
//   2. leak: Omega = leak_reversal ? sgn(V) : 1;  V += Omega * (stochastic_leak ? F(leak, rho) : leak);
//   3. threshold: eta = rho & threshold_mask; spike when V >= threshold + eta, then reset by
//      reset_mode: normal V = reset_potential, linear V -= threshold + eta, none: V unchanged;
//   4. negative threshold (no spike only): when V < -(neg_saturate ? neg_threshold
//      : neg_threshold + eta), neg_saturate sets V = -neg_threshold; otherwise the reset mode is
//      mirrored: normal V = -reset_potential, linear V += neg_threshold + eta, none: unchanged.
// F(s, rho) = sgn(s) when |s| >= rho, else 0, with rho a fresh 8-bit draw (0..255). V is a 20-bit
// signed register: every stage saturates it to [-2^19, 2^19 - 1] (our choice; the paper gives
// the width, not the overflow rule). Every rho is a fresh draw, taken only where the equation
// uses one (a stochastic synapse event, a stochastic leak, a non-zero threshold mask), from the
// core's stream (TnPrng), in the order above; so runs are reproducible for a given seed.
#pragma once

#include <cstdint>

#include "common/rng.h"

namespace nm {

enum class TnResetMode : std::uint8_t { Normal = 0, Linear = 1, None = 2 };

constexpr std::int32_t kTnMembraneMin = -(1 << 19);     // 20-bit signed membrane [units]
constexpr std::int32_t kTnMembraneMax = (1 << 19) - 1;  // [units]
constexpr std::int32_t kTnWeightMin = -256;             // 9-bit signed S_j^G [units]
constexpr std::int32_t kTnWeightMax = 255;              // [units]
constexpr std::uint32_t kTnAxonTypes = 4;               // G in 0..3

// One neuron's programmed parameters (one row of the core's neuron SRAM). Widths of threshold,
// neg_threshold, leak, reset_potential and the mask are not published (hardware.md section 2.6):
// the loader's ranges (docs/models.md) are our choice.
struct TnNeuronParams {
  std::int32_t weights[kTnAxonTypes] = {0, 0, 0, 0};  // S_j^G per axon type, 9-bit signed [units]
  bool stochastic_synapse[kTnAxonTypes] = {false, false, false, false};  // b_j^G
  std::int32_t leak = 0;                 // lambda_j, signed, added every tick [units/tick]
  bool leak_reversal = false;            // epsilon_j: leak points toward 0
  bool stochastic_leak = false;          // c_j
  std::int32_t threshold = 1;            // alpha_j, >= 0 [units]
  std::int32_t neg_threshold = 0;        // beta_j, >= 0 [units]
  std::uint32_t threshold_mask = 0;      // M_j: eta = rho & M_j [bit mask]
  TnResetMode reset_mode = TnResetMode::Normal;  // gamma_j
  std::int32_t reset_potential = 0;      // R_j [units]
  bool neg_saturate = true;              // kappa_j: saturate at -beta (true) or mirror the reset
};

// The core's pseudo-random number stream: xoshiro256** (common/rng.h) seeded with the run seed
// and the core's hierarchical name; every rho is the low 8 bits (or mask bits) of one 64-bit draw.
class TnPrng {
 public:
  explicit TnPrng(Rng rng) : rng_(rng) {}
  std::uint32_t rho8() { return static_cast<std::uint32_t>(rng_.next_u64() & 0xFFu); }
  std::uint32_t masked(std::uint32_t mask) {
    return static_cast<std::uint32_t>(rng_.next_u64()) & mask;
  }

 private:
  Rng rng_;
};

// F(s, rho): sgn(s) when |s| >= rho, else 0.
std::int32_t tn_stochastic_step(std::int32_t s, std::uint32_t rho);
// Saturates v to the 20-bit signed membrane range.
std::int32_t tn_saturate(std::int64_t v);

// Stage 1 for one synaptic event of axon type `type` (draws rho only when that type is stochastic).
void tn_integrate(const TnNeuronParams& p, std::uint32_t type, std::int32_t& v, TnPrng& prng);
// Stages 2-4 (leak, threshold and reset, negative threshold). Returns true when the neuron spikes.
bool tn_leak_threshold_reset(const TnNeuronParams& p, std::int32_t& v, TnPrng& prng);

}  // namespace nm
