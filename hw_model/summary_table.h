// The human summary printed on the terminal after a run, read from the report itself so the
// screen and report.json can never disagree.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

namespace nm {

void print_summary(const nlohmann::json& report, std::ostream& out);

}  // namespace nm
