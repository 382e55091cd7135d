// Indexer: owns the writable Xapian database and adds articles to it.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>

#include "common/article.h"
#include "common/text/analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/options.h"

namespace yjs {

// What add() did with an article.
enum class AddResult {
  kAdded,     // a new id
  kReplaced,  // an existing id whose content changed
  kSkipped,   // an existing id whose content is unchanged (nothing written)
};

struct IndexStats {
  std::size_t added = 0;
  std::size_t replaced = 0;
  std::size_t skipped = 0;
};

// Adds articles to one database. Opens (creating if needed) the database at `db_path`
// for writing; Xapian allows one writer, so a second Indexer on the same path throws
// Xapian::DatabaseLockError. Throws yjs::UsageError when the database was built with
// another language than options.language. Not copyable, not thread-safe.
class Indexer {
 public:
  Indexer(const std::string& db_path, const IndexerOptions& options);
  Indexer(const Indexer&) = delete;
  Indexer& operator=(const Indexer&) = delete;

  // Analyses and stores one article, keyed by its id (re-adding replaces, so indexing
  // is idempotent). Commits every options.batch_size changes. Throws InputError for an
  // article that cannot be indexed (nothing is written for it).
  AddResult add(const Article& article);

  // Makes everything added so far durable (documents, and the spelling data behind "did
  // you mean"). Always call it before destruction.
  void commit();

  const IndexStats& stats() const { return stats_; }
  Xapian::doccount doc_count() const { return db_.get_doccount(); }

 private:
  Xapian::WritableDatabase db_;
  IndexerOptions options_;
  text::Analyzer analyzer_;
  DocumentBuilder builder_;
  IndexStats stats_;
  std::size_t uncommitted_ = 0;
  DocumentBuilder::WordCounts spelling_;  // added to the spelling table at each commit
};

}  // namespace yjs
