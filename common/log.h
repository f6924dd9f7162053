// One spdlog logger per subsystem ("sim", "config", "mapper", "noc", "systemc"), all writing to
// stderr so that stdout carries only what the user asked for.
#pragma once

#include <memory>
#include <string>

#include <spdlog/spdlog.h>

namespace nm {

std::shared_ptr<spdlog::logger> logger(const std::string& subsystem);
// "trace", "debug", "info", "warn", "error", "off"; anything else throws UserError.
void set_log_level(const std::string& level);

}  // namespace nm
