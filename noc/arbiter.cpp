#include "noc/arbiter.h"

#include "common/errors.h"

namespace nm {

std::size_t Arbiter::grant(const std::vector<ArbiterRequest>& requests) {
  if (requests.empty()) throw InternalError("Arbiter::grant with no requests");
  std::size_t best = 0;
  for (std::size_t i = 1; i < requests.size(); ++i) {
    const ArbiterRequest& a = requests[i];
    const ArbiterRequest& b = requests[best];
    const bool older = policy_ == Arbitration::Age && a.age_key != b.age_key;
    if (older ? a.age_key < b.age_key : distance(a.slot) < distance(b.slot)) best = i;
  }
  next_ = (requests[best].slot + 1) % slots_;
  return best;
}

}  // namespace nm
