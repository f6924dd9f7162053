// Reads a projection's `learning:` map (docs/learning.md section 1): a library rule (whose file
// gives defaults that the map overrides key by key) or inline rule text, T_epoch, the traces and
// the reward population. Every failure is a ConfigError naming file, line and key path; a rule
// syntax error also names the column within the rule text.
#pragma once

#include "common/config_reader.h"
#include "cores/learning_image.h"
#include "mapper/snn_network.h"

namespace nm {

// `projection` is the projection's map; it must have a `learning` key. `net` holds the
// populations declared so far (the reward population must be among them).
ProjectionLearning load_learning(ConfigReader& projection, const SnnNetwork& net);

// What a core's learning engine needs of plastic projection `index` (`spec` must learn).
PlasticGroupSpec plastic_group_spec(const ProjectionSpec& spec, std::uint32_t index);

}  // namespace nm
