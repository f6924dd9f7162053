#include "cores/learning_rule.h"

#include <algorithm>
#include <cctype>

namespace nm {

namespace {

const char* const kFactorList = "a factor (x1, x2, y1, y2, y3, r1, w, d, t, sgn(w), (f + C))";
const char* const kDependencyList = "a dependency (x0, y0, u0..u9)";

struct Token {
  enum class Kind { Name, Int, Op, Newline, End };
  Kind kind = Kind::End;
  std::string text;
  std::int64_t value = 0;  // Int
  int line = 1, column = 1;
};

struct NamedFactor {
  const char* name;
  FactorKind kind;
};
const NamedFactor kFactors[] = {{"x1", FactorKind::X1}, {"x2", FactorKind::X2},
                                {"y1", FactorKind::Y1}, {"y2", FactorKind::Y2},
                                {"y3", FactorKind::Y3}, {"r1", FactorKind::R1},
                                {"w", FactorKind::W},   {"d", FactorKind::D},
                                {"t", FactorKind::T}};

bool factor_of(const std::string& name, FactorKind* kind) {
  for (const auto& f : kFactors)
    if (name == f.name) {
      *kind = f.kind;
      return true;
    }
  return false;
}

class Parser {
 public:
  explicit Parser(const std::string& text) : multi_line_(text.find('\n') != std::string::npos) {
    tokenize(text);
  }

  LearningRule parse() {
    LearningRule rule;
    skip_separators();
    if (at(Token::Kind::End)) fail(peek(), "empty rule: expected 'dw', 'dd' or 'dt'");
    while (!at(Token::Kind::End)) {
      rule.equations.push_back(equation(rule));
      const Token& t = peek();
      if (!(t.kind == Token::Kind::Newline || t.kind == Token::Kind::End || is_op(t, ';')))
        fail(t, "expected '+', '-', '*', ';' or the end of the rule, found " + describe(t));
      skip_separators();
    }
    return rule;
  }

 private:
  void tokenize(const std::string& s) {
    int line = 1, col = 1;
    for (std::size_t i = 0; i < s.size();) {
      const char c = s[i];
      Token t;
      t.line = line;
      t.column = col;
      if (c == '\n') {
        t.kind = Token::Kind::Newline;
        tokens_.push_back(t);
        ++line;
        col = 1;
        ++i;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        ++i;
        ++col;
        continue;
      }
      std::size_t j = i;
      if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
        while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
        t.kind = Token::Kind::Name;
      } else if (std::isdigit(static_cast<unsigned char>(c))) {
        while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
        t.kind = Token::Kind::Int;
        if (j - i > 9) fail(t, "integer " + s.substr(i, j - i) + " is too large");
        t.value = std::stoll(s.substr(i, j - i));
      } else if (std::string("=+-*^();").find(c) != std::string::npos) {
        j = i + 1;
        t.kind = Token::Kind::Op;
      } else {
        fail(t, std::string("unexpected character '") + c + "'");
      }
      t.text = s.substr(i, j - i);
      tokens_.push_back(t);
      col += static_cast<int>(j - i);
      i = j;
    }
    Token end;
    end.line = line;
    end.column = col;
    tokens_.push_back(end);
  }

  [[noreturn]] void fail(const Token& t, const std::string& what) const {
    throw RuleSyntaxError(t.line, t.column, multi_line_, what);
  }
  static std::string describe(const Token& t) {
    if (t.kind == Token::Kind::End) return "the end of the rule";
    if (t.kind == Token::Kind::Newline) return "the end of the line";
    return "'" + t.text + "'";
  }
  static bool is_op(const Token& t, char op) {
    return t.kind == Token::Kind::Op && t.text[0] == op;
  }
  const Token& peek(std::size_t ahead = 0) const {
    return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
  }
  bool at(Token::Kind k) const { return peek().kind == k; }
  const Token& take() { return tokens_[std::min(pos_++, tokens_.size() - 1)]; }
  void skip_separators() {
    while (at(Token::Kind::Newline) || is_op(peek(), ';')) ++pos_;
  }

