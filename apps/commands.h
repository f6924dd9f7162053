// The neuromesh commands. Each returns the process exit code and throws UserError for bad input.
#pragma once

#include <ostream>

#include "apps/cli_options.h"
#include "apps/inputs.h"
#include "mapper/mapping.h"

namespace nm::cli {

// The mapping a command works on: read from --mapping, or made by --mapper from rates estimated
// from the inputs or measured by a --profile-steps run; written to --write-mapping if asked.
Mapping make_mapping(const LoadedInputs& in, const Options& o);
// Creates `dir` (and its parents) for an output option; throws UserError naming `option`.
void create_folder(const std::string& dir, const char* option);

int run_command(const Options& o, std::ostream& out);
int map_command(const Options& o, std::ostream& out);
int validate_command(const Options& o, std::ostream& out);
int presets_command(std::ostream& out);
int compare_command(const Options& o, std::ostream& out);
int sweep_command(const Options& o, std::ostream& out);
int report_command(const Options& o, std::ostream& out);
int digits_command(const Options& o, std::ostream& out);  // apps/digits_command.cpp

}  // namespace nm::cli
