// The table of a sweep: one row per point with every swept value and the headline figures read
// from the point's report.json, and which points are on the Pareto front of total energy versus
// mean step latency (both to be minimised). Written as OUT/sweep.csv and OUT/sweep.json.
#pragma once

#include <string>
#include <vector>

#include "apps/sweep_runner.h"
#include "apps/sweep_spec.h"

namespace nm::cli {

// Headline figures, in column order: (column name, dotted key in report.json).
const std::vector<std::pair<std::string, std::string>>& headline_figures();

struct SweepRow {
  std::size_t point = 0;            // 1-based
  std::vector<std::string> values;  // one per axis (empty if the point does not set it)
  bool ok = false;
  std::string error;
  std::vector<double> figures;      // one per headline figure (NaN when absent or failed)
  bool pareto = false;
};

std::vector<SweepRow> collect_rows(const SweepSpec& spec, const std::vector<PointOutcome>& outcomes);
// Marks the rows on the Pareto front of (energy_total_pj, step_latency_ns_mean).
void mark_pareto_front(std::vector<SweepRow>& rows);
void write_sweep_tables(const SweepSpec& spec, const std::vector<SweepRow>& rows,
                        const std::string& out_dir);

}  // namespace nm::cli
