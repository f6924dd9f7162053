// Assertions shared by the end-to-end tests (on top of cli_runner.h).
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_runner.h"

namespace nm::e2e {

// A user error: exit code 2, one "neuromesh: error: ..." message on stderr that contains every
// one of `words`, and nothing (no partial report) on stdout.
inline void expect_user_error(const RunResult& r, std::initializer_list<std::string> words) {
  EXPECT_EQ(r.exit_code, 2) << "stderr: " << r.err;
  EXPECT_EQ(r.out, "") << "an error must not print a (partial) report";
  EXPECT_EQ(r.err.rfind("neuromesh: error: ", 0), 0u) << "stderr: " << r.err;
  for (const std::string& w : words) {
    EXPECT_NE(r.err.find(w), std::string::npos) << "expected '" << w << "' in stderr: " << r.err;
  }
}

// A successful run: exit code 0 and, with --log-level warn (the default), nothing on stderr.
inline void expect_success(const RunResult& r) {
  EXPECT_EQ(r.exit_code, 0) << "stderr: " << r.err;
  EXPECT_EQ(r.err, "") << "a clean run writes nothing to stderr";
}

// Parses a report; fails the test (and returns null) if it is not JSON.
inline nlohmann::json parse_json(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(j.is_discarded()) << "not JSON: " << text.substr(0, 500);
  return j.is_discarded() ? nlohmann::json() : j;
}

// A report without what may legitimately differ between runs of the same simulation: the host
// timings and (for event versus lockstep) the run mode.
inline nlohmann::json without_host_and_mode(nlohmann::json report) {
  report.erase("host");
  if (report.contains("run")) report["run"].erase("mode");
  return report;
}

}  // namespace nm::e2e
