// Loads the `projections` list of a network file: resolves pre/post populations, expands each
// connector to explicit synapses with weights and delays, and returns them all with global ids,
// sorted by (pre, post). Only from_file projections may repeat a (pre, post) pair.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/config_reader.h"
#include "mapper/snn_network.h"

namespace nm {

constexpr std::int64_t kMinWeight = -256;  // smallest weight mantissa a network may use
constexpr std::int64_t kMaxWeight = 255;   // largest weight mantissa
constexpr std::int64_t kMaxDelay = 62;     // largest delay beyond the one-step minimum [steps]
constexpr std::uint64_t kMaxSynapses = 2'000'000'000;  // per network [count]

// Reads every projections[i] of `list` (may be empty) against the populations already in `net`
// and returns the synapses sorted by (pre, post). When `specs` is given, appends each
// projection's encoding to it, in list order (Synapse::projection indexes it).
std::vector<Synapse> load_projections(std::vector<ConfigReader>& list, const SnnNetwork& net,
                                      const std::string& base_dir,
                                      std::vector<ProjectionSpec>* specs = nullptr);

// Reads a golden-format synapse table (columns pre,post,weight,delay; indices within the pre
// and post populations) and returns synapses with global ids, in file order.
std::vector<Synapse> load_synapses_csv(const std::string& path, const Population& pre,
                                       const Population& post);

}  // namespace nm
