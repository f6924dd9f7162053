// The files inlined into the page of `neuromesh report`, compiled into the binary at build time
// (apps/report_web/web.cmake): report.js, report.css and the Vega, Vega-Lite and vega-embed
// bundles (vega.min.js, vega-lite.min.js, vega-embed.min.js).
#pragma once

#include <string>

namespace nm::cli {

// The content of the embedded file `name`; throws InternalError if it was not embedded.
const std::string& report_asset(const std::string& name);

}  // namespace nm::cli
