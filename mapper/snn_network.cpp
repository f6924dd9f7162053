#include "mapper/snn_network.h"

#include <algorithm>

#include "common/errors.h"

namespace nm {

std::uint32_t SnnNetwork::neuron_count() const {
  if (populations.empty()) return 0;
  const Population& last = populations.back();
  return last.first_id + last.size;
}

const Population& SnnNetwork::population_of(NeuronId id) const {
  // Populations are laid out in order, so the owner is the last one starting at or before id.
  const auto after =
      std::upper_bound(populations.begin(), populations.end(), id,
                       [](NeuronId value, const Population& p) { return value < p.first_id; });
  if (after == populations.begin() || id >= neuron_count())
    throw InternalError("neuron id " + std::to_string(id) + " is outside the network (" +
                        std::to_string(neuron_count()) + " neurons)");
  return *(after - 1);
}

const Population* SnnNetwork::find_population(const std::string& wanted) const {
  for (const auto& p : populations)
    if (p.name == wanted) return &p;
  return nullptr;
}

}  // namespace nm
