#include "cores/learning_evaluator.h"

#include <algorithm>

#include "cores/learning_trace.h"

namespace nm {

namespace {

std::int64_t factor_value(const RuleFactor& f, const TraceSample& s, const RuleInputs& in) {
  switch (f.kind) {
    case FactorKind::X1: return s.x1 + f.offset;
    case FactorKind::X2: return s.x2 + f.offset;
    case FactorKind::Y1: return s.y1 + f.offset;
    case FactorKind::Y2: return s.y2 + f.offset;
    case FactorKind::Y3: return s.y3 + f.offset;
    case FactorKind::R1: return s.r1 + f.offset;
    case FactorKind::W: return in.w + f.offset;
    case FactorKind::D: return in.d + f.offset;
    case FactorKind::T: return in.t + f.offset;
    case FactorKind::SgnW: return in.w >= 0 ? 1 : -1;
    case FactorKind::Constant: break;
  }
  return f.offset;
}

// value x 2^shift; shift < 0 rounds to nearest, ties away from zero. Saturates to 16 bits.
std::int64_t scale_to_accumulator(std::int64_t value, std::int32_t shift) {
  if (shift >= 0) {
    const std::int64_t limit = std::int64_t{1} << 40;  // far beyond 16 bits: saturate early
    value = std::clamp<std::int64_t>(value, -limit, limit);
    value *= std::int64_t{1} << shift;
  } else {
    const std::int64_t half = std::int64_t{1} << (-shift - 1);
    const std::int64_t mag = (value >= 0 ? value : -value) + half;
    value = (value >= 0 ? 1 : -1) * (mag >> -shift);
  }
  return std::clamp<std::int64_t>(value, kAccumulatorMin, kAccumulatorMax);
}

}  // namespace

bool product_active(const RuleProduct& p, const RuleInputs& in) {
  switch (p.dependency) {
    case RuleDependency::Pre: return in.x0;
    case RuleDependency::Post: return in.y0;
    case RuleDependency::Unconditional: break;
  }
  return in.epoch_index % (std::uint64_t{1} << p.u_k) == 0;
}

bool rule_active(const LearningRule& rule, const RuleInputs& in) {
  for (const RuleEquation& e : rule.equations)
    for (const RuleProduct& p : e.products)
      if (product_active(p, in)) return true;
  return false;
}

std::int32_t accumulate(const RuleEquation& eq, std::int32_t current, const RuleInputs& in) {
  std::int64_t acc = std::clamp<std::int64_t>(
      std::int64_t{current} * (1 << kAccumulatorFractionBits), kAccumulatorMin, kAccumulatorMax);
  for (const RuleProduct& p : eq.products) {
    if (!product_active(p, in)) continue;
    const TraceSample& s = p.dependency == RuleDependency::Pre    ? in.at_pre
                           : p.dependency == RuleDependency::Post ? in.at_post
                                                                  : in.at_end;
    std::int64_t value = p.mantissa;  // |factors| <= 2^9: 64 bits hold several before clamping
    for (const RuleFactor& f : p.factors) {
      value *= factor_value(f, s, in);
      value = std::clamp<std::int64_t>(value, -(std::int64_t{1} << 48), std::int64_t{1} << 48);
    }
    const std::int64_t term = scale_to_accumulator(
        value, p.exponent + static_cast<std::int32_t>(kAccumulatorFractionBits));
    acc = std::clamp<std::int64_t>(acc + term, kAccumulatorMin, kAccumulatorMax);
  }
  return static_cast<std::int32_t>(acc);
}

std::int32_t round_accumulator(std::int32_t acc, std::uint32_t precision_bits, Rng& rng) {
  const std::int64_t units = stochastic_shift(acc, kAccumulatorFractionBits + precision_bits, rng);
  return static_cast<std::int32_t>(units * (std::int64_t{1} << precision_bits));
}

}  // namespace nm
