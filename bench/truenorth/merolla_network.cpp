#include "merolla_network.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "common/rng.h"

namespace nm::bench {

std::vector<TrueNorthImage> build_merolla_images(const ArchParams& arch, const MerollaParams& p) {
  const std::uint32_t cores = arch.chip.cores();
  std::vector<TrueNorthImage> images(cores);
  TnNeuronParams neuron;
  neuron.weights[0] = p.weight;
  neuron.weights[1] = -p.weight;
  neuron.leak = p.leak;
  neuron.stochastic_leak = true;
  neuron.threshold = p.threshold;
  neuron.neg_threshold = p.neg_threshold;
  neuron.neg_saturate = true;
  neuron.reset_mode = TnResetMode::Normal;

  // Targets: a random permutation of every (core, axon) slot of the chip.
  std::vector<std::uint32_t> slot(std::size_t{cores} * kTnAxons);
  std::iota(slot.begin(), slot.end(), 0u);
  Rng perm(p.seed, "merolla.targets");
  for (std::size_t i = slot.size() - 1; i > 0; --i) std::swap(slot[i], slot[perm.below(i + 1)]);

  std::vector<std::uint32_t> axons(kTnAxons);
  for (CoreId k = 0; k < cores; ++k) {
    TrueNorthImage& img = images[k];
    img.resize(kTnNeurons);
    img.prng_seed = p.run_seed;
    Rng rng(p.seed, "merolla.crossbar." + std::to_string(k));
    for (std::uint32_t a = 0; a < kTnAxons; ++a) img.crossbar.set_axon_type(a, a % 2);
    for (std::uint32_t j = 0; j < kTnNeurons; ++j) {
      img.neuron_of[j] = k * kTnNeurons + j;
      img.params[j] = neuron;
      // Start anywhere between the floor and the threshold, so the run starts near steady state.
      img.v0[j] = -p.neg_threshold +
                  static_cast<std::int32_t>(rng.below(static_cast<std::uint64_t>(
                      p.neg_threshold + std::max(p.threshold, 1))));
      std::iota(axons.begin(), axons.end(), 0u);  // a random subset: partial Fisher-Yates
      for (std::uint32_t i = 0; i < p.synapses_per_neuron; ++i) {
        std::swap(axons[i], axons[i + rng.below(kTnAxons - i)]);
        img.crossbar.connect(axons[i], j);
      }
      const std::uint32_t s = slot[std::size_t{k} * kTnNeurons + j];
      img.targets[j] = {true, s / kTnAxons, s % kTnAxons, 1};
    }
  }
  return images;
}

}  // namespace nm::bench
