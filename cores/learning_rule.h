// A learning rule in Loihi's sum-of-products form (Davies et al. 2018, "Learning Rule Functional
// Form"; docs/learning.md section 3), parsed from text such as
//   dw = 2^-2*x1*y0 - 2^-2*y1*x0
// Each equation updates one target (dw weight, dd delay, dt tag) by a sum of products; a product
// is a signed mantissa x 2^exponent x one dependency (x0, y0, u_k) x factors.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/errors.h"

namespace nm {

enum class RuleTarget : std::uint8_t { Weight, Delay, Tag };
enum class RuleDependency : std::uint8_t { Pre, Post, Unconditional };  // x0, y0, u_k
// Trace and synapse-state factors. Constant: a literal (its value in `offset`).
enum class FactorKind : std::uint8_t { X1, X2, Y1, Y2, Y3, R1, W, D, T, SgnW, Constant };

constexpr std::int32_t kRuleExponentMin = -16;
constexpr std::int32_t kRuleExponentMax = 8;
constexpr std::int32_t kRuleConstantMin = -256;  // C of (f + C) and constant factors
constexpr std::int32_t kRuleConstantMax = 255;
constexpr std::uint32_t kRuleMaxUk = 9;          // u0..u9

struct RuleFactor {
  FactorKind kind = FactorKind::Constant;
  std::int32_t offset = 0;  // C of (f + C); the value itself for a Constant
};

struct RuleProduct {
  std::int32_t mantissa = 1;  // signed, -8..7, not 0
  std::int32_t exponent = 0;  // scale 2^exponent, kRuleExponentMin..kRuleExponentMax
  RuleDependency dependency = RuleDependency::Pre;
  std::uint32_t u_k = 0;      // Unconditional: active every 2^u_k epochs
  std::vector<RuleFactor> factors;
};

struct RuleEquation {
  RuleTarget target = RuleTarget::Weight;
  std::vector<RuleProduct> products;
};

struct LearningRule {
  std::string text;
  std::vector<RuleEquation> equations;
  bool reads(FactorKind kind) const;  // some product uses this factor
};

// A rule text that cannot be parsed. what(): "column C: ..." (or "line L, column C: ..." for
// multi-line texts); line and column are 1-based.
class RuleSyntaxError : public UserError {
 public:
  RuleSyntaxError(int line, int column, bool multi_line, const std::string& what);
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& detail() const { return detail_; }

 private:
  int line_, column_;
  std::string detail_;
};

// Parses rule text (equations separated by ';' or new lines). Throws RuleSyntaxError.
LearningRule parse_learning_rule(const std::string& text);

const char* factor_name(FactorKind kind);  // "x1", ..., "sgn(w)", "constant"

}  // namespace nm
