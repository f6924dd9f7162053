#include "hw_model/core_family.h"

#include <utility>
#include <vector>

#include "common/log.h"
#include "hw_model/chip_builder.h"
#include "hw_model/truenorth_builder.h"
#include "mapper/splitter_insertion.h"

namespace nm {

bool is_truenorth(const ArchParams& arch) { return arch.core.model == "truenorth"; }

void prepare_core_family(const ArchParams& arch, SnnNetwork& net, Mapping& mapping) {
  if (!is_truenorth(arch)) return;
  const SplitterReport r = insert_splitters(net, mapping, arch.core.capacity);
  if (r.splitters > 0)
    logger("mapper")->info("TrueNorth fan-out: {} splitter neurons for {} sources ({} synapses "
                           "one tick later)", r.splitters, r.sources_split, r.late_synapses);
}

std::unique_ptr<ChipModel> build_chip(const ArchParams& arch, const SnnNetwork& net,
                                      const Mapping& mapping, std::uint64_t run_seed) {
  if (!is_truenorth(arch))
    return std::make_unique<ChipModel>(arch, build_core_images(net, mapping, arch, run_seed));
  std::vector<TrueNorthImage> images = build_truenorth_images(net, mapping, arch, run_seed);
  std::vector<std::unique_ptr<CoreEngine>> cores;
  cores.reserve(images.size());
  for (CoreId k = 0; k < images.size(); ++k) {
    cores.push_back(std::make_unique<TrueNorthCore>(k, core_name(arch, k), std::move(images[k]),
                                                    arch.core.timing));
  }
  return std::make_unique<ChipModel>(arch, std::move(cores));
}

}  // namespace nm
