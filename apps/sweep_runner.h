// Runs every point of a sweep as its own `neuromesh run` process, up to `jobs` at a time, with
// progress and an ETA on the progress stream. A point's output goes to OUT/points/NNNN/; a point
// that fails is recorded with its error and the sweep goes on. Running the same sweep into the
// same folder again resumes it: a point whose folder holds a finished run of the very same
// arguments is not run again.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "apps/sweep_spec.h"

namespace nm::cli {

struct PointOutcome {
  std::size_t index = 0;   // 0-based point number
  std::string dir;         // OUT/points/NNNN
  bool ok = false;
  bool reused = false;     // finished in an earlier run of the sweep
  int exit_code = 0;
  std::string error;       // last line the failed run wrote to stderr
  double seconds = 0.0;    // host time of this point
};

struct SweepRunOptions {
  std::string out_dir;
  unsigned jobs = 1;
  std::string neuromesh;   // the program to run (normally this very executable)
};

std::vector<PointOutcome> run_sweep(const SweepSpec& spec, const SweepRunOptions& options,
                                    std::ostream& progress);

}  // namespace nm::cli
