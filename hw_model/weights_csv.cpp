#include "hw_model/weights_csv.h"

#include <fstream>

#include "common/errors.h"

namespace nm {

std::string plastic_weights_csv(const SnnNetwork& net, std::uint32_t projection,
                                const std::vector<PlasticSynapseState>& synapses) {
  const ProjectionSpec& spec = net.projections.at(projection);
  const Population& pre = *net.find_population(spec.pre);
  const Population& post = *net.find_population(spec.post);
  std::string out = "pre,post,weight,delay\n";
  for (const PlasticSynapseState& s : synapses) {  // sorted by (projection, pre, post)
    if (s.projection != projection) continue;
    out += std::to_string(s.pre - pre.first_id) + "," + std::to_string(s.post - post.first_id) +
           "," + std::to_string(s.weight) + "," + std::to_string(s.delay) + "\n";
  }
  return out;
}

void write_plastic_weights(const SnnNetwork& net, const std::vector<PlasticSynapseState>& synapses,
                           const std::string& dir) {
  for (std::uint32_t p = 0; p < net.projections.size(); ++p) {
    if (!net.projections[p].learning) continue;
    const std::string path = dir + "/weights_" + net.projections[p].name + ".csv";
    std::ofstream out(path, std::ios::binary);
    out << plastic_weights_csv(net, p, synapses);
    out.close();
    if (!out) throw UserError("cannot write '" + path + "'");
  }
}

}  // namespace nm
