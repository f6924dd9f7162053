#include "common/log.h"

#include <spdlog/sinks/stdout_color_sinks.h>

#include "common/errors.h"

namespace nm {

static spdlog::level::level_enum& current_level() {
  static spdlog::level::level_enum level = spdlog::level::warn;
  return level;
}

std::shared_ptr<spdlog::logger> logger(const std::string& subsystem) {
  if (auto existing = spdlog::get(subsystem)) return existing;
  auto created = spdlog::stderr_color_mt(subsystem);
  created->set_level(current_level());
  created->set_pattern("[%n] %l: %v");
  return created;
}

void set_log_level(const std::string& level) {
  const auto parsed = spdlog::level::from_str(level);
  if (parsed == spdlog::level::off && level != "off") {
    throw UserError("--log-level: unknown level '" + level +
                    "' (use trace, debug, info, warn, error or off)");
  }
  current_level() = parsed;
  spdlog::apply_all([parsed](const std::shared_ptr<spdlog::logger>& l) { l->set_level(parsed); });
}

}  // namespace nm
