// Helpers of the end-to-end tests: run a program (the real `neuromesh` binary, or a tool such as
// vcd2fst) as a child process and capture its stdout, stderr and exit code; a fresh temporary
// folder per test; small file utilities.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace nm::e2e {

struct RunResult {
  int exit_code = -1;  // the child's exit status; 128 + signal if it was killed by a signal
  std::string out;     // everything written to stdout
  std::string err;     // everything written to stderr
};

// Runs `argv` (argv[0] is the program: a path, or a name looked up on PATH) with stdin from
// /dev/null, in `cwd` if not empty. Kills the child and fails the current test after
// `timeout_seconds`. Never throws for a failing child: the exit code says it.
RunResult run_program(const std::vector<std::string>& argv, const std::string& cwd = "",
                      int timeout_seconds = 120);

// Runs the neuromesh binary under test (NM_CLI) with `args`.
RunResult run_cli(const std::vector<std::string>& args, const std::string& cwd = "");

// The neuromesh binary under test.
std::string cli_path();

// A file of the test data folder (tests/data), e.g. data_path("loihi_lif/net1000/spikes.csv").
std::string data_path(const std::string& relative);

// The full path of `name` found on PATH, or "" if it is not there.
std::string find_on_path(const std::string& name);

std::string read_file(const std::filesystem::path& path);  // throws if it cannot be read
void write_file(const std::filesystem::path& path, const std::string& text);

// A fresh, empty folder for one test (under the system temp folder, named after the test).
// Removed when the test passes; kept, and its path printed, when the test fails.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace nm::e2e
