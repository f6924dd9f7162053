// `neuromesh export NET OUTDIR`: writes a network the simulator runs in the golden CSV format of
// ../shared/reference/loihi_lif/README.md (neurons.csv, synapses.csv) plus a network.yaml that
// loads them, so that peers such as ../shared/bench/brian2_peer.py can run the very same network.
// Every population becomes one population `net` with the global neuron ids; spikes_net.csv of a
// run of that network.yaml is then comparable with the peer's raster.
#pragma once

#include <ostream>

#include "apps/cli_options.h"

namespace nm::cli {

// Returns the exit code; throws UserError when the network holds something the format cannot
// express (spike sources, refractory periods, threshold adaptation, graded spikes).
int export_command(const Options& o, std::ostream& out);

}  // namespace nm::cli
