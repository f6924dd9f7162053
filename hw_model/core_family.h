// The core family an architecture uses (core.model): "loihi_lif" builds NeuroCores from
// CoreImages (hw_model/chip_builder.h), "truenorth" builds TrueNorthCores
// (hw_model/truenorth_builder.h). Everything downstream (ChipModel, the SystemC core modules,
// the step controller, energy and reports) sees only the CoreEngine interface.
#pragma once

#include <cstdint>
#include <memory>

#include "hw_model/arch_params.h"
#include "hw_model/chip_model.h"
#include "mapper/mapping.h"
#include "mapper/snn_network.h"

namespace nm {

// True when `arch` uses TrueNorth cores.
bool is_truenorth(const ArchParams& arch);

// Adapts a mapped network to the core family: for TrueNorth, inserts splitter neurons
// (mapper/splitter_insertion.h) so every neuron has one target core. Nothing for loihi_lif.
void prepare_core_family(const ArchParams& arch, SnnNetwork& net, Mapping& mapping);

// The chip, with every core programmed from the mapped network. Throws UserError or
// CapacityError when the network does not suit the core family.
std::unique_ptr<ChipModel> build_chip(const ArchParams& arch, const SnnNetwork& net,
                                      const Mapping& mapping, std::uint64_t run_seed);

}  // namespace nm
