#include "noc/wake_calendar.h"

#include <algorithm>

#include "common/errors.h"

namespace nm {

WakeCalendar::WakeCalendar(std::uint32_t routers)
    : scheduled_(routers, kNever), next_(routers, kNone), prev_(routers, kNone), linked_(routers, 0) {
  head_.fill(kNone);
}

void WakeCalendar::set_busy(std::uint32_t slot, bool busy) {
  const std::uint64_t bit = std::uint64_t{1} << (slot % 64);
  if (busy) {
    busy_[slot / 64] |= bit;
  } else {
    busy_[slot / 64] &= ~bit;
  }
}

void WakeCalendar::link(std::uint32_t r, std::uint32_t slot) {
  const std::uint32_t first = head_[slot];
  next_[r] = first;
  prev_[r] = kNone;
  if (first != kNone) {
    prev_[first] = r;
  } else {
    set_busy(slot, true);
  }
  head_[slot] = r;
  linked_[r] = 1;
}

void WakeCalendar::unlink(std::uint32_t r, std::uint32_t slot) {
  const std::uint32_t before = prev_[r], after = next_[r];
  if (before == kNone) {
    head_[slot] = after;
    if (after == kNone) set_busy(slot, false);
  } else {
    next_[before] = after;
  }
  if (after != kNone) prev_[after] = before;
  linked_[r] = 0;
}

void WakeCalendar::insert(std::uint32_t r, Cycle at) {
  const Cycle old = scheduled_[r];
  if (at < base_) throw InternalError("WakeCalendar: wake for a cycle already handed out");
  if (old == kNever) {
    ++live_;
  } else if (linked_[r]) {
    unlink(r, slot_of(old));  // a replaced heap wake stays behind, stale
  }
  scheduled_[r] = at;
  if (at - base_ < kSlots) {
    link(r, slot_of(at));
  } else {
    far_.push({at, r});
    far_next_ = far_.top().first;
  }
}

Cycle WakeCalendar::next_cycle() const {
  // Ring buckets from base_'s slot on, wrapping: slot order is cycle order. The first word is
  // read twice at most: from base_'s bit on, and (after wrapping) below it.
  const std::uint32_t start = slot_of(base_);
  std::uint32_t w = start / 64;
  std::uint64_t bits = busy_[w] & (~std::uint64_t{0} << (start % 64));
  for (std::uint32_t i = 1; bits == 0; ++i, bits = busy_[w]) {
    w = (w + 1) % kWords;
    if (i == kWords) {
      bits = busy_[w] & ((std::uint64_t{1} << (start % 64)) - 1);  // wrapped part of word 0
      if (bits == 0) return far_next_;
      break;
    }
  }
  const std::uint32_t slot = w * 64 + static_cast<std::uint32_t>(__builtin_ctzll(bits));
  return std::min(far_next_, base_ + ((slot + kSlots - start) & (kSlots - 1)));
}

void WakeCalendar::load(Cycle c) {
  base_ = c;
  current_.clear();
  next_ready_ = 0;
  const std::uint32_t slot = slot_of(c);
  for (std::uint32_t r = head_[slot]; r != kNone; r = next_[r]) {
    current_.push_back(r);
    linked_[r] = 0;
  }
  if (head_[slot] != kNone) {
    head_[slot] = kNone;
    set_busy(slot, false);
  }
  while (far_next_ == c) {
    current_.push_back(far_.top().second);
    far_.pop();
    far_next_ = far_.empty() ? kNever : far_.top().first;
  }
  if (current_.size() > 1) std::sort(current_.begin(), current_.end());
}

bool WakeCalendar::schedule_and_pop(std::uint32_t r, Cycle at, Cycle limit, Cycle& next_at,
                                    std::uint32_t& next_r) {
  // next_cycle() also counts stale heap entries: base_ must never pass them.
  if (at < limit && scheduled_[r] == kNever && at >= base_ && next_ready_ == current_.size() &&
      at < next_cycle()) {
    base_ = at;  // as if stored and handed out again
    next_at = at;
    next_r = r;
    return true;
  }
  schedule(r, at);
  return pop(limit, next_at, next_r);
}

bool WakeCalendar::pop(Cycle limit, Cycle& at, std::uint32_t& r) {
  for (;;) {
    while (next_ready_ < current_.size()) {
      const std::uint32_t cand = current_[next_ready_++];
      if (scheduled_[cand] != base_) continue;  // stale: a replaced heap wake, or handed out
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
    const std::uint32_t slot = slot_of(c);
    const std::uint32_t only = head_[slot];
    if (only != kNone && next_[only] == kNone && far_next_ != c) {
      // A bucket of one router and nothing from the heap: hand it out without loading
      // (current_ stays exhausted).
      base_ = c;
      head_[slot] = kNone;
      set_busy(slot, false);
      linked_[only] = 0;
      scheduled_[only] = kNever;
      --live_;
      at = c;
      r = only;
      return true;
    }
    load(c);
  }
}

}  // namespace nm
