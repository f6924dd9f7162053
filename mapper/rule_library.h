// The ready-made learning rules of configs/rules/*.yaml, compiled into the binary so that a
// network file can name them (`learning: {rule: stdp_pair}`) from any folder. Each file holds
// `description`, `rule` (text), and default `epoch_steps` and `traces` (docs/learning.md 4).
#pragma once

#include <string>
#include <vector>

#include "common/embedded_files.h"

namespace nm {

const std::vector<EmbeddedFile>& rule_library();          // name "stdp_pair", path, YAML text
const EmbeddedFile* find_rule_file(const std::string& name);  // nullptr when unknown
std::string rule_names();  // "stdp_pair, stdp_soft_bound, ..." for messages

}  // namespace nm
