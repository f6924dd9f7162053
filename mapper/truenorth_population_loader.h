// Loads a `model: truenorth` population of a network file (docs/models.md, "TrueNorth neuron"):
// scalar `params` shared by every neuron, in the Cassidy 2013 terms of cores/truenorth_neuron.h.
// Ranges: weights 9-bit signed (-256..255); leak -256..255; threshold and neg_threshold
// 0..2^18-1; threshold_mask 0..2^18-1; reset_potential and v0 20-bit signed. The widths beyond
// V (20 bits) and S (9 bits) are not published (hardware.md section 2.6): ours are a choice.
#pragma once

#include "common/config_reader.h"
#include "mapper/snn_network.h"

namespace nm {

// Reads one populations[i] map strictly (calls finish()). first_id is left at 0 for the caller.
Population load_truenorth_population(ConfigReader& r);

// Reads a TrueNorth `params` map strictly (absent keys keep TnNeuronSpec's defaults).
TnNeuronSpec read_truenorth_params(ConfigReader& r);

}  // namespace nm
