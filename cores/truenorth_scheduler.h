// TrueNorth's axon scheduler: 16 slots of 256 bits (16 ticks x 256 axons, Akopyan 2015
// section V-A). A spike packet names its delivery tick modulo 16; the scheduler sets that axon's
// bit in that slot, and at tick t the core reads slot t mod 16 as its active axons and clears it.
// So a spike sent at tick t with delay d (1..15) is integrated at tick t + d.
#pragma once

#include <array>
#include <cstdint>

#include "cores/truenorth_crossbar.h"

namespace nm {

constexpr std::uint32_t kTnSchedulerSlots = 16;  // ticks held [count]
constexpr std::uint32_t kTnMaxDelayTicks = 15;   // largest delivery delay [ticks]

class TnScheduler {
 public:
  // Marks `axon` active at the tick whose low 4 bits are `tick_mod16`; throws InternalError on
  // an axon >= 256 or a tick field >= 16.
  void schedule(std::uint32_t axon, std::uint32_t tick_mod16);
  // The active axons of tick `tick`; the slot is cleared for reuse 16 ticks later.
  Bits256 take(std::uint64_t tick);
  const Bits256& peek(std::uint64_t tick) const { return slots_[tick % kTnSchedulerSlots]; }

 private:
  std::array<Bits256, kTnSchedulerSlots> slots_{};
};

}  // namespace nm
