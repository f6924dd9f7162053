// The mapping file: YAML listing population slices and the core each one sits on, so that a
// mapping can be written (`--write-mapping FILE`), edited by hand and read back (`--mapping
// FILE`). Reading checks the file strictly (unknown keys, ranges, every neuron mapped exactly
// once) and re-checks every per-core limit; each error names FILE:LINE.
//
//   strategy: metis                 # informational: the mapper that wrote it
//   network: example                # informational
//   mesh: {width: 8, height: 4, cores_per_tile: 4}   # must match the architecture
//   slices:
//     - {population: exc, first: 0, count: 64, tile: [1, 0], core: 2}
#pragma once

#include <string>

#include "cores/core_params.h"
#include "mapper/mapping.h"
#include "mapper/mesh_shape.h"
#include "mapper/snn_network.h"

namespace nm {

// Runs of consecutive neurons of one population on one core become one slice entry.
std::string mapping_to_yaml(const SnnNetwork& net, const Mapping& m, const MeshLayout& shape);
// Throws UserError naming the path when it cannot be written.
void write_mapping_file(const SnnNetwork& net, const Mapping& m, const MeshLayout& shape,
                        const std::string& path);

// Throws ConfigError ("FILE:LINE: slices[3].count: ...") for a malformed entry and
// CapacityError ("FILE:LINE: core (1,0).2 needs ...") when a core is over a limit.
Mapping read_mapping_file(const std::string& path, const SnnNetwork& net,
                          const CoreCapacity& cap, const MeshLayout& shape);

}  // namespace nm
