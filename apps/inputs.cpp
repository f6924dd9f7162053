#include "apps/inputs.h"

#include <filesystem>

#include "common/errors.h"
#include "hw_model/arch_loader.h"
#include "hw_model/embedded_configs.h"
#include "mapper/network_loader.h"

namespace nm::cli {

namespace {

const std::string kNetworkPrefix = "network.";

// Splits --set values into architecture and network overrides.
void split_sets(const std::vector<std::string>& sets, std::vector<std::string>& arch,
                std::vector<std::string>& net) {
  for (const std::string& s : sets) {
    if (s.compare(0, kNetworkPrefix.size(), kNetworkPrefix) == 0) {
      net.push_back(s.substr(kNetworkPrefix.size()));
    } else {
      arch.push_back(s);
    }
  }
}

void apply_sets(ConfigNode& tree, const std::vector<std::string>& sets) {
  for (const std::string& s : sets) {
    const auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0) {
      throw UserError("--set network." + s + ": expected key.path=value");
    }
    tree.set_path(s.substr(0, eq), s.substr(eq + 1), "--set network." + s);
  }
}

}  // namespace

LoadedInputs load_inputs(const std::string& arch_source, const std::string& net_source,
                         bool want_net, const std::vector<std::string>& sets) {
  std::vector<std::string> arch_sets, net_sets;
  split_sets(sets, arch_sets, net_sets);
  LoadedInputs in;
  in.arch_source = arch_source.empty() ? "loihi" : arch_source;
  in.arch_tree = resolve_arch_tree(in.arch_source, arch_sets);
  const std::string arch_name = std::filesystem::path(in.arch_source).stem().string();
  in.arch = read_arch(in.arch_tree, arch_name);
  if (!want_net) {
    if (!net_sets.empty()) throw UserError("--set network.*: this command reads no network");
    return in;
  }
  std::string base_dir = ".";
  std::string name = "default";
  if (net_source.empty()) {
    const EmbeddedFile& def = embedded_default_network();
    in.net_source = "default";
    in.net_tree = ConfigNode::parse(def.text, def.path + " (built-in)");
  } else {
    in.net_source = net_source;
    in.net_tree = ConfigNode::load_file(net_source);
    base_dir = std::filesystem::path(net_source).parent_path().string();
    if (base_dir.empty()) base_dir = ".";
    name = std::filesystem::path(net_source).stem().string();
  }
  apply_sets(in.net_tree, net_sets);
  in.net = load_network(in.net_tree, base_dir, name);
  return in;
}

LoadedInputs load_command_inputs(const Options& o) {
  const auto arg = [&o](std::size_t i) { return i < o.positional.size() ? o.positional[i] : ""; };
  if (o.command == "noc") return load_inputs(arg(0), "", false, o.sets);
  if (o.command == "export") return load_inputs("", arg(0), true, o.sets);
  if (o.command == "validate") return load_inputs(arg(0), arg(1), o.positional.size() > 1, o.sets);
  if (!reads_configuration(o.command))
    throw InternalError("load_command_inputs: '" + o.command + "' reads no configuration");
  return load_inputs(arg(0), arg(1), true, o.sets);
}

void dump_config(const LoadedInputs& in, std::ostream& out) {
  out << "# architecture: " << in.arch_source << "\n" << in.arch_tree.to_yaml() << "\n";
  if (!in.net_source.empty())
    out << "---\n# network: " << in.net_source << "\n" << in.net_tree.to_yaml() << "\n";
}

}  // namespace nm::cli
