// Small helpers shared by the network-file loaders (populations, inputs, projections, records).
#pragma once

#include <string>
#include <vector>

#include "common/config_reader.h"

namespace nm {

// Reads `key` as a file name, resolves it against base_dir (absolute names are kept) and checks
// that the file can be opened; otherwise ConfigError "FILE:LINE: key.path: cannot open 'path'".
std::string read_data_file(ConfigReader& r, const std::string& key, const std::string& base_dir);

// Reads `key` as a name of the form [A-Za-z_][A-Za-z0-9_]*; anything else is a ConfigError.
std::string read_identifier(ConfigReader& r, const std::string& key);

// Rejects any key of r's map outside `known` (with a "did you mean" hint) before other checks,
// so a misspelt required key is reported as unknown rather than as missing.
void reject_unknown_keys(const ConfigReader& r, const std::vector<std::string>& known);

// Rejects keys that belong to other variants of an entry (e.g. `p` under an all_to_all
// connector) with a message saying where they apply, before finish() sees them as unknown.
void reject_foreign_keys(const ConfigReader& r, const std::vector<std::string>& keys,
                         const std::string& why);

}  // namespace nm
