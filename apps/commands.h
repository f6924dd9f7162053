// The neuromesh commands. Each returns the process exit code and throws UserError for bad input.
#pragma once

#include <ostream>

#include "apps/cli_options.h"

namespace nm::cli {

int run_command(const Options& o, std::ostream& out);
int map_command(const Options& o, std::ostream& out);
int validate_command(const Options& o, std::ostream& out);
int presets_command(std::ostream& out);
int compare_command(const Options& o, std::ostream& out);
int sweep_command(const Options& o, std::ostream& out);
int report_command(const Options& o, std::ostream& out);

}  // namespace nm::cli
