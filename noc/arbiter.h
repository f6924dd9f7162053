// Output arbitration: picks one of the inputs that want an output this cycle. Round robin
// rotates priority past the last winner; age picks the oldest packet (smallest emit cycle) and
// breaks ties by the same rotation, so both are deterministic and starvation-free.
#pragma once

#include <cstdint>
#include <vector>

#include "common/types.h"
#include "noc/noc_params.h"

namespace nm {

struct ArbiterRequest {
  std::uint32_t slot;  // requester index in [0, slots): input port x message classes + class
  Cycle age_key;       // the packet's emit cycle (smaller = older)
};

class Arbiter {
 public:
  Arbiter(Arbitration policy, std::uint32_t slots) : policy_(policy), slots_(slots) {}
  // Index into `requests` (non-empty) of the winner; the rotation moves past it.
  std::size_t grant(const std::vector<ArbiterRequest>& requests);
  // grant() of a single request (the common case), without building a vector.
  const ArbiterRequest& grant_one(const ArbiterRequest& only) {
    next_ = only.slot + 1 == slots_ ? 0 : only.slot + 1;  // (slot + 1) % slots_, no division
    return only;
  }

 private:
  std::uint32_t distance(std::uint32_t slot) const { return (slot + slots_ - next_) % slots_; }
  Arbitration policy_;
  std::uint32_t slots_;
  std::uint32_t next_ = 0;  // slot with the highest rotating priority
};

}  // namespace nm
