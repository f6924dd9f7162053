// `neuromesh compare A B`: the two reports' numeric values side by side.
#include "apps/commands.h"
#include "apps/report_compare.h"

namespace nm::cli {

int compare_command(const Options& o, std::ostream& out) {
  const auto a = read_report(o.positional[0]);
  const auto b = read_report(o.positional[1]);
  print_comparison(compare_reports(a, b, o.compare_host), o.positional[0], o.positional[1],
                   o.changed_only, out);
  return 0;
}

}  // namespace nm::cli
