#include "noc/wake_calendar.h"

#include <algorithm>

#include "common/errors.h"

namespace nm {

WakeCalendar::WakeCalendar(std::uint32_t routers) : scheduled_(routers, kNever) {}

bool WakeCalendar::schedule(std::uint32_t r, Cycle at) {
  if (at >= scheduled_[r]) return false;
  if (at < base_) throw InternalError("WakeCalendar: wake for a cycle already handed out");
  if (scheduled_[r] == kNever) ++live_;
  scheduled_[r] = at;
  if (at - base_ < kSlots) {
    const auto slot = static_cast<std::uint32_t>(at & (kSlots - 1));
    ring_[slot].push_back(r);
    busy_[slot / 64] |= std::uint64_t{1} << (slot % 64);
  } else {
    far_.push({at, r});
  }
  return true;
}

Cycle WakeCalendar::next_cycle() const {
  Cycle next = far_.empty() ? kNever : far_.top().first;
  // Ring buckets from base_'s slot on, wrapping: slot order is cycle order.
  const auto start = static_cast<std::uint32_t>(base_ & (kSlots - 1));
  for (std::uint32_t i = 0; i <= kWords; ++i) {
    const std::uint32_t w = (start / 64 + i) % kWords;
    std::uint64_t bits = busy_[w];
    if (i == 0) bits &= ~std::uint64_t{0} << (start % 64);
    if (i == kWords) bits &= (std::uint64_t{1} << (start % 64)) - 1;  // wrapped part of word 0
    if (bits == 0) continue;
    const std::uint32_t slot = w * 64 + static_cast<std::uint32_t>(__builtin_ctzll(bits));
    const Cycle c = base_ + ((slot + kSlots - start) & (kSlots - 1));
    return std::min(next, c);
  }
  return next;
}

void WakeCalendar::load(Cycle c) {
  base_ = c;
  current_.clear();
  next_ = 0;
  const auto slot = static_cast<std::uint32_t>(c & (kSlots - 1));
  if ((busy_[slot / 64] >> (slot % 64)) & 1) {
    current_.swap(ring_[slot]);
    busy_[slot / 64] &= ~(std::uint64_t{1} << (slot % 64));
  }
  while (!far_.empty() && far_.top().first == c) {
    current_.push_back(far_.top().second);
    far_.pop();
  }
  std::sort(current_.begin(), current_.end());
}

bool WakeCalendar::pop(Cycle limit, Cycle& at, std::uint32_t& r) {
  for (;;) {
    while (next_ < current_.size()) {
      const std::uint32_t cand = current_[next_++];
      if (scheduled_[cand] != base_) continue;  // stale: replaced by an earlier wake
      scheduled_[cand] = kNever;
      --live_;
      at = base_;
      r = cand;
      return true;
    }
    // Only stale entries left: stop before them, so that base_ never passes the latest wake
    // handed out (new wakes may come for any cycle from there on).
    if (live_ == 0) return false;
    const Cycle c = next_cycle();
    if (c == kNever || c >= limit) return false;
    load(c);
  }
}

}  // namespace nm
