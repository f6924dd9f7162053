#include "cores/truenorth_scheduler.h"

#include <string>

#include "common/errors.h"

namespace nm {

void TnScheduler::schedule(std::uint32_t axon, std::uint32_t tick_mod16) {
  if (axon >= kTnAxons || tick_mod16 >= kTnSchedulerSlots)
    throw InternalError("axon scheduler: axon " + std::to_string(axon) + " or tick field " +
                        std::to_string(tick_mod16) + " out of range");
  slots_[tick_mod16].set(axon);
}

Bits256 TnScheduler::take(std::uint64_t tick) {
  Bits256& slot = slots_[tick % kTnSchedulerSlots];
  const Bits256 active = slot;
  slot.clear();
  return active;
}

}  // namespace nm
