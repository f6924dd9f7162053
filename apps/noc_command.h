// `neuromesh noc ARCH`: synthetic traffic on the architecture's mesh alone (no cores), one rate
// or a sweep of rates, for comparison with BookSim2 and Noxim curves.
#pragma once

#include <ostream>

#include "apps/cli_options.h"

namespace nm::cli {

// Returns the exit code; throws UserError for bad options or a deadlock.
int noc_command(const Options& o, std::ostream& out);

}  // namespace nm::cli
