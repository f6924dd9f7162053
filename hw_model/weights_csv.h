// Final weights of plastic projections as CSV, in the `synapses.csv` format that a from_file
// connector loads back (docs/learning.md section 6): pre,post,weight,delay with indices within
// the pre and post populations, weight = the weight mantissa.
#pragma once

#include <string>
#include <vector>

#include "hw_model/chip_model.h"
#include "mapper/snn_network.h"

namespace nm {

// The CSV text of projection `projection`'s synapses among `synapses` (any order in, sorted by
// (pre, post) out).
std::string plastic_weights_csv(const SnnNetwork& net, std::uint32_t projection,
                                const std::vector<PlasticSynapseState>& synapses);

// Writes DIR/weights_<projection name>.csv for every projection with `learning:`. Throws
// UserError naming the file when it cannot be written.
void write_plastic_weights(const SnnNetwork& net, const std::vector<PlasticSynapseState>& synapses,
                           const std::string& dir);

}  // namespace nm
