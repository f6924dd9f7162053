#include "hw_model/systemc_reports.h"

#include <systemc>

#include "common/log.h"

namespace nm {

static void log_handler(const sc_core::sc_report& rep, const sc_core::sc_actions& actions) {
  using namespace sc_core;
  if (actions & (SC_DISPLAY | SC_LOG)) {
    auto log = logger("systemc");
    const std::string text = std::string(rep.get_msg_type()) + ": " + rep.get_msg();
    switch (rep.get_severity()) {
      case SC_INFO: log->debug("{}", text); break;
      case SC_WARNING: log->warn("{}", text); break;
      default: log->error("{}", text); break;
    }
  }
  sc_report_handler::default_handler(rep, actions & ~(SC_DISPLAY | SC_LOG));
}

void route_systemc_reports_to_log() { sc_core::sc_report_handler::set_handler(log_handler); }

}  // namespace nm
