// The rule parser (docs/learning.md section 3): valid rules, and every error class with the
// column it names.
#include "cores/learning_rule.h"

#include <gtest/gtest.h>

#include <string>

namespace nm {
namespace {

TEST(LearningRuleParser, ParsesCanonicalPairStdpWhenGivenNxsdkText) {
  const LearningRule r = parse_learning_rule("dw = 2^-2*x1*y0 - 2^-2*y1*x0");
  ASSERT_EQ(r.equations.size(), 1u);
  const RuleEquation& e = r.equations[0];
  EXPECT_EQ(e.target, RuleTarget::Weight);
  ASSERT_EQ(e.products.size(), 2u);
  EXPECT_EQ(e.products[0].mantissa, 1);
  EXPECT_EQ(e.products[0].exponent, -2);
  EXPECT_EQ(e.products[0].dependency, RuleDependency::Post);
  ASSERT_EQ(e.products[0].factors.size(), 1u);
  EXPECT_EQ(e.products[0].factors[0].kind, FactorKind::X1);
  EXPECT_EQ(e.products[1].mantissa, -1);
  EXPECT_EQ(e.products[1].dependency, RuleDependency::Pre);
  EXPECT_EQ(e.products[1].factors[0].kind, FactorKind::Y1);
  EXPECT_TRUE(r.reads(FactorKind::X1));
  EXPECT_FALSE(r.reads(FactorKind::X2));
}

TEST(LearningRuleParser, ParsesEveryItemKindWhenRuleIsRich) {
  const LearningRule r = parse_learning_rule(
      "dt = -3*2^-4*x0*(y1 - 12)*sgn(w)*5 + u3*t\n dd = 2^1*y0; dw = -8*2^3*r1*(w + 255)*u0");
  ASSERT_EQ(r.equations.size(), 3u);
  const RuleProduct& p = r.equations[0].products[0];
  EXPECT_EQ(p.mantissa, -3);
  EXPECT_EQ(p.exponent, -4);
  ASSERT_EQ(p.factors.size(), 3u);
  EXPECT_EQ(p.factors[0].kind, FactorKind::Y1);
  EXPECT_EQ(p.factors[0].offset, -12);
  EXPECT_EQ(p.factors[1].kind, FactorKind::SgnW);
  EXPECT_EQ(p.factors[2].kind, FactorKind::Constant);
  EXPECT_EQ(p.factors[2].offset, 5);
  EXPECT_EQ(r.equations[0].products[1].dependency, RuleDependency::Unconditional);
  EXPECT_EQ(r.equations[0].products[1].u_k, 3u);
  EXPECT_EQ(r.equations[1].target, RuleTarget::Delay);
  EXPECT_EQ(r.equations[1].products[0].exponent, 1);
  EXPECT_EQ(r.equations[2].target, RuleTarget::Weight);
  EXPECT_EQ(r.equations[2].products[0].mantissa, -8);
  EXPECT_EQ(r.equations[2].products[0].factors[1].offset, 255);
}

struct BadRule {
  const char* text;
  int column;
  const char* fragment;  // part of the message
};

class LearningRuleErrors : public ::testing::TestWithParam<BadRule> {};

TEST_P(LearningRuleErrors, NamesColumnAndExpectationWhenRuleIsBad) {
  const BadRule& b = GetParam();
  try {
    parse_learning_rule(b.text);
    FAIL() << "parsed: " << b.text;
  } catch (const RuleSyntaxError& e) {
    EXPECT_EQ(e.column(), b.column) << e.what();
    EXPECT_NE(std::string(e.what()).find(b.fragment), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).rfind("column " + std::to_string(b.column) + ": ", 0), 0u)
        << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    EveryClass, LearningRuleErrors,
    ::testing::Values(
        BadRule{"", 1, "empty rule"},
        BadRule{" ;; ", 5, "empty rule"},
        BadRule{"2^-2*x1*y0", 1, "expected a target"},
        BadRule{"dx = x1*y0", 1, "unknown target 'dx'"},
        BadRule{"dw = x1*y0; dw = y1*x0", 13, "already set"},
        BadRule{"dw x1*y0", 4, "expected '=' after 'dw'"},
        BadRule{"dw = x1*y0 # comment", 12, "unexpected character '#'"},
        BadRule{"dw = z1*y0", 6, "unknown name 'z1'"},
        BadRule{"dw = 2^-2*x1", 6, "no dependency"},
        BadRule{"dw = x0*x1*y0", 12, "only one dependency"},
        BadRule{"dw = 2^-2*2^1*y0", 11, "only one scale"},
        BadRule{"dw = 9*2^-2*y0", 6, "mantissa 9 is outside [-8, 7]"},
        BadRule{"dw = 2^-17*y0", 9, "exponent -17 is outside [-16, 8]"},
        BadRule{"dw = 300*y0", 6, "constant 300 is outside [-256, 255]"},
        BadRule{"dw = (w - 257)*y0", 11, "constant -257 is outside"},
        BadRule{"dw = 3^2*y0", 6, "only powers of 2"},
        BadRule{"dw = u10*x1", 6, "k is outside 0..9"},
        BadRule{"dw = (x1 + 3*y0", 13, "expected ')' to close the '(' at column 6"},
        BadRule{"dw = (y0 + 3)*y0", 7, "expected a factor (x1"},
        BadRule{"dw = (x1 * 3)*y0", 10, "expected '+' or '-'"},
        BadRule{"dw = (x1 + w)*y0", 12, "expected an integer constant"},
        BadRule{"dw = x1*", 9, "found the end of the rule"},
        BadRule{"dw = 2^x*y0", 8, "expected an integer exponent"},
        BadRule{"dw = sgn*y0", 9, "expected '(w)' after 'sgn'"},
        BadRule{"dw = x1*y0 y1", 12, "expected '+', '-', '*', ';' or the end"},
        BadRule{"dw = 1234567890*y0", 6, "too large"}));

TEST(LearningRuleParser, NamesLineAndColumnWhenRuleHasSeveralLines) {
  try {
    parse_learning_rule("dw = x1*y0\ndt = q*y0");
    FAIL();
  } catch (const RuleSyntaxError& e) {
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.column(), 6);
    EXPECT_EQ(std::string(e.what()).rfind("line 2, column 6: unknown name 'q'", 0), 0u) << e.what();
  }
}

}  // namespace
}  // namespace nm
