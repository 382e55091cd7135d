// Searchers for the server's threads. A Searcher is not thread-safe, so each request
// borrows one of its own; each is moved to the database's latest commit before it is
// lent, so documents an indexer commits are found by the next request.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/errors.h"
#include "searcher/searcher.h"

namespace yjs::server {

// The database cannot be opened (yet). what() is the one-line reason; being_built() is
// true while a first build holds its lock, so the caller can say "try again soon".
class DatabaseUnavailable : public Error {
 public:
  DatabaseUnavailable(const std::string& message, bool being_built)
      : Error(message), being_built_(being_built) {}
  bool being_built() const { return being_built_; }

 private:
  bool being_built_;
};

struct PoolOptions {
  std::vector<std::string> dbs;                      // --db arguments, searched as one
  std::chrono::steady_clock::duration time_limit{};  // per search (zero: none)
  std::size_t size = 1;                              // searchers, one per thread
};

class SearcherPool {
 public:
  explicit SearcherPool(PoolOptions options);
  SearcherPool(const SearcherPool&) = delete;
  SearcherPool& operator=(const SearcherPool&) = delete;

  // Calls `use` with a searcher at the latest commit, waiting while all are lent. Opens
  // the database on first use (and after it could not be opened): throws
  // DatabaseUnavailable when it cannot. When an indexer commits during the search and
  // Xapian loses the revision read, it is searched again.
  void with_searcher(const std::function<void(Searcher&)>& use);

 private:
  std::unique_ptr<Searcher> open() const;

  PoolOptions options_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Searcher>> idle_;
  std::size_t lent_ = 0;
};

}  // namespace yjs::server
