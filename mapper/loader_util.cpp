#include "mapper/loader_util.h"

#include <filesystem>
#include <fstream>

namespace nm {

std::string read_data_file(ConfigReader& r, const std::string& key, const std::string& base_dir) {
  const std::string name = r.text(key);
  if (name.empty()) r.fail(key, "expected a file name, found an empty text");
  std::filesystem::path path(name);
  if (path.is_relative() && !base_dir.empty()) path = std::filesystem::path(base_dir) / path;
  const std::string resolved = path.lexically_normal().string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    r.fail(key, "'" + resolved + "' is a folder, not a file");
  std::ifstream probe(path, std::ios::binary);
  if (!probe) r.fail(key, "cannot open file '" + resolved + "'");
  return resolved;
}

std::string read_identifier(ConfigReader& r, const std::string& key) {
  const std::string name = r.text(key);
  const auto letter = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  };
  bool ok = !name.empty() && letter(name[0]);
  for (const char c : name) ok = ok && (letter(c) || (c >= '0' && c <= '9'));
  if (!ok)
    r.fail(key, "'" + name +
                    "' is not a valid name (letters, digits and '_', not starting "
                    "with a digit)");
  return name;
}

void reject_unknown_keys(const ConfigReader& r, const std::vector<std::string>& known) {
  // A shallow copy (values replaced by empty nodes with the same marks) in which every known key
  // exists, so finish() can suggest any of them, present or not.
  ConfigNode shallow = ConfigNode::make_map(r.node().mark());
  for (const auto& [key, value] : r.node().entries())
    shallow.add_entry(key, ConfigNode::make_null(value.mark()));
  for (const auto& key : known)
    if (shallow.find(key) == nullptr)
      shallow.add_entry(key, ConfigNode::make_null(r.node().mark()));
  ConfigReader probe(shallow, r.path());
  for (const auto& key : known) probe.raw(key);
  probe.finish();
}

void reject_foreign_keys(const ConfigReader& r, const std::vector<std::string>& keys,
                         const std::string& why) {
  for (const auto& key : keys)
    if (r.has(key)) r.fail(key, why);
}

}  // namespace nm
