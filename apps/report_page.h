// The page of `neuromesh report`: a title, a few headline facts, and plots given as Vega-Lite
// specs with their data inline. render_page() writes one self-contained HTML document: the
// style, the Vega, Vega-Lite and vega-embed bundles and the page script are inlined from the
// binary (apps/report_assets.h), so the page opens offline and needs nothing else.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace nm::cli {

struct Plot {
  std::string id;        // HTML id of the plot's box ("plot-energy"); unique in the page
  std::string title;     // heading above the plot
  std::string caption;   // one or two sentences: what is drawn, in which units
  nlohmann::json spec;   // Vega-Lite spec, data inline
};

struct Page {
  std::string title;
  std::string subtitle;
  std::vector<std::pair<std::string, std::string>> facts;  // (label, value) headline table
  std::vector<Plot> plots;
  std::vector<std::string> notes;  // plain-text remarks (a plot left out and why, failed points)
};

// The whole HTML document. Text is HTML-escaped; the specs are embedded as JSON that cannot
// close its <script> element.
std::string render_page(const Page& page);

// A number for the facts table: up to 4 significant digits after the point, no exponent
// below 1e15 ("1234.5", "0.0123").
std::string format_fact(double value);

}  // namespace nm::cli
