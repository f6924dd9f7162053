// The ready-made learning rules of configs/rules/*.yaml, compiled into the binary so that a
// network file can name them (`learning: {rule: stdp_pair}`) from any folder. Each file holds
// `description`, `rule` (text), and default `epoch_steps` and `traces` (docs/learning.md 4).
#pragma once

#include <string>
#include <vector>

namespace nm {

struct RuleFile {
  std::string name;  // "stdp_pair"
  std::string path;  // "configs/rules/stdp_pair.yaml"
  std::string text;  // YAML
};

const std::vector<RuleFile>& rule_library();
const RuleFile* find_rule_file(const std::string& name);  // nullptr when unknown
std::string rule_names();  // "diehl_cook, rstdp, ..." for messages

}  // namespace nm
