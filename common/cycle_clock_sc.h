// Conversion between simulated cycles and SystemC time, for the SystemC module files only.
// The kernel's resolution is 1 ps (set by the simulation before elaboration), so a cycle of
// clock_period_ps is exact.
#pragma once

#include <systemc>

#include "common/types.h"

namespace nm {

class CycleClock {
 public:
  explicit CycleClock(std::uint64_t period_ps) : period_ps_(period_ps) {}
  Cycle now() const { return sc_core::sc_time_stamp().value() / period_ps_; }
  // Delay from now until the start of cycle `at` (at >= now()).
  // (from_value counts kernel ticks, 1 ps each: no conversion through double on this hot path.)
  sc_core::sc_time until(Cycle at) const { return sc_core::sc_time::from_value((at - now()) * period_ps_); }
  sc_core::sc_time cycles(Cycle n) const { return sc_core::sc_time::from_value(n * period_ps_); }
  std::uint64_t period_ps() const { return period_ps_; }

 private:
  std::uint64_t period_ps_;
};

}  // namespace nm
