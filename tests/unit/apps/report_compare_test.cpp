#include "apps/report_compare.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace nm::cli {
namespace {

TEST(ReportCompare, PairsNumericLeavesAndSkipsHostByDefault) {
  const auto a = nlohmann::json::parse(
      R"({"schema":"neuromesh.report","counts":{"spikes":10,"hops":4},"host":{"wall_seconds":1.5},"x":[1,2]})");
  const auto b = nlohmann::json::parse(
      R"({"schema":"neuromesh.report","counts":{"spikes":15,"hops":4},"host":{"wall_seconds":0.5},"y":3})");
  const auto rows = compare_reports(a, b, false);
  ASSERT_EQ(rows.size(), 5u);  // counts.hops, counts.spikes, x[0], x[1], y
  auto find = [&](const std::string& key) -> const ComparedValue& {
    for (const auto& r : rows) {
      if (r.key == key) return r;
    }
    throw std::runtime_error("no row " + key);
  };
  EXPECT_DOUBLE_EQ(find("counts.spikes").difference(), 5.0);
  EXPECT_DOUBLE_EQ(find("counts.spikes").relative_change(), 0.5);
  EXPECT_DOUBLE_EQ(find("counts.hops").relative_change(), 0.0);
  EXPECT_FALSE(find("x[0]").in_b);
  EXPECT_TRUE(find("x[1]").in_a);
  EXPECT_FALSE(find("y").in_a);
  EXPECT_TRUE(find("y").in_b);
  EXPECT_EQ(compare_reports(a, b, true).size(), 6u);
}

TEST(ReportCompare, ChangedOnlyTableOmitsEqualRows) {
  const auto a = nlohmann::json::parse(R"({"p":1,"q":2})");
  const auto b = nlohmann::json::parse(R"({"p":1,"q":3})");
  std::ostringstream out;
  print_comparison(compare_reports(a, b, false), "A", "B", true, out);
  EXPECT_EQ(out.str().find("\np "), std::string::npos);
  EXPECT_NE(out.str().find("+1 (+50.0%)"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("1 of 2 values differ"), std::string::npos);
}

TEST(ReportCompare, ChangeFromZeroIsInfinite) {
  ComparedValue v;
  v.in_a = v.in_b = true;
  v.a = 0;
  v.b = 2;
  EXPECT_TRUE(std::isinf(v.relative_change()));
}

}  // namespace
}  // namespace nm::cli
