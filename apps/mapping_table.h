// The table `neuromesh map` prints: each used core's share of every resource it has.
#pragma once

#include <ostream>

#include "hw_model/arch_params.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm::cli {

void print_mapping_table(const ArchParams& arch, const SnnNetwork& net, const Mapping& mapping,
                         double mapping_seconds, std::ostream& out);

}  // namespace nm::cli
