// Typed exceptions. Library code throws these and never calls exit() or writes to stdout;
// the CLI maps UserError (and subclasses) to exit code 2 and anything else to exit code 1.
#pragma once

#include <stdexcept>
#include <string>

namespace nm {

// A problem with what the user gave us: a config, a network, a file, an option.
class UserError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Where a configuration value came from. line is 1-based; 0 means "no line" (command line, default).
struct SourceMark {
  std::string file;
  int line = 0;
  int column = 0;
  std::string str() const;  // "file:line" or "file" when line == 0
};

// A bad configuration value: the message reads "FILE:LINE: KEY.PATH: what is wrong".
class ConfigError : public UserError {
 public:
  ConfigError(const SourceMark& where, const std::string& key_path, const std::string& what);
  const SourceMark& where() const { return where_; }
  const std::string& key_path() const { return key_path_; }

 private:
  SourceMark where_;
  std::string key_path_;
};

// A network that does not fit the chip: names the binding resource, the population and the shortfall.
class CapacityError : public UserError {
 public:
  using UserError::UserError;
};

// A broken invariant inside the simulator (a bug, not the user's fault): exit code 1.
class InternalError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

}  // namespace nm
