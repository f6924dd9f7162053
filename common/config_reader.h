// Strict, typed access to one map of a ConfigNode tree. Every getter records the key it read;
// finish() then rejects any key that was never read, so a typo is an error, not a silent default.
// Every failure throws ConfigError "FILE:LINE: full.key.path: what is wrong", where the line is
// the offending value's own line (or the enclosing map's line for a missing key).
//
//   ConfigReader chip(root_reader.section("chip"));
//   params.mesh_width = chip.integer("mesh_width", 1, 256);
//   params.static_power_mw = chip.real_or("static_power_mw", 0.0, 0.0, 1e6);
//   chip.finish();
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/config_tree.h"

namespace nm {

class ConfigReader {
 public:
  // `node` must be a map (else ConfigError "expected a map"); `path` is its dotted key path
  // ("" for the document root) used to build full key paths in messages.
  ConfigReader(const ConfigNode& node, std::string path);

  bool has(const std::string& key) const;

  // Integers: decimal (with optional sign) only; out of [min, max] is an error that names the range.
  std::int64_t integer(const std::string& key, std::int64_t min, std::int64_t max);
  std::int64_t integer_or(const std::string& key, std::int64_t fallback, std::int64_t min,
                          std::int64_t max);
  // Reals: any finite number; out of [min, max] is an error.
  double real(const std::string& key, double min, double max);
  double real_or(const std::string& key, double fallback, double min, double max);
  // Booleans: true/false only.
  bool flag(const std::string& key);
  bool flag_or(const std::string& key, bool fallback);
  // Strings: any scalar.
  std::string text(const std::string& key);
  std::string text_or(const std::string& key, const std::string& fallback);
  // One of a fixed set of words; anything else is an error listing the allowed words.
  std::string choice(const std::string& key, const std::vector<std::string>& allowed);
  std::string choice_or(const std::string& key, const std::string& fallback,
                        const std::vector<std::string>& allowed);
  // A sequence of integers, each within [min, max].
  std::vector<std::int64_t> integer_list(const std::string& key, std::int64_t min,
                                         std::int64_t max);

  // A nested map, read strictly in turn (call finish() on it too).
  ConfigReader section(const std::string& key);
  // A sequence of maps: one reader per item, path "key[i]".
  std::vector<ConfigReader> section_list(const std::string& key);
  // The raw node of a key (marks it read); throws if missing.
  const ConfigNode& raw(const std::string& key);

  // Throws ConfigError naming the first key of this map that no getter asked for,
  // with a "did you mean" hint when a read key is a close match.
  void finish() const;

  // Throws ConfigError about `key` in this map (use for cross-field checks).
  [[noreturn]] void fail(const std::string& key, const std::string& what) const;

  const std::string& path() const { return path_; }
  const ConfigNode& node() const { return *node_; }
  // Full dotted path of a key in this map ("chip.mesh_width").
  std::string key_path(const std::string& key) const;

 private:
  void note_read(const std::string& key);  // records a key as known, present or not

  const ConfigNode* node_;
  std::string path_;
  std::vector<std::string> read_keys_;
};

}  // namespace nm