  RuleEquation equation(const LearningRule& rule) {
    const Token& t = take();
    if (t.kind != Token::Kind::Name)
      fail(t, "expected a target ('dw', 'dd' or 'dt'), found " + describe(t));
    RuleEquation eq;
    if (t.text == "dw") eq.target = RuleTarget::Weight;
    else if (t.text == "dd") eq.target = RuleTarget::Delay;
    else if (t.text == "dt") eq.target = RuleTarget::Tag;
    else fail(t, "unknown target '" + t.text + "': expected 'dw', 'dd' or 'dt'");
    for (const RuleEquation& e : rule.equations)
      if (e.target == eq.target) fail(t, "target '" + t.text + "' is already set by an earlier equation");
    const Token& eqs = take();
    if (!is_op(eqs, '=')) fail(eqs, "expected '=' after '" + t.text + "', found " + describe(eqs));
    int sign = 1;
    if (is_op(peek(), '+') || is_op(peek(), '-')) sign = take().text[0] == '-' ? -1 : 1;
    eq.products.push_back(product(sign));
    while (is_op(peek(), '+') || is_op(peek(), '-')) {
      sign = take().text[0] == '-' ? -1 : 1;
      eq.products.push_back(product(sign));
    }
    return eq;
  }

  struct ProductState {
    RuleProduct p;
    bool has_dependency = false, has_scale = false, has_mantissa = false;
  };

  RuleProduct product(int sign) {
    const Token first = peek();
    ProductState st;
    st.p.mantissa = sign;
    item(st, sign);
    while (is_op(peek(), '*')) {
      ++pos_;
      item(st, sign);
    }
    if (!st.has_dependency)
      fail(first, "the product starting here has no dependency: add x0, y0 or u0..u9");
    return st.p;
  }

  std::int32_t checked_constant(const Token& t, std::int64_t value) const {
    if (value < kRuleConstantMin || value > kRuleConstantMax)
      fail(t, "constant " + std::to_string(value) + " is outside [" +
                  std::to_string(kRuleConstantMin) + ", " + std::to_string(kRuleConstantMax) + "]");
    return static_cast<std::int32_t>(value);
  }

  void scale(ProductState& st, const Token& base) {
    if (base.value != 2) fail(base, "only powers of 2 are allowed as scales, found '" + base.text + "^'");
    if (st.has_scale) fail(base, "a product may have only one scale 2^e");
    ++pos_;  // '^'
    int esign = 1;
    if (is_op(peek(), '-') || is_op(peek(), '+')) esign = take().text[0] == '-' ? -1 : 1;
    const Token& e = take();
    if (e.kind != Token::Kind::Int)
      fail(e, "expected an integer exponent after '2^', found " + describe(e));
    const std::int64_t exponent = esign * e.value;
    if (exponent < kRuleExponentMin || exponent > kRuleExponentMax)
      fail(e, "exponent " + std::to_string(exponent) + " is outside [" +
                  std::to_string(kRuleExponentMin) + ", " + std::to_string(kRuleExponentMax) + "]");
    st.p.exponent = static_cast<std::int32_t>(exponent);
    st.has_scale = true;
  }

  void item(ProductState& st, int sign) {
    const Token& t = take();
    if (t.kind == Token::Kind::Int) {
      if (is_op(peek(), '^')) return scale(st, t);
      const bool mantissa = is_op(peek(), '*') && peek(1).kind == Token::Kind::Int &&
                            peek(1).value == 2 && is_op(peek(2), '^') && !st.has_mantissa;
      if (mantissa) {
        const std::int64_t m = sign * t.value;
        if (m < -8 || m > 7 || m == 0)
          fail(t, "mantissa " + std::to_string(m) + " is outside [-8, 7] (and not 0)");
        st.p.mantissa = static_cast<std::int32_t>(m);
        st.has_mantissa = true;
        return;
      }
      st.p.factors.push_back({FactorKind::Constant, checked_constant(t, t.value)});
      return;
    }
    if (t.kind == Token::Kind::Name) return named(st, t);
    if (is_op(t, '(')) return offset_factor(st, t);
    fail(t, std::string("expected ") + kFactorList + ", " + kDependencyList +
                ", an integer or 2^e, found " + describe(t));
  }

