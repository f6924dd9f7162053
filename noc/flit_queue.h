// A router input queue: a FIFO of timed flits in a ring buffer (noc/ring_queue.h).
#pragma once

#include "noc/flit.h"
#include "noc/ring_queue.h"

namespace nm {

class FlitQueue : public RingQueue<TimedFlit> {
 public:
  using RingQueue<TimedFlit>::push_back;
  void push_back(const Flit& flit, Cycle arrival) {  // no temporary TimedFlit
    TimedFlit& slot = slot_for_push();
    slot.flit = flit;
    slot.arrival = arrival;
  }
};

}  // namespace nm
