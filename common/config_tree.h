// A parsed YAML document that remembers, for every node, the file and line it came from.
// Trees from several sources (a preset, a user file that `extends:` it, `--set` overrides)
// are merged into one, and every node keeps its own origin, so an error can always name
// the file, line and key path of the value that is wrong.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/errors.h"

namespace nm {

class ConfigNode {
 public:
  enum class Kind { Null, Scalar, Map, Sequence };

  ConfigNode() = default;

  // Parses YAML text; a syntax error throws ConfigError naming source_name and the line.
  static ConfigNode parse(const std::string& text, const std::string& source_name);
  // Reads and parses a file; a missing or unreadable file throws UserError naming it.
  static ConfigNode load_file(const std::string& path);

  Kind kind() const { return kind_; }
  bool is_map() const { return kind_ == Kind::Map; }
  bool is_sequence() const { return kind_ == Kind::Sequence; }
  bool is_scalar() const { return kind_ == Kind::Scalar; }
  bool is_null() const { return kind_ == Kind::Null; }
  const SourceMark& mark() const { return mark_; }

  // Scalar text exactly as written (quotes removed). Only for scalars.
  const std::string& scalar() const { return scalar_; }
  // Map entries in file order. Only for maps.
  const std::vector<std::pair<std::string, ConfigNode>>& entries() const { return entries_; }
  // Sequence items in order. Only for sequences.
  const std::vector<ConfigNode>& items() const { return items_; }
  // Map lookup; nullptr when absent or when this node is not a map.
  const ConfigNode* find(const std::string& key) const;
  ConfigNode* find(const std::string& key);

  // Overlays `over` onto this node: maps merge key by key (recursively, new keys appended),
  // anything else is replaced whole. Merged nodes keep the origin of whichever side won.
  // A null value in `over` ("key: ~" or "key:") removes that key: the only way for a file that
  // extends another to drop an inherited key.
  void merge_from(const ConfigNode& over);

  // Sets a dotted path ("noc.buffer_depth_flits") to a YAML value text ("8", "[1, 2]", "xy"),
  // creating intermediate maps. `origin` labels the value (e.g. "--set noc.buffer_depth_flits=8").
  // A null value ("~") removes the key, as in merge_from. In a sequence a path step picks an
  // existing item by 0-based index or by the item's `name` ("populations.exc.params.vth": the
  // item with `name: exc`); items are never created. A path that runs through a scalar, or a
  // sequence step that matches no item, throws ConfigError.
  void set_path(const std::string& dotted_path, const std::string& yaml_value,
                const std::string& origin);

  // Removes a top-level map key if present (used to drop `extends:` after resolving it).
  void erase(const std::string& key);

  // Serialises back to YAML (for --dump-config), keys in order.
  std::string to_yaml() const;

  // Builders, used by parse() and by code that synthesises trees.
  static ConfigNode make_null(SourceMark mark);  // an empty value ("key:" or "~") with its origin
  static ConfigNode make_scalar(std::string text, SourceMark mark);
  static ConfigNode make_map(SourceMark mark);
  static ConfigNode make_sequence(SourceMark mark);
  void add_entry(std::string key, ConfigNode value);  // map only
  void add_item(ConfigNode value);                    // sequence only

 private:
  // The sequence item a path step names: `key` as a 0-based index, else the first map item
  // whose `name` is `key`; items_.size() when none matches.
  std::size_t item_index(const std::string& key) const;

  Kind kind_ = Kind::Null;
  SourceMark mark_;
  std::string scalar_;
  std::vector<std::pair<std::string, ConfigNode>> entries_;
  std::vector<ConfigNode> items_;
};

}  // namespace nm
