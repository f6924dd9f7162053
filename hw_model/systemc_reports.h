// Routes SystemC's own reports (info, warnings, errors) into the "systemc" spdlog logger instead
// of stdout. Errors still throw as SystemC would; the simulation turns them into InternalError.
#pragma once

namespace nm {

void route_systemc_reports_to_log();

}  // namespace nm
