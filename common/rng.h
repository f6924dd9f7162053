// Deterministic pseudo-random numbers. Every component owns one Rng seeded from the run seed
// and its own hierarchical name, so results never depend on evaluation order or placement.
#pragma once

#include <cstdint>
#include <string_view>

namespace nm {

// 64-bit FNV-1a of a name, used to derive per-component seeds.
std::uint64_t hash_name(std::string_view name);

// xoshiro256** (Blackman & Vigna), seeded through splitmix64. Small, fast, reproducible.
class Rng {
 public:
  Rng(std::uint64_t seed, std::string_view component_name);
  explicit Rng(std::uint64_t seed);

  std::uint64_t next_u64();
  // Uniform integer in [0, bound) without modulo bias; bound > 0.
  std::uint64_t below(std::uint64_t bound);
  // Uniform double in [0, 1) with 53 random bits.
  double uniform();
  // True with probability p (p <= 0: never, p >= 1: always).
  bool bernoulli(double p);

 private:
  std::uint64_t s_[4];
};

}  // namespace nm
