#include "common/config_reader.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>

namespace nm {

namespace {

std::string describe(const ConfigNode& n) {
  switch (n.kind()) {
    case ConfigNode::Kind::Null:
      return "nothing";
    case ConfigNode::Kind::Map:
      return "a map";
    case ConfigNode::Kind::Sequence:
      return "a sequence";
    case ConfigNode::Kind::Scalar:
      break;
  }
  return "'" + n.scalar() + "'";
}

std::string format_real(double v) {
  std::ostringstream out;
  out.precision(15);
  out << v;
  return out.str();
}

template <typename T>
std::string range_text(T min, T max, std::string (*fmt)(T)) {
  if (max == std::numeric_limits<T>::max()) return "must be at least " + fmt(min);
  if (min == std::numeric_limits<T>::lowest()) return "must be at most " + fmt(max);
  return "must be between " + fmt(min) + " and " + fmt(max);
}

std::string format_int(std::int64_t v) { return std::to_string(v); }

bool all_digits(const std::string& s, std::size_t from) {
  if (from >= s.size()) return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(from), s.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// Optional sign, then decimal digits only.
bool is_integer_text(const std::string& s) {
  const std::size_t from = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  return all_digits(s, from);
}

// [sign] digits [. digits] [e [sign] digits], or [sign] . digits ...: no hex, inf or nan.
bool is_real_text(const std::string& s) {
  std::size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  const auto digits = [&]() {
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i - start;
  };
  std::size_t mantissa = digits();
  if (i < s.size() && s[i] == '.') {
    ++i;
    mantissa += digits();
  }
  if (mantissa == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (digits() == 0) return false;
  }
  return i == s.size();
}

// Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// " (did you mean 'x'?)" for the closest candidate within distance 2, else "".
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::size_t best = 3;
  std::string hint;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best) {
      best = d;
      hint = c;
    }
  }
  return hint.empty() ? "" : " (did you mean '" + hint + "'?)";
}

// For a missing key: " (is 'chp' at FILE:LINE a misspelling of 'chip'?)" when a present key
// that no getter has asked for is a close match, so a typo is reported as such.
std::string misspelling_hint(const ConfigNode& map, const std::string& missing,
                             const std::vector<std::string>& read_keys) {
  for (const auto& [key, value] : map.entries()) {
    const bool known = std::find(read_keys.begin(), read_keys.end(), key) != read_keys.end();
    if (!known && edit_distance(key, missing) <= 2)
      return " (is '" + key + "' at " + value.mark().str() + " a misspelling of '" + missing +
             "'?)";
  }
  return "";
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

}  // namespace

ConfigReader::ConfigReader(const ConfigNode& node, std::string path)
    : node_(&node), path_(std::move(path)) {
  if (!node.is_map())
    throw ConfigError(node.mark(), path_, "expected a map of keys, found " + describe(node));
}

bool ConfigReader::has(const std::string& key) const { return node_->find(key) != nullptr; }

std::string ConfigReader::key_path(const std::string& key) const {
  return path_.empty() ? key : path_ + "." + key;
}

void ConfigReader::fail(const std::string& key, const std::string& what) const {
  const ConfigNode* value = node_->find(key);
  throw ConfigError(value != nullptr ? value->mark() : node_->mark(), key_path(key), what);
}

void ConfigReader::note_read(const std::string& key) {
  if (std::find(read_keys_.begin(), read_keys_.end(), key) == read_keys_.end())
    read_keys_.push_back(key);
}

const ConfigNode& ConfigReader::raw(const std::string& key) {
  note_read(key);
  const ConfigNode* value = node_->find(key);
  if (value == nullptr)
    fail(key, "required key is missing" + misspelling_hint(*node_, key, read_keys_));
  return *value;
}

std::int64_t ConfigReader::integer(const std::string& key, std::int64_t min, std::int64_t max) {
  const ConfigNode& v = raw(key);
  if (!v.is_scalar() || !is_integer_text(v.scalar()))
    fail(key, "expected a whole number, found " + describe(v));
  errno = 0;
  char* end = nullptr;
  const long long parsed = std::strtoll(v.scalar().c_str(), &end, 10);
  if (errno == ERANGE || parsed < min || parsed > max)
    fail(key, range_text(min, max, format_int) + ", found " + v.scalar());
  return parsed;
}

