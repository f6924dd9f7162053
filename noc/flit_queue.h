// A router input queue: a FIFO of timed flits in one growable ring buffer (power-of-two
// capacity), so a queue is one contiguous block and pushes allocate only while it grows to the
// deepest occupancy it has seen (std::deque allocated and freed a chunk every few flits).
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "noc/flit.h"

namespace nm {

class FlitQueue {
 public:
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  // Front, back and i-th flit from the front (0 = front); the queue must not be empty.
  const TimedFlit& front() const { return buf_[head_]; }
  const TimedFlit& back() const { return (*this)[size_ - 1]; }
  const TimedFlit& operator[](std::size_t i) const { return buf_[(head_ + i) & (buf_.size() - 1)]; }
  void push_back(const TimedFlit& f) {
    if (size_ == buf_.size()) grow();
    buf_[(head_ + size_) & (buf_.size() - 1)] = f;
    ++size_;
  }
  void pop_front() {
    head_ = (head_ + 1) & (buf_.size() - 1);
    --size_;
  }

 private:
  void grow() {
    std::vector<TimedFlit> next(std::max<std::size_t>(4, buf_.size() * 2));
    for (std::size_t i = 0; i < size_; ++i) next[i] = (*this)[i];
    buf_.swap(next);
    head_ = 0;
  }
  std::vector<TimedFlit> buf_;
  std::size_t head_ = 0;  // index of the front flit in buf_
  std::size_t size_ = 0;  // flits queued
};

}  // namespace nm
