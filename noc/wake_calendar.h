// The router wakes of a mesh scheduler: at most one pending wake per router (the earliest
// requested, like one sc_event per router), handed out in (cycle, router) order. A tournament
// tree: each router's pending wake is a leaf key (cycle << router bits | router, all ones when
// none), each inner node the smaller key of its two children, so the root is the next wake.
// Changing one router's wake rewrites the log2(routers) nodes above its leaf, without a
// data-dependent branch; a router asking for an earlier wake stops as soon as a node is already
// earlier. The router handed out last keeps its leaf until the next call, which usually
// replaces it with that router's next wake in one pass (schedule_and_pop).
#pragma once

#include <algorithm>
#include <cstdint>
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
  bool pop(Cycle limit, Cycle& at, std::uint32_t& r) {
    if (held_ != kNone) release_held(kNoKey);
    return take(limit, at, r);
  }
  Cycle pending(std::uint32_t r) const { return scheduled_[r]; }  // kNever: none
  // schedule(r, at) then pop(limit, at, r), for router `r` without a pending wake (usually the
  // one handed out last: its leaf is rewritten once).
  bool schedule_and_pop(std::uint32_t r, Cycle at, Cycle limit, Cycle& next_at,
                        std::uint32_t& next_r) {
    if (r == held_ && at >= base_ && at <= max_cycle_) {
      scheduled_[r] = at;
      release_held(key(r, at));
    } else {
      schedule(r, at);
      if (held_ != kNone) release_held(kNoKey);
    }
    return take(limit, next_at, next_r);
  }

 private:
  static constexpr std::uint32_t kNone = ~0u;          // no router held
  static constexpr std::uint64_t kNoKey = ~std::uint64_t{0};  // a leaf without a wake
  std::uint64_t key(std::uint32_t r, Cycle at) const { return at << router_bits_ | r; }
  void insert(std::uint32_t r, Cycle at);  // schedule() of a wake earlier than r's pending one
  // Sets the leaf of the router handed out last to `k` and rewrites the nodes above it.
  void release_held(std::uint64_t k) {
    std::size_t pos = leaves_ + held_;
    held_ = kNone;
    tree_[pos] = k;
    for (; pos > 1; pos >>= 1) {
      k = std::min(k, tree_[pos ^ 1]);
      tree_[pos >> 1] = k;
    }
  }
  // pop() once the held router is released: hands out the root and holds its router.
  bool take(Cycle limit, Cycle& at, std::uint32_t& r) {
    const std::uint64_t root = tree_[1];
    if (root == kNoKey || (root >> router_bits_) >= limit) return false;
    at = root >> router_bits_;
    r = static_cast<std::uint32_t>(root & router_mask_);
    scheduled_[r] = kNever;
    held_ = r;
    base_ = at;
    return true;
  }

  std::uint32_t router_bits_ = 0;       // bits of a key holding the router index
  Cycle max_cycle_ = kNever - 1;        // latest cycle a key holds (below kNever)
  std::uint64_t router_mask_ = 0;       // (1 << router_bits_) - 1
  std::size_t leaves_ = 1;              // leaf count, a power of two >= routers
  std::vector<std::uint64_t> tree_;     // [1]: root; node i's children 2i, 2i + 1; leaves from leaves_
  std::vector<Cycle> scheduled_;        // per router: its pending wake (kNever: none)
  std::uint32_t held_ = kNone;          // router handed out last, its leaf not yet cleared
  Cycle base_ = 0;                      // cycle of the latest wake handed out
};

}  // namespace nm
