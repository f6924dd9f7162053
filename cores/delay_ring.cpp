#include "cores/delay_ring.h"

#include <algorithm>

namespace nm {

DelayRing::DelayRing(std::uint32_t compartments, std::uint32_t max_delay_steps)
    : compartments_(compartments),
      slot_count_(max_delay_steps + 1),
      slots_(static_cast<std::size_t>(compartments) * (max_delay_steps + 1), 0) {}

void DelayRing::clear_step(std::uint64_t step) {
  auto first = slots_.begin() + static_cast<std::ptrdiff_t>(slot_index(step) * compartments_);
  std::fill(first, first + compartments_, 0);
}

}  // namespace nm
