#include "indexer/article_queue.h"

#include <algorithm>

namespace yjs {

ArticleQueue::ArticleQueue(std::size_t capacity) : capacity_(std::max<std::size_t>(1, capacity)) {}

bool ArticleQueue::push(ReaderItem item) {
  std::unique_lock lock(mutex_);
  not_full_.wait(lock, [this] { return closed_ || items_.size() < capacity_; });
  if (closed_) return false;
  items_.push_back(std::move(item));
  lock.unlock();
  not_empty_.notify_one();
  return true;
}

std::optional<ReaderItem> ArticleQueue::pop() {
  std::unique_lock lock(mutex_);
  not_empty_.wait(lock, [this] { return closed_ || !items_.empty(); });
  if (items_.empty()) return std::nullopt;
  ReaderItem item = std::move(items_.front());
  items_.pop_front();
  lock.unlock();
  not_full_.notify_one();
  return item;
}

void ArticleQueue::close() {
  {
    const std::lock_guard lock(mutex_);
    closed_ = true;
  }
  not_full_.notify_all();
  not_empty_.notify_all();
}

}  // namespace yjs
