#include "apps/sweep_runner.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/errors.h"

namespace nm::cli {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::string point_dir(const std::string& out, std::size_t i) {
  char name[32];
  std::snprintf(name, sizeof name, "%04zu", i + 1);
  return out + "/points/" + name;
}

nlohmann::json point_record(const SweepPoint& p, const std::vector<std::string>& args) {
  nlohmann::json values = nlohmann::json::object();
  for (const auto& [k, v] : p.values) values[k] = v;
  return {{"values", values}, {"arguments", args}};
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool finished_before(const std::string& dir, const nlohmann::json& record) {
  if (!fs::exists(dir + "/done") || !fs::exists(dir + "/report.json")) return false;
  try {
    return nlohmann::json::parse(read_text(dir + "/point.json")) == record;
  } catch (const nlohmann::json::exception&) {
    return false;
  }
}

std::string last_line(const std::string& text) {
  std::string last, line;
  std::stringstream ss(text);
  while (std::getline(ss, line)) {
    if (!line.empty()) last = line;
  }
  return last;
}

// Starts `program run ARGS --out dir --format json`, stdout discarded, stderr to dir/stderr.txt.
pid_t start_point(const std::string& program, const std::vector<std::string>& args,
                  const std::string& dir) {
  std::vector<std::string> argv_text = {program, "run"};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  argv_text.insert(argv_text.end(), {"--out", dir, "--format", "json"});
  const std::string err_path = dir + "/stderr.txt";
  const pid_t pid = fork();
  if (pid < 0) throw InternalError("sweep: fork failed");
  if (pid == 0) {
    const int devnull = open("/dev/null", O_WRONLY);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (devnull >= 0) dup2(devnull, STDOUT_FILENO);
    if (err >= 0) dup2(err, STDERR_FILENO);
    std::vector<char*> argv;
    for (std::string& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

std::string format_duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

std::vector<PointOutcome> run_sweep(const SweepSpec& spec, const SweepRunOptions& options,
                                    std::ostream& progress) {
  const std::size_t n = spec.points.size();
  std::vector<PointOutcome> outcomes(n);
  std::vector<std::size_t> to_run;
  for (std::size_t i = 0; i < n; ++i) {
    PointOutcome& o = outcomes[i];
    o.index = i;
    o.dir = point_dir(options.out_dir, i);
    const auto args = point_arguments(spec, spec.points[i]);
    const nlohmann::json record = point_record(spec.points[i], args);
    if (finished_before(o.dir, record)) {
      o.ok = o.reused = true;
      continue;
    }
    std::error_code ec;
    fs::remove_all(o.dir, ec);
    fs::create_directories(o.dir, ec);
    if (ec) throw UserError("sweep: cannot create '" + o.dir + "': " + ec.message());
    std::ofstream(o.dir + "/point.json") << record.dump(2) << '\n';
    to_run.push_back(i);
  }
  progress << "sweep: " << n << " points, " << (n - to_run.size()) << " already done, "
           << to_run.size() << " to run with " << options.jobs << " jobs\n";

  const auto t0 = Clock::now();
  std::map<pid_t, std::pair<std::size_t, Clock::time_point>> running;
  std::size_t next = 0, done = 0;
  while (done < to_run.size()) {
    while (running.size() < options.jobs && next < to_run.size()) {
      const std::size_t i = to_run[next++];
      const auto args = point_arguments(spec, spec.points[i]);
      running[start_point(options.neuromesh, args, outcomes[i].dir)] = {i, Clock::now()};
    }
    int status = 0;
    const pid_t pid = waitpid(-1, &status, 0);
    auto it = running.find(pid);
    if (pid < 0 || it == running.end()) continue;
    PointOutcome& o = outcomes[it->second.first];
    o.seconds = std::chrono::duration<double>(Clock::now() - it->second.second).count();
    running.erase(it);
    o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    o.ok = o.exit_code == 0;
    if (o.ok) {
      std::ofstream(o.dir + "/done") << "ok\n";
    } else {
      o.error = last_line(read_text(o.dir + "/stderr.txt"));
      if (o.error.empty()) o.error = "exit code " + std::to_string(o.exit_code);
    }
    ++done;
    const double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
    const double eta = elapsed / static_cast<double>(done) * static_cast<double>(to_run.size() - done);
    progress << "[" << done << "/" << to_run.size() << "] point " << (o.index + 1) << " "
             << (o.ok ? "ok" : "FAILED: " + o.error) << "  elapsed " << format_duration(elapsed)
             << "  ETA " << format_duration(eta) << "\n";
  }
  return outcomes;
}

}  // namespace nm::cli
