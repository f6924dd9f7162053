// Loading what a command works on: the architecture (preset or file, plus --set overrides) and
// the network (file or the built-in default, plus network.* overrides), resolved and validated.
#pragma once

#include <string>
#include <vector>

#include "apps/cli_options.h"
#include "common/config_tree.h"
#include "hw_model/arch_params.h"
#include "mapper/snn_network.h"

namespace nm::cli {

struct LoadedInputs {
  std::string arch_source;   // preset name or path
  std::string net_source;    // path or "default"
  ConfigNode arch_tree;      // resolved
  ConfigNode net_tree;       // with overrides applied
  ArchParams arch;
  SnnNetwork net;
};

// `arch_source` "" means the loihi preset; `net_source` "" means the built-in default network;
// `want_net` false skips the network entirely.
LoadedInputs load_inputs(const std::string& arch_source, const std::string& net_source,
                         bool want_net, const std::vector<std::string>& sets);

}  // namespace nm::cli
