#include "apps/report_page.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "apps/report_assets.h"

namespace nm::cli {

namespace {

std::string escape_html(const std::string& s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

bool starts_with_nocase(const std::string& s, std::size_t at, const char* prefix) {
  for (std::size_t k = 0; prefix[k] != '\0'; ++k) {
    if (at + k >= s.size() || std::tolower(static_cast<unsigned char>(s[at + k])) != prefix[k]) {
      return false;
    }
  }
  return true;
}

// Text placed inside <script> must not hold "</script" (any case) or "<!--", which HTML would
// read as the end of the element or the start of an escape. JSON: every '<' becomes "\u003c".
// JavaScript: "<\/" and "<\!" mean the same as "</" and "<!" inside the strings and regexes
// where such text can occur (the bundled libraries hold none; this keeps it so).
std::string script_safe(const std::string& s, bool is_json) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<' && is_json) {
      out += "\\u003c";
    } else if (starts_with_nocase(s, i, "<!--") || starts_with_nocase(s, i, "</script")) {
      out += "<\\";  // "<\!--", "<\/script"
    } else {
      out += s[i];
    }
  }
  return out;
}

void inline_script(std::ostringstream& html, const std::string& asset) {
  html << "<script>/* " << asset << " */\n" << script_safe(report_asset(asset), false)
       << "\n</script>\n";
}

}  // namespace

std::string format_fact(double value) {
  char buf[64];
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
  } else {
    std::snprintf(buf, sizeof buf, "%.4g", value);
  }
  return buf;
}

std::string render_page(const Page& page) {
  std::ostringstream html;
  html << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<title>" << escape_html(page.title) << "</title>\n"
       << "<style>\n" << report_asset("report.css") << "</style>\n";
  for (const char* lib : {"vega.min.js", "vega-lite.min.js", "vega-embed.min.js"}) {
    inline_script(html, lib);
  }
  html << "</head>\n<body>\n<header>\n<h1>" << escape_html(page.title) << "</h1>\n"
       << "<p class=\"sub\">" << escape_html(page.subtitle) << "</p>\n";
  if (!page.facts.empty()) {
    html << "<table class=\"facts\">\n";
    for (const auto& [label, value] : page.facts) {
      html << "<tr><td>" << escape_html(label) << "</td><td>" << escape_html(value)
           << "</td></tr>\n";
    }
    html << "</table>\n";
  }
  html << "<p id=\"nm-status\" data-plots=\"" << page.plots.size() << "\">Drawing "
       << page.plots.size() << " plots (needs JavaScript).</p>\n</header>\n";
  if (!page.notes.empty()) {
    html << "<ul class=\"notes\">\n";
    for (const std::string& n : page.notes) html << "<li>" << escape_html(n) << "</li>\n";
    html << "</ul>\n";
  }
  nlohmann::json specs = nlohmann::json::array();
  for (const Plot& p : page.plots) {
    html << "<section class=\"plot\">\n<h2>" << escape_html(p.title) << "</h2>\n"
         << "<p class=\"caption\">" << escape_html(p.caption) << "</p>\n"
         << "<div class=\"chart\" id=\"" << escape_html(p.id) << "\"></div>\n</section>\n";
    specs.push_back({{"id", p.id}, {"spec", p.spec}});
  }
  html << "<script type=\"application/json\" id=\"nm-plots\">"
       << script_safe(specs.dump(), true) << "</script>\n";
  inline_script(html, "report.js");
  html << "</body>\n</html>\n";
  return html.str();
}

}  // namespace nm::cli
