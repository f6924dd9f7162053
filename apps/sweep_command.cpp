// `neuromesh sweep SWEEP.yaml --out DIR [--jobs N]`: run every point, then tabulate.
#include <unistd.h>

#include <climits>
#include <iostream>

#include "apps/commands.h"
#include "apps/sweep_results.h"
#include "apps/sweep_runner.h"
#include "apps/sweep_spec.h"
#include "common/errors.h"

namespace nm::cli {

namespace {

std::string this_executable() {
  char buf[PATH_MAX];
  const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) throw InternalError("sweep: cannot find the neuromesh executable");
  return std::string(buf, static_cast<std::size_t>(n));
}

}  // namespace

int sweep_command(const Options& o, std::ostream& out) {
  const SweepSpec spec = load_sweep(o.positional[0]);
  SweepRunOptions ro;
  ro.out_dir = o.out_dir.empty() ? "sweep_out" : o.out_dir;
  ro.jobs = o.jobs;
  ro.neuromesh = this_executable();
  const auto outcomes = run_sweep(spec, ro, std::cerr);
  std::vector<SweepRow> rows = collect_rows(spec, outcomes);
  mark_pareto_front(rows);
  write_sweep_tables(spec, rows, ro.out_dir);
  std::size_t failed = 0, pareto = 0;
  for (const SweepRow& r : rows) {
    failed += r.ok ? 0 : 1;
    pareto += r.pareto ? 1 : 0;
  }
  out << "Sweep " << spec.source << ": " << rows.size() << " points, " << failed << " failed, "
      << pareto << " on the energy/latency Pareto front\n"
      << "Results: " << ro.out_dir << "/sweep.csv and " << ro.out_dir << "/sweep.json\n";
  return failed == rows.size() ? 2 : 0;
}

}  // namespace nm::cli
