// Turns architecture YAML into ArchParams. A file may start from a preset (`extends: loihi`);
// `--set key.path=value` overrides are applied last. Picosecond figures become cycles at the
// chip clock; a figure that is not a whole number of cycles is an error (no rounding loss).
#pragma once

#include <string>
#include <vector>

#include "common/config_tree.h"
#include "hw_model/arch_params.h"

namespace nm {

// The fully resolved tree (preset merged, overrides applied, `extends` removed).
// `source` is a preset name or a file path; a name that is not a file is looked up as a preset.
ConfigNode resolve_arch_tree(const std::string& source, const std::vector<std::string>& overrides);
// Strictly reads a resolved tree into structs and validates them.
ArchParams read_arch(const ConfigNode& resolved, const std::string& name);

}  // namespace nm
