// The HTML page of `neuromesh report` without a browser: what it inlines and how it escapes.
// (tests/e2e/html_report_test.cpp renders real pages in headless Chromium.)
#include "apps/report_page.h"

#include <gtest/gtest.h>

#include "apps/report_assets.h"

namespace nm::cli {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ReportPage, InlinesTheLibrariesAndLoadsNothingFromOutside) {
  Page page;
  page.title = "t";
  page.plots.push_back({"plot-a", "A", "a", nlohmann::json::parse(R"({"mark": "bar"})")});
  const std::string html = render_page(page);
  for (const char* lib : {"vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "report.js"}) {
    EXPECT_NE(html.find("<script>/* " + std::string(lib) + " */"), std::string::npos) << lib;
    EXPECT_GT(report_asset(lib).size(), 1000u) << lib;
  }
  EXPECT_EQ(count(html, "<script src"), 0u);
  EXPECT_EQ(count(html, "<link"), 0u);
  EXPECT_NE(html.find("id=\"plot-a\""), std::string::npos);
  EXPECT_NE(html.find("data-plots=\"1\""), std::string::npos);
}

TEST(ReportPage, TextAndDataCannotCloseTheirElements) {
  Page page;
  page.title = "<b>run</b>";
  page.notes.push_back("a & b");
  page.plots.push_back({"plot-a", "A</h2>", "c",
                        nlohmann::json{{"data", {{"values", {{{"name", "</script><!--"}}}}}}}});
  const std::string html = render_page(page);
  EXPECT_NE(html.find("&lt;b&gt;run&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(html.find("a &amp; b"), std::string::npos);
  EXPECT_NE(html.find("A&lt;/h2&gt;"), std::string::npos);
  // Every <script> opened is closed exactly once: the data's "</script>" was escaped.
  EXPECT_EQ(count(html, "<script"), count(html, "</script>"));
  EXPECT_NE(html.find("\\u003c/script>\\u003c!--"), std::string::npos);
}

TEST(ReportPage, FormatFactKeepsIntegersWholeAndRoundsFractions) {
  EXPECT_EQ(format_fact(612358), "612358");
  EXPECT_EQ(format_fact(1675.123456), "1675");
  EXPECT_EQ(format_fact(0.0123456), "0.01235");
}

}  // namespace
}  // namespace nm::cli
