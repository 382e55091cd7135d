// A bounded queue between one producing and one consuming thread: items come out in the
// order they went in, and a full queue holds its producer back, so a producer ahead of its
// consumer holds a few items in memory, not all it could make.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace yjs {

// One producer, one consumer; safe to use from both threads at once.
template <typename Item>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity) : capacity_(std::max<std::size_t>(1, capacity)) {}
  BoundedQueue(const BoundedQueue&) = delete;
  BoundedQueue& operator=(const BoundedQueue&) = delete;

  // Appends `item`, waiting while the queue is full. False, and `item` dropped, once the
  // queue is closed (also while waiting).
  bool push(Item item) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [this] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    lock.unlock();
    not_empty_.notify_one();
    return true;
  }

  // The oldest item, waiting while the queue is empty and open; nullopt once it is closed
  // and empty (what was pushed before close() is still handed out).
  std::optional<Item> pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [this] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    std::optional<Item> item(std::move(items_.front()));
    items_.pop_front();
    lock.unlock();
    not_full_.notify_one();
    return item;
  }

  // No more items: waiting and later pushes return false, pop() drains what is left. Either
  // side may close; closing twice is harmless.
  void close() {
    {
      const std::lock_guard lock(mutex_);
      closed_ = true;
    }
    not_full_.notify_all();
    not_empty_.notify_all();
  }

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<Item> items_;  // under mutex_
  bool closed_ = false;     // under mutex_
};

}  // namespace yjs
