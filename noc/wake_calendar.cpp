#include "noc/wake_calendar.h"

#include <algorithm>

#include "common/errors.h"

namespace nm {

WakeCalendar::WakeCalendar(std::uint32_t routers) : scheduled_(routers, kNever) {
  while (leaves_ < routers) {
    leaves_ *= 2;
    ++router_bits_;
  }
  if (router_bits_ > 0) max_cycle_ = (std::uint64_t{1} << (64 - router_bits_)) - 1;
  router_mask_ = (std::uint64_t{1} << router_bits_) - 1;
  tree_.assign(2 * leaves_, kNoKey);
}

void WakeCalendar::insert(std::uint32_t r, Cycle at) {
  if (at < base_) throw InternalError("WakeCalendar: wake for a cycle already handed out");
  if (at > max_cycle_)
    throw InternalError("WakeCalendar: wake cycle " + std::to_string(at) + " out of range");
  scheduled_[r] = at;
  const std::uint64_t k = key(r, at);
  if (r == held_) {  // its leaf still holds the wake handed out, earlier than `at`
    release_held(k);
    return;
  }
  // An earlier wake than the leaf's: a node already at or below it ends the walk.
  for (std::size_t pos = leaves_ + r; pos >= 1 && tree_[pos] > k; pos >>= 1) tree_[pos] = k;
}

}  // namespace nm
