#include "common/config_tree.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace nm {

namespace {

SourceMark to_mark(const YAML::Mark& m, const std::string& file) {
  if (m.is_null()) return SourceMark{file, 0, 0};
  return SourceMark{file, m.line + 1, m.column + 1};
}

// Converts a yaml-cpp node. A map's values that are not scalars (maps, sequences, empty values)
// take the key's line as their origin: yaml-cpp marks a block map at its first key and an empty
// value at the next token, and an error should point at the line that names the key.
// `path` is the node's dotted key path, for messages.
ConfigNode convert(const YAML::Node& n, const std::string& file, const SourceMark* key_mark,
                   const std::string& path) {
  const SourceMark own = to_mark(n.Mark(), file);
  const SourceMark where = (key_mark != nullptr && !n.IsScalar()) ? *key_mark : own;
  switch (n.Type()) {
    case YAML::NodeType::Scalar:
      return ConfigNode::make_scalar(n.Scalar(), where);
    case YAML::NodeType::Sequence: {
      ConfigNode seq = ConfigNode::make_sequence(where);
      for (const auto& item : n) {
        const std::string item_path = path + "[" + std::to_string(seq.items().size()) + "]";
        seq.add_item(convert(item, file, nullptr, item_path));
      }
      return seq;
    }
    case YAML::NodeType::Map: {
      ConfigNode map = ConfigNode::make_map(where);
      for (const auto& kv : n) {
        const SourceMark km = to_mark(kv.first.Mark(), file);
        if (!kv.first.IsScalar()) throw ConfigError(km, path, "map keys must be plain words");
        const std::string& key = kv.first.Scalar();
        const std::string key_path = path.empty() ? key : path + "." + key;
        if (const ConfigNode* first = map.find(key))
          throw ConfigError(km, key_path,
                            "duplicate key (first given at " + first->mark().str() + ")");
        map.add_entry(key, convert(kv.second, file, &km, key_path));
      }
      return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      break;
  }
  return ConfigNode::make_null(where);
}

void relabel(ConfigNode& node, const SourceMark& mark);

}  // namespace

ConfigNode ConfigNode::parse(const std::string& text, const std::string& source_name) {
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw ConfigError(to_mark(e.mark, source_name), "", "YAML syntax error: " + e.msg);
  }
  ConfigNode tree = convert(root, source_name, nullptr, "");
  if (tree.is_null()) tree.mark_ = SourceMark{source_name, 0, 0};  // empty document
  return tree;
}

ConfigNode ConfigNode::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError("cannot read file '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw UserError("error while reading file '" + path + "'");
  return parse(text.str(), path);
}

const ConfigNode* ConfigNode::find(const std::string& key) const {
  for (const auto& [k, v] : entries_)
    if (k == key) return &v;
  return nullptr;
}

ConfigNode* ConfigNode::find(const std::string& key) {
  for (auto& [k, v] : entries_)
    if (k == key) return &v;
  return nullptr;
}

void ConfigNode::merge_from(const ConfigNode& over) {
  if (!is_map() || !over.is_map()) {
    *this = over;
    return;
  }
  mark_ = over.mark_;
  for (const auto& [key, value] : over.entries_) {
    ConfigNode* mine = find(key);
    if (value.is_null())
      erase(key);
    else if (mine != nullptr)
      mine->merge_from(value);
    else
      entries_.emplace_back(key, value);
  }
}

void ConfigNode::set_path(const std::string& dotted_path, const std::string& yaml_value,
                          const std::string& origin) {
  const SourceMark where{origin, 0, 0};
  std::vector<std::string> keys;
  std::string::size_type start = 0;
  while (true) {
    const auto dot = dotted_path.find('.', start);
    keys.push_back(dotted_path.substr(start, dot - start));
    if (keys.back().empty()) throw ConfigError(where, dotted_path, "empty key in path");
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  ConfigNode value;
  try {
    value = parse(yaml_value, origin);
  } catch (const ConfigError& e) {
    std::string why = e.what();
    const std::string prefix = e.where().str() + ": ";
    if (why.compare(0, prefix.size(), prefix) == 0) why.erase(0, prefix.size());
    throw ConfigError(where, dotted_path, "the value is not valid YAML (" + why + ")");
  }
  relabel(value, where);

  ConfigNode* node = this;
  std::string walked;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const bool last = i + 1 == keys.size();
    if (node->is_null()) *node = make_map(where);  // "key:" with no value becomes a map
    const std::string name = walked.empty() ? "the document root" : "'" + walked + "'";
    walked += (walked.empty() ? "" : ".") + keys[i];
    if (node->is_sequence()) {
      const std::size_t index = node->item_index(keys[i]);
      if (index == node->items_.size())
        throw ConfigError(where, dotted_path,
                          name + " (from " + node->mark().str() + ") has no item '" + keys[i] +
                              "': give a 0-based index below " +
                              std::to_string(node->items_.size()) + " or an item's name");
      if (last && value.is_null()) {
        node->items_.erase(node->items_.begin() + static_cast<std::ptrdiff_t>(index));
        return;
      }
      if (last) node->items_[index] = value;
      node = &node->items_[index];
      continue;
    }
    if (!node->is_map())
      throw ConfigError(where, dotted_path,
                        name + " is a scalar (from " + node->mark().str() + "), so it has no key '" +
                            keys[i] + "'");
    ConfigNode* child = node->find(keys[i]);
    if (last && value.is_null()) {
      node->erase(keys[i]);
      return;
    }
    if (child == nullptr) {
      node->add_entry(keys[i], last ? value : make_map(where));
      child = node->find(keys[i]);
    } else if (last) {
      *child = value;
    }
    node = child;
  }
}

