// The router wakes of a mesh scheduler: at most one pending wake per router (the earliest
// requested, like one sc_event per router), handed out in (cycle, router) order. A calendar
// queue: wakes within kSlots cycles of the current one sit in a ring of per-cycle buckets, each
// an intrusive doubly linked list of routers (O(1) to add, and a router asking for an earlier
// wake is unlinked from its old bucket, so buckets hold no stale entries); a bitmap finds the
// next busy cycle, and a bucket of one router is handed out directly (the common case with the
// loihi preset's 41-65-cycle hops). Later wakes wait in a heap and join their cycle when it
// comes; replaced heap wakes stay behind as stale entries and are skipped.
#pragma once

#include <array>
#include <cstdint>
#include <queue>
#include <vector>

#include "common/types.h"

namespace nm {

class WakeCalendar {
 public:
  explicit WakeCalendar(std::uint32_t routers);

  // Asks for router `r` at cycle `at` (>= the cycle of the latest wake handed out). Returns false when a
  // wake at or before `at` is already pending (nothing changes).
  bool schedule(std::uint32_t r, Cycle at) {
    if (at >= scheduled_[r]) return false;  // the common case, inline
    insert(r, at);
    return true;
  }
  // The earliest pending wake before cycle `limit`, in (cycle, router) order: false when none.
  bool pop(Cycle limit, Cycle& at, std::uint32_t& r);
  Cycle pending(std::uint32_t r) const { return scheduled_[r]; }  // kNever: none
  // schedule(r, at) then pop(limit, at, r), for router `r` without a pending wake: when (at, r)
  // comes first (before `limit` and every pending wake), it is handed straight back without
  // being stored (the router's own next wake is often the earliest).
  bool schedule_and_pop(std::uint32_t r, Cycle at, Cycle limit, Cycle& next_at,
                        std::uint32_t& next_r);

 private:
  static constexpr std::uint32_t kSlots = 1024;  // ring span [cycles], a power of two
  static constexpr std::uint32_t kWords = kSlots / 64;
  static constexpr std::uint32_t kNone = ~0u;    // no router (list ends, empty bucket)
  static std::uint32_t slot_of(Cycle c) { return static_cast<std::uint32_t>(c & (kSlots - 1)); }
  // Earliest cycle holding an entry (stale heap ones included), kNever when empty.
  Cycle next_cycle() const;
  void load(Cycle c);  // moves cycle c's entries into current_, sorted by router
  void insert(std::uint32_t r, Cycle at);  // schedule() of a wake earlier than r's pending one
  void link(std::uint32_t r, std::uint32_t slot);
  void unlink(std::uint32_t r, std::uint32_t slot);
  void set_busy(std::uint32_t slot, bool busy);

  std::vector<Cycle> scheduled_;           // per router: its pending wake
  std::vector<std::uint32_t> next_, prev_;  // per router in a bucket: its list neighbours
  std::vector<std::uint8_t> linked_;        // per router: 1 while it sits in a ring bucket
  std::array<std::uint32_t, kSlots> head_;  // first router of each bucket (cycle % kSlots)
  std::array<std::uint64_t, kWords> busy_{};  // bit per non-empty ring bucket
  using Entry = std::pair<Cycle, std::uint32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> far_;  // >= kSlots ahead
  Cycle far_next_ = kNever;             // far_'s earliest cycle (kNever: empty)
  Cycle base_ = 0;                      // cycle of the latest load; ring holds [base_, base_ + kSlots)
  std::vector<std::uint32_t> current_;  // routers of cycle base_, from the latest load
  std::size_t next_ready_ = 0;          // index into current_ of the next one to hand out
  std::uint32_t live_ = 0;              // routers with a pending wake
};

}  // namespace nm
