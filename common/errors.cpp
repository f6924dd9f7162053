#include "common/errors.h"

namespace nm {

std::string SourceMark::str() const {
  if (line <= 0) return file;
  return file + ":" + std::to_string(line);
}

static std::string format_config_error(const SourceMark& where, const std::string& key_path,
                                       const std::string& what) {
  std::string msg = where.str();
  if (!msg.empty()) msg += ": ";
  if (!key_path.empty()) msg += key_path + ": ";
  return msg + what;
}

ConfigError::ConfigError(const SourceMark& where, const std::string& key_path,
                         const std::string& what)
    : UserError(format_config_error(where, key_path, what)), where_(where), key_path_(key_path) {}

}  // namespace nm