std::int64_t ConfigReader::integer_or(const std::string& key, std::int64_t fallback,
                                      std::int64_t min, std::int64_t max) {
  if (!has(key)) {
    note_read(key);
    return fallback;
  }
  return integer(key, min, max);
}

double ConfigReader::real(const std::string& key, double min, double max) {
  const ConfigNode& v = raw(key);
  if (!v.is_scalar() || !is_real_text(v.scalar()))
    fail(key, "expected a number, found " + describe(v));
  errno = 0;
  const double parsed = std::strtod(v.scalar().c_str(), nullptr);
  if (errno == ERANGE && std::isinf(parsed)) fail(key, "number is too large: " + v.scalar());
  if (parsed < min || parsed > max)
    fail(key, range_text(min, max, format_real) + ", found " + v.scalar());
  return parsed;
}

double ConfigReader::real_or(const std::string& key, double fallback, double min, double max) {
  if (!has(key)) {
    note_read(key);
    return fallback;
  }
  return real(key, min, max);
}

bool ConfigReader::flag(const std::string& key) {
  const ConfigNode& v = raw(key);
  if (v.is_scalar() && v.scalar() == "true") return true;
  if (v.is_scalar() && v.scalar() == "false") return false;
  fail(key, "expected true or false, found " + describe(v));
}

bool ConfigReader::flag_or(const std::string& key, bool fallback) {
  if (!has(key)) {
    note_read(key);
    return fallback;
  }
  return flag(key);
}

std::string ConfigReader::text(const std::string& key) {
  const ConfigNode& v = raw(key);
  if (!v.is_scalar()) fail(key, "expected a text value, found " + describe(v));
  return v.scalar();
}

std::string ConfigReader::text_or(const std::string& key, const std::string& fallback) {
  if (!has(key)) {
    note_read(key);
    return fallback;
  }
  return text(key);
}

std::string ConfigReader::choice(const std::string& key, const std::vector<std::string>& allowed) {
  const std::string word = text(key);
  if (std::find(allowed.begin(), allowed.end(), word) != allowed.end()) return word;
  fail(key,
       "must be one of: " + join(allowed) + "; found '" + word + "'" + did_you_mean(word, allowed));
}

std::string ConfigReader::choice_or(const std::string& key, const std::string& fallback,
                                    const std::vector<std::string>& allowed) {
  if (!has(key)) {
    note_read(key);
    return fallback;
  }
  return choice(key, allowed);
}

std::vector<std::int64_t> ConfigReader::integer_list(const std::string& key, std::int64_t min,
                                                     std::int64_t max) {
  const ConfigNode& v = raw(key);
  if (!v.is_sequence()) fail(key, "expected a list of whole numbers, found " + describe(v));
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < v.items().size(); ++i) {
    // Wrap each item in a one-key map so the scalar checks and messages are shared.
    ConfigNode holder = ConfigNode::make_map(v.mark());
    const std::string item_key = key + "[" + std::to_string(i) + "]";
    holder.add_entry(item_key, v.items()[i]);
    ConfigReader item(holder, path_);
    out.push_back(item.integer(item_key, min, max));
  }
  return out;
}

ConfigReader ConfigReader::section(const std::string& key) {
  return ConfigReader(raw(key), key_path(key));
}

std::vector<ConfigReader> ConfigReader::section_list(const std::string& key) {
  const ConfigNode& v = raw(key);
  if (!v.is_sequence()) fail(key, "expected a list of maps, found " + describe(v));
  std::vector<ConfigReader> out;
  for (std::size_t i = 0; i < v.items().size(); ++i)
    out.emplace_back(v.items()[i], key_path(key) + "[" + std::to_string(i) + "]");
  return out;
}

void ConfigReader::finish() const {
  for (const auto& [key, value] : node_->entries()) {
    if (std::find(read_keys_.begin(), read_keys_.end(), key) != read_keys_.end()) continue;
    throw ConfigError(value.mark(), key_path(key), "unknown key" + did_you_mean(key, read_keys_));
  }
}

}  // namespace nm
