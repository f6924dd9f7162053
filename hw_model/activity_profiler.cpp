#include "hw_model/activity_profiler.h"

#include <algorithm>

#include "hw_model/chip_builder.h"
#include "hw_model/chip_model.h"
#include "noc/event_driver.h"

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
  std::vector<CoreImage> images = build_core_images(net, mapping, arch, seed);
  for (CoreImage& img : images) std::fill(img.record_spikes.begin(), img.record_spikes.end(), 1);
  ChipModel chip(arch, std::move(images));
  EventDriver driver(chip.mesh(), false);
  chip.mesh().set_scheduler(&driver);
  // Every core runs its step at `start`; the mesh then drains (deliveries land in the cores'
  // delay rings for later steps), and the next step starts after the last event.
  Cycle start = 0;
  for (std::uint64_t step = 1; step <= steps; ++step) {
    Cycle end = start;
    for (CoreId k = 0; k < chip.core_count(); ++k)
      end = std::max(end, chip.run_core(k, step, start).done_cycle);
    end = std::max(end, driver.run_until_drained(start, Cycle{1} << 40));
    end = chip.learn(step, end).end_cycle;  // plastic weights change as in the real run
    start = end + 1;
  }
  std::vector<double> rates(net.neuron_count(), 0.0);
  for (const RecordedSpike& s : chip.recorded_spikes()) rates[s.neuron] += 1.0;
  for (double& r : rates) r /= static_cast<double>(std::max<std::uint64_t>(steps, 1));
  return rates;
}

}  // namespace nm