  void named(ProductState& st, const Token& t) {
    FactorKind kind;
    if (t.text == "x0" || t.text == "y0" || (t.text.size() >= 2 && t.text[0] == 'u' &&
                                             std::all_of(t.text.begin() + 1, t.text.end(), ::isdigit))) {
      if (st.has_dependency) fail(t, "a product may have only one dependency (x0, y0 or u_k)");
      st.has_dependency = true;
      if (t.text == "x0") st.p.dependency = RuleDependency::Pre;
      else if (t.text == "y0") st.p.dependency = RuleDependency::Post;
      else {
        st.p.dependency = RuleDependency::Unconditional;
        if (t.text.size() > 3 || std::stoul(t.text.substr(1)) > kRuleMaxUk)
          fail(t, "dependency '" + t.text + "': k is outside 0..9");
        st.p.u_k = static_cast<std::uint32_t>(std::stoul(t.text.substr(1)));
      }
      return;
    }
    if (t.text == "sgn") {
      if (!(is_op(peek(), '(') && peek(1).kind == Token::Kind::Name && peek(1).text == "w" &&
            is_op(peek(2), ')')))
        fail(peek(), "expected '(w)' after 'sgn', found " + describe(peek()));
      pos_ += 3;
      st.p.factors.push_back({FactorKind::SgnW, 0});
      return;
    }
    if (factor_of(t.text, &kind)) {
      st.p.factors.push_back({kind, 0});
      return;
    }
    fail(t, "unknown name '" + t.text + "': expected " + kFactorList + " or " + kDependencyList);
  }

  void offset_factor(ProductState& st, const Token& open) {
    const Token& f = take();
    FactorKind kind;
    if (f.kind != Token::Kind::Name || !factor_of(f.text, &kind))
      fail(f, "expected a factor (x1, x2, y1, y2, y3, r1, w, d, t) after '(', found " + describe(f));
    const Token& op = take();
    if (!(is_op(op, '+') || is_op(op, '-')))
      fail(op, "expected '+' or '-' in (" + f.text + " + C), found " + describe(op));
    const Token& c = take();
    if (c.kind != Token::Kind::Int) fail(c, "expected an integer constant C, found " + describe(c));
    const std::int32_t value = checked_constant(c, op.text[0] == '-' ? -c.value : c.value);
    const Token& close = take();
    if (!is_op(close, ')'))
      fail(close, "expected ')' to close the '(' at column " + std::to_string(open.column) +
                      ", found " + describe(close));
    st.p.factors.push_back({kind, value});
  }

  bool multi_line_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

std::string located(int line, int column, bool multi_line, const std::string& what) {
  return (multi_line ? "line " + std::to_string(line) + ", " : std::string()) + "column " +
         std::to_string(column) + ": " + what;
}

}  // namespace

RuleSyntaxError::RuleSyntaxError(int line, int column, bool multi_line, const std::string& what)
    : UserError(located(line, column, multi_line, what)), line_(line), column_(column), detail_(what) {}

bool LearningRule::reads(FactorKind kind) const {
  for (const RuleEquation& e : equations)
    for (const RuleProduct& p : e.products)
      for (const RuleFactor& f : p.factors)
        if (f.kind == kind) return true;
  return false;
}

LearningRule parse_learning_rule(const std::string& text) {
  LearningRule rule = Parser(text).parse();
  rule.text = text;
  return rule;
}

const char* factor_name(FactorKind kind) {
  for (const auto& f : kFactors)
    if (f.kind == kind) return f.name;
  return kind == FactorKind::SgnW ? "sgn(w)" : "constant";
}

}  // namespace nm
