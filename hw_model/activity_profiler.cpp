#include "hw_model/activity_profiler.h"

#include <algorithm>

#include "hw_model/plain_chip_runner.h"

namespace nm {

MeshLayout mesh_shape(const ArchParams& arch) {
  MeshLayout s;
  s.width = arch.chip.mesh_width;
  s.height = arch.chip.mesh_height;
  s.cores_per_tile = arch.chip.cores_per_tile;
  s.yx = arch.noc.routing == RoutingAlgorithm::YX;
  if (arch.noc.hop_east_west_pj > 0.0 && arch.noc.hop_north_south_pj > 0.0)
    s.north_south_weight = arch.noc.hop_north_south_pj / arch.noc.hop_east_west_pj;
  return s;
}

std::vector<double> profile_rates(const ArchParams& arch, const SnnNetwork& net,
                                  const Mapping& mapping, std::uint64_t steps,
                                  std::uint64_t seed) {
  PlainChipRunner runner(arch, net, mapping, seed, /*count_all=*/true);
  runner.run(steps);
  std::vector<double> rates(runner.spike_counts().begin(), runner.spike_counts().end());
  for (double& r : rates) r /= static_cast<double>(std::max<std::uint64_t>(steps, 1));
  return rates;
}

}  // namespace nm
