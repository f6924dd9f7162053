#include "cores/spike_source.h"

namespace nm {

bool source_fires(const SourceCompartment& src, std::uint64_t step, std::size_t& next, Rng& rng) {
  bool fires = false;
  while (next < src.steps.size() && src.steps[next] <= step) {
    fires = fires || src.steps[next] == step;
    ++next;
  }
  if (src.probability > 0.0 && rng.bernoulli(src.probability)) fires = true;
  return fires;
}

}  // namespace nm
