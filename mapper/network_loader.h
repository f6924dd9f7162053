// Builds an SnnNetwork from a network file (YAML; schema in docs/config.md). Strict: unknown keys,
// wrong types, out-of-range values, unknown population names and bad CSV cells are errors that
// name the file, line and key (or CSV column). Relative file paths resolve against base_dir.
#pragma once

#include <string>

#include "common/config_tree.h"
#include "mapper/snn_network.h"

namespace nm {

SnnNetwork load_network(const ConfigNode& root, const std::string& base_dir,
                        const std::string& name);
SnnNetwork load_network_file(const std::string& path);

}  // namespace nm
