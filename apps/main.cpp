// neuromesh: the command-line program. Thin: parse, dispatch, map errors to exit codes
// (0 success, 2 user error, 1 internal error).
#include <cstdlib>
#include <iostream>

#include "apps/cli_options.h"
#include "apps/commands.h"
#include "apps/export_command.h"
#include "apps/inputs.h"
#include "apps/noc_command.h"
#include "common/errors.h"
#include "common/log.h"

// libsystemc's own main() is not used (we define main below), but it refers to sc_main.
extern "C" int sc_main(int, char**) { return 1; }

int main(int argc, char** argv) {
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  try {
    const nm::cli::Options o = nm::cli::parse(argc, argv);
    if (o.version) {
      std::cout << "neuromesh " << NEUROMESH_VERSION << '\n';
      return 0;
    }
    if (o.help) {
      std::cout << o.help_text;
      return 0;
    }
    nm::set_log_level(o.log_level);
    if (o.dump_config) {  // only offered to the commands that read a configuration
      nm::cli::dump_config(nm::cli::load_command_inputs(o), std::cout);
      return 0;
    }
    if (o.command == "run") return nm::cli::run_command(o, std::cout);
    if (o.command == "map") return nm::cli::map_command(o, std::cout);
    if (o.command == "validate") return nm::cli::validate_command(o, std::cout);
    if (o.command == "noc") return nm::cli::noc_command(o, std::cout);
    if (o.command == "compare") return nm::cli::compare_command(o, std::cout);
    if (o.command == "sweep") return nm::cli::sweep_command(o, std::cout);
    if (o.command == "export") return nm::cli::export_command(o, std::cout);
    if (o.command == "report") return nm::cli::report_command(o, std::cout);
    if (o.command == "digits") return nm::cli::digits_command(o, std::cout);
    return nm::cli::presets_command(std::cout);
  } catch (const nm::UserError& e) {
    std::cerr << "neuromesh: error: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "neuromesh: internal error: " << e.what() << '\n';
    return 1;
  }
}
