#include "apps/export_command.h"

#include <fstream>

#include "apps/commands.h"
#include "apps/inputs.h"
#include "common/errors.h"
#include "mapper/synapse_cost.h"

namespace nm::cli {

namespace {

// The format holds plain Loihi LIF neurons only: refuse what it cannot express.
void check_exportable(const SnnNetwork& net) {
  for (const Population& p : net.populations) {
    const std::string what = "export: population '" + p.name + "' ";
    if (p.model != Population::Model::LoihiLif)
      throw UserError(what + "is a spike source; the golden CSV format holds LIF neurons only");
    if (p.payload_bits != 0) throw UserError(what + "sends graded spikes (payload_bits)");
    for (const LifParams& l : p.lif) {
      if (l.refractory_steps != 0 || l.vth_adapt_increment != 0)
        throw UserError(what + "uses a refractory period or threshold adaptation");
    }
  }
}

std::ofstream open_out(const std::string& path) {
  std::ofstream f(path);
  if (!f) throw UserError("export: cannot write " + path);
  return f;
}

void close_out(std::ofstream& f, const std::string& path) {
  f.close();
  if (!f) throw UserError("export: failed writing " + path);
}

}  // namespace

int export_command(const Options& o, std::ostream& out) {
  const LoadedInputs in = load_command_inputs(o);
  check_exportable(in.net);
  const std::string dir = o.positional.at(1);
  create_folder(dir, "export");

  const std::string neurons = dir + "/neurons.csv";
  std::ofstream n = open_out(neurons);
  n << "id,du,dv,vth,bias_mant,bias_exp,u0,v0\n";
  for (const Population& p : in.net.populations) {
    for (std::uint32_t i = 0; i < p.size; ++i) {
      const LifParams& l = p.lif[i];
      n << p.first_id + i << ',' << l.du << ',' << l.dv << ',' << l.vth << ',' << l.bias_mant
        << ',' << l.bias_exp << ',' << l.u0 << ',' << l.v0 << '\n';
    }
  }
  close_out(n, neurons);

  // The format's weight has exponent 0 (it adds weight * 64 to u): write the effective weight
  // over 64, exact because effective weights are multiples of 64 (cores/weight_encoding.h).
  const std::string synapses = dir + "/synapses.csv";
  std::ofstream s = open_out(synapses);
  s << "pre,post,weight,delay\n";
  for (const Synapse& syn : in.net.synapses) {
    const std::int64_t w = effective_weight(syn.weight, encoding_of(in.net, syn)) / 64;
    s << syn.pre << ',' << syn.post << ',' << w << ',' << syn.delay << '\n';
  }
  close_out(s, synapses);

  const std::string yaml = dir + "/network.yaml";
  std::ofstream y = open_out(yaml);
  y << "# Exported by `neuromesh export` from " << in.net_source << "\n"
    << "name: " << in.net.name << "\npopulations:\n  - name: net\n    size: "
    << in.net.neuron_count() << "\n    model: loihi_lif\n    params_file: neurons.csv\n";
  if (!in.net.synapses.empty()) {
    y << "projections:\n  - name: all\n    pre: net\n    post: net\n    connector:\n"
         "      type: from_file\n      file: synapses.csv\n";
  }
  y << "record:\n  spikes: [net]\n";
  close_out(y, yaml);
  out << "Exported " << in.net.neuron_count() << " neurons and " << in.net.synapses.size()
      << " synapses to " << dir << "/ (neurons.csv, synapses.csv, network.yaml)\n";
  return 0;
}

}  // namespace nm::cli
