// A bounded queue between the thread that reads a parallel build's JSON Lines files and
// one writer thread: what the reader found for that writer, in file order. Bounded so that
// a reader ahead of its writers holds a few articles in memory, not a whole file.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <variant>

#include "common/article.h"
#include "common/errors.h"
#include "indexer/article_reader.h"

namespace yjs {

// A whole-file warning ("path: warning: ..."), reported by the writer that receives it.
struct ReadWarning {
  std::string message;
};

// The end of one JSON Lines file, with what reading it came to.
struct FileEnd {
  ReadOutcome outcome;
};

// One thing the reader hands a writer: an article, a bad line, a warning or a file's end.
using ReaderItem = std::variant<Article, InputError, ReadWarning, FileEnd>;

// Articles a writer's queue holds at most, by default.
inline constexpr std::size_t kArticleQueueCapacity = 64;

// One producer, one consumer; safe to use from both threads at once.
class ArticleQueue {
 public:
  explicit ArticleQueue(std::size_t capacity = kArticleQueueCapacity);
  ArticleQueue(const ArticleQueue&) = delete;
  ArticleQueue& operator=(const ArticleQueue&) = delete;

  // Appends `item`, waiting while the queue is full. False, and `item` dropped, once the
  // queue is closed (also while waiting).
  bool push(ReaderItem item);

  // The oldest item, waiting while the queue is empty and open; nullopt once it is closed
  // and empty (what was pushed before close() is still handed out).
  std::optional<ReaderItem> pop();

  // No more items: waiting and later pushes return false, pop() drains what is left. Either
  // side may close; closing twice is harmless.
  void close();

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<ReaderItem> items_;  // under mutex_
  bool closed_ = false;           // under mutex_
};

}  // namespace yjs