std::size_t ConfigNode::item_index(const std::string& key) const {
  const bool all_digits =
      !key.empty() && key.find_first_not_of("0123456789") == std::string::npos && key.size() < 10;
  if (all_digits) return std::min<std::size_t>(std::stoul(key), items_.size());
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const ConfigNode* item_name = items_[i].find("name");
    if (item_name != nullptr && item_name->is_scalar() && item_name->scalar() == key) return i;
  }
  return items_.size();
}

void ConfigNode::erase(const std::string& key) {
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->first == key) {
      entries_.erase(it);
      return;
    }
  }
}

ConfigNode ConfigNode::make_null(SourceMark mark) {
  ConfigNode n;
  n.mark_ = std::move(mark);
  return n;
}

ConfigNode ConfigNode::make_scalar(std::string text, SourceMark mark) {
  ConfigNode n;
  n.kind_ = Kind::Scalar;
  n.scalar_ = std::move(text);
  n.mark_ = std::move(mark);
  return n;
}

ConfigNode ConfigNode::make_map(SourceMark mark) {
  ConfigNode n;
  n.kind_ = Kind::Map;
  n.mark_ = std::move(mark);
  return n;
}

ConfigNode ConfigNode::make_sequence(SourceMark mark) {
  ConfigNode n;
  n.kind_ = Kind::Sequence;
  n.mark_ = std::move(mark);
  return n;
}

void ConfigNode::add_entry(std::string key, ConfigNode value) {
  if (!is_map()) throw InternalError("ConfigNode::add_entry on a node that is not a map");
  entries_.emplace_back(std::move(key), std::move(value));
}

void ConfigNode::add_item(ConfigNode value) {
  if (!is_sequence()) throw InternalError("ConfigNode::add_item on a node that is not a sequence");
  items_.push_back(std::move(value));
}

namespace {

void relabel(ConfigNode& node, const SourceMark& mark) {
  // Rebuilds the node with every origin replaced by `mark` (used for --set values).
  switch (node.kind()) {
    case ConfigNode::Kind::Scalar:
      node = ConfigNode::make_scalar(node.scalar(), mark);
      return;
    case ConfigNode::Kind::Sequence: {
      ConfigNode seq = ConfigNode::make_sequence(mark);
      for (ConfigNode item : node.items()) {
        relabel(item, mark);
        seq.add_item(std::move(item));
      }
      node = std::move(seq);
      return;
    }
    case ConfigNode::Kind::Map: {
      ConfigNode map = ConfigNode::make_map(mark);
      for (auto [key, value] : node.entries()) {
        relabel(value, mark);
        map.add_entry(key, std::move(value));
      }
      node = std::move(map);
      return;
    }
    case ConfigNode::Kind::Null:
      node = ConfigNode::make_null(mark);
      return;
  }
}

bool is_flat(const ConfigNode& n) {
  for (const auto& item : n.items())
    if (item.is_map() || item.is_sequence()) return false;
  for (const auto& entry : n.entries())
    if (entry.second.is_map() || entry.second.is_sequence()) return false;
  return true;
}

void emit(YAML::Emitter& out, const ConfigNode& n, bool in_sequence) {
  switch (n.kind()) {
    case ConfigNode::Kind::Null:
      out << YAML::Null;
      return;
    case ConfigNode::Kind::Scalar:
      out << n.scalar();
      return;
    case ConfigNode::Kind::Sequence:
      if (is_flat(n)) out << YAML::Flow;
      out << YAML::BeginSeq;
      for (const auto& item : n.items()) emit(out, item, true);
      out << YAML::EndSeq;
      return;
    case ConfigNode::Kind::Map:
      if (in_sequence && is_flat(n)) out << YAML::Flow;
      out << YAML::BeginMap;
      for (const auto& [key, value] : n.entries()) {
        out << YAML::Key << key << YAML::Value;
        emit(out, value, false);
      }
      out << YAML::EndMap;
      return;
  }
}

}  // namespace

std::string ConfigNode::to_yaml() const {
  YAML::Emitter out;
  emit(out, *this, false);
  std::string text = out.c_str();
  if (!text.empty() && text.back() != '\n') text += '\n';
  return text;
}

}  // namespace nm
