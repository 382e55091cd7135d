// A bounded queue between the thread that reads a parallel build's JSON Lines files and
// one writer thread: what the reader found for that writer, in file order. Bounded so that
// a reader ahead of its writers holds a few articles in memory, not a whole file.
#pragma once

#include <cstddef>
#include <string>
#include <variant>

#include "common/article.h"
#include "common/errors.h"
#include "indexer/article_reader.h"
#include "indexer/bounded_queue.h"

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

// Articles a writer's queue holds at most.
inline constexpr std::size_t kArticleQueueCapacity = 64;

// The queue from the reader to one writer (bounded_queue.h).
using ArticleQueue = BoundedQueue<ReaderItem>;

}  // namespace yjs
