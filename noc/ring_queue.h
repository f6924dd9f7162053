// A FIFO in one growable ring buffer (power-of-two capacity): one contiguous block, and pushes
// allocate only while it grows to the deepest occupancy it has seen (std::deque allocates and
// frees a chunk every few elements). Router input queues (FlitQueue) and credit returns use it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace nm {

template <typename T>
class RingQueue {
 public:
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  // Front, back and i-th element from the front (0 = front); the queue must not be empty.
  const T& front() const { return buf_[head_]; }
  const T& back() const { return (*this)[size_ - 1]; }
  const T& operator[](std::size_t i) const { return buf_[(head_ + i) & (buf_.size() - 1)]; }
  void push_back(const T& v) { slot_for_push() = v; }
  void pop_front() {
    head_ = (head_ + 1) & (buf_.size() - 1);
    --size_;
  }

 protected:
  // The new back element, to be written by the caller.
  T& slot_for_push() {
    if (size_ == buf_.size()) grow();
    return buf_[(head_ + size_++) & (buf_.size() - 1)];
  }

 private:
  void grow() {
    std::vector<T> next(std::max<std::size_t>(4, buf_.size() * 2));
    for (std::size_t i = 0; i < size_; ++i) next[i] = (*this)[i];
    buf_.swap(next);
    head_ = 0;
  }
  std::vector<T> buf_;
  std::size_t head_ = 0;  // index of the front element in buf_
  std::size_t size_ = 0;  // elements queued
};

}  // namespace nm
