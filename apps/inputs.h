// Loading what a command works on: the architecture (preset or file, plus --set overrides) and
// the network (file or the built-in default, plus network.* overrides), resolved and validated.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "apps/cli_options.h"
#include "common/config_tree.h"
#include "hw_model/arch_params.h"
#include "mapper/snn_network.h"

namespace nm::cli {

struct LoadedInputs {
  std::string arch_source;   // preset name or path
  std::string net_source;    // path, "default", or "" when the command reads no network
  ConfigNode arch_tree;      // resolved
  ConfigNode net_tree;       // with overrides applied
  ArchParams arch;
  SnnNetwork net;
};

// `arch_source` "" means the loihi preset; `net_source` "" means the built-in default network;
// `want_net` false skips the network entirely.
LoadedInputs load_inputs(const std::string& arch_source, const std::string& net_source,
                         bool want_net, const std::vector<std::string>& sets);

// What the parsed command reads, with its --set overrides: run/map/validate/digits ARCH [NET],
// noc ARCH (no network), export NET (on the loihi preset). InternalError for other commands.
LoadedInputs load_command_inputs(const Options& o);

// --dump-config for any command that reads a configuration: the resolved architecture (and the
// network, when the command reads one) as YAML documents that load back.
void dump_config(const LoadedInputs& in, std::ostream& out);

}  // namespace nm::cli
