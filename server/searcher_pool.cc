#include "server/searcher_pool.h"

#include "searcher/database_set.h"

namespace yjs::server {

SearcherPool::SearcherPool(PoolOptions options) : options_(std::move(options)) {}

std::unique_ptr<Searcher> SearcherPool::open() const {
  DatabaseSet databases;
  for (const std::string& db : options_.dbs) {
    try {
      add_database(databases, db);
    } catch (const Xapian::DatabaseOpeningError& e) {
      throw DatabaseUnavailable(cannot_open_message(db, e.get_msg()), database_being_built(db));
    } catch (const Xapian::Error& e) {
      throw DatabaseUnavailable("cannot open database '" + db + "': " + e.get_description(), false);
    } catch (const Error& e) {
      throw DatabaseUnavailable("cannot open database '" + db + "': " + e.what(), false);
    }
  }
  auto searcher = std::make_unique<Searcher>(databases);
  searcher->set_time_limit(options_.time_limit);
  return searcher;
}

void SearcherPool::with_searcher(const std::function<void(Searcher&)>& use) {
  std::unique_ptr<Searcher> searcher;
  {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [this] { return !idle_.empty() || lent_ < options_.size; });
    if (!idle_.empty()) {
      searcher = std::move(idle_.back());
      idle_.pop_back();
    }
    ++lent_;
  }
  // Returns the searcher (or its place, when none could be opened) however `use` ends.
  struct Return {
    SearcherPool& pool;
    std::unique_ptr<Searcher>& searcher;
    ~Return() {
      std::lock_guard lock(pool.mutex_);
      --pool.lent_;
      if (searcher) pool.idle_.push_back(std::move(searcher));
      pool.returned_.notify_one();
    }
  } give_back{*this, searcher};

  if (!searcher) {
    searcher = open();
  } else {
    searcher->reopen();
  }
  // Searcher::search() reopens and retries by itself a few times; a database that an
  // indexer commits to in quick succession can outrun that, so try a few times more.
  constexpr int kAttempts = 3;
  for (int attempt = 1;; ++attempt) {
    try {
      use(*searcher);
      return;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) throw;
      searcher->reopen();
    }
  }
}

}  // namespace yjs::server
