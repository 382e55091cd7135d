// Indexer: owns the writable Xapian database and adds articles to it. Analysis (the
// costly part) is split out into DocumentPreparer so it can run on other threads while
// one writer feeds Xapian, which allows a single writer per database.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "common/article.h"
#include "common/text/analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/options.h"
#include "indexer/spelling.h"

namespace yjs {

// What write() did with an article.
enum class AddResult {
  kAdded,     // a new id
  kReplaced,  // an existing id whose content changed
  kSkipped,   // an existing id whose content is unchanged (nothing written)
};

struct IndexStats {
  std::size_t added = 0;
  std::size_t replaced = 0;
  std::size_t skipped = 0;
  std::size_t deleted = 0;
};

// The ids written in one run, shared by the writers of a parallel build so an id appears
// once across all of them. Thread-safe.
class RunIds {
 public:
  // False when `id` was already inserted.
  bool insert(const std::string& id) {
    const std::lock_guard lock(mutex_);
    return ids_.insert(id).second;
  }
  bool contains(const std::string& id) {
    const std::lock_guard lock(mutex_);
    return ids_.count(id) != 0;
  }

 private:
  std::mutex mutex_;
  std::unordered_set<std::string> ids_;
};

// An article analysed and ready to be written.
struct PreparedDocument {
  std::string id;
  std::string source;          // "path" or "path:line", for messages
  std::string file;            // the id of its file (identity.h), recorded as a term when not empty
  std::size_t text_bytes = 0;  // title and body, for the memory budget
  Xapian::Document document;
};

// Article -> PreparedDocument: fact extraction, text analysis, document building.
// Not thread-safe; give each thread its own (it keeps a stem cache).
class DocumentPreparer {
 public:
  explicit DocumentPreparer(const std::string& language)
      : analyzer_(language), builder_(analyzer_) {}
  DocumentPreparer(const DocumentPreparer&) = delete;
  DocumentPreparer& operator=(const DocumentPreparer&) = delete;

  // Throws InputError for an article that cannot be indexed.
  PreparedDocument prepare(const Article& article);

 private:
  text::Analyzer analyzer_;
  DocumentBuilder builder_;
};

// Writes prepared documents to one database, keyed by id (writing an id again replaces
// it, so indexing is idempotent). Opens, creating if needed, the database at `db_path`;
// Xapian allows one writer, so a second Indexer on the same path throws
// Xapian::DatabaseLockError. Throws yjs::UsageError when the database was built with
// another language than options.language, and yjs::Error when options.root is set but the
// database holds documents and no root (made by an older yjs-index: see identity.h). A
// database created by this Indexer is built without per-commit fsync (much faster) and
// synced once by finish().
//
// A sharded database (shards.h) that exists is written shard by shard: each document to
// the shard its id hashes to, spelling data to the lexicon; each commit commits every
// part (each part's commit is atomic; a crash between them leaves part of the batch
// written, which re-running the same command completes). Throws yjs::Error naming a part
// that cannot be opened, or a stub file that yjs-index did not write.
// Not copyable, not thread-safe: call it from one thread.
class Indexer {
 public:
  // `run_ids`, when given, is shared with other Indexers writing runs of one build; it
  // must outlive this Indexer.
  Indexer(const std::string& db_path, const IndexerOptions& options, RunIds* run_ids = nullptr);
  Indexer(const Indexer&) = delete;
  Indexer& operator=(const Indexer&) = delete;

  // Counts an article that a worker found unchanged (see is_unchanged()) as skipped, and
  // records its id for duplicate detection and --prune. Throws InputError for an id already
  // seen in this run.
  void skip_unchanged(const std::string& id, const std::string& source);

  // Writes one prepared document. Commits every options.batch_size changes. Throws
  // InputError for an id already written in this run (the first one is kept).
  AddResult write(PreparedDocument&& prepared);

  // Deletes the document with this id; false when there is none.
  bool remove(const std::string& id);

  // The database as written so far (uncommitted changes included), for reading: all the
  // shards of a sharded database together.
  const Xapian::Database& database() const { return reader_; }

  // Makes everything written so far durable (documents, and the spelling data behind
  // "did you mean"): one atomic batch. In a database this Indexer did not create, the
  // spelling table's entries for the words of the documents added, replaced or deleted
  // since the last commit are brought in line with the one rule (indexer/spelling.h).
  void commit();

  // The final commit, then, for a database this Indexer created, fills the spelling table
  // from the finished index at once (by the same rule) and flushes its files to disk.
  void finish();

  // Whether the database was created by this Indexer (so nothing in it can be unchanged).
  bool created() const { return created_; }
  const std::string& path() const { return path_; }

  // Documents and article bytes written since the last commit.
  std::size_t pending_documents() const { return uncommitted_; }
  std::size_t pending_bytes() const { return uncommitted_bytes_; }

  const IndexStats& stats() const { return stats_; }
  Xapian::doccount doc_count() const { return reader_.get_doccount(); }
  // 1 for a plain database.
  unsigned shard_count() const { return static_cast<unsigned>(shards_.size()); }
  const std::string& language() const { return options_.language; }

 private:
  // Records the language, synonyms, root, schema and analyzer in `db`, or checks those it has.
  void stamp(Xapian::WritableDatabase& db);
  // Records `id` as seen in this run; throws InputError naming `source` when it was already.
  void remember_id(const std::string& id, const std::string& source);

  // The database that holds, or is to hold, the document with this id.
  Xapian::WritableDatabase& shard_for(const std::string& id);
  // Where spelling data goes: a sharded database's lexicon, or the one database.
  Xapian::WritableDatabase& spelling_db() { return lexicon_ ? *lexicon_ : shards_.front(); }

  std::string path_;
  bool created_;  // the database did not exist: no ids to look up, no fsync per commit
  std::vector<Xapian::WritableDatabase> shards_;     // one for a plain database
  std::optional<Xapian::WritableDatabase> lexicon_;  // a sharded database's
  Xapian::Database reader_;                          // all of them, for reading
  IndexerOptions options_;
  IndexStats stats_;
  std::size_t uncommitted_ = 0;
  std::size_t uncommitted_bytes_ = 0;
  SpellingWords touched_;  // words of documents changed since the last commit (updates only)
  RunIds own_ids_;         // this run's ids, to report duplicates...
  RunIds* run_ids_;        // ...or those shared by the writers of one build
};

// "path" or "path:line": where an article came from, for messages.
std::string source_of(const Article& article);

// True when `db` holds this article's id with the same fingerprint (and, when `file` is
// given, from that file): re-indexing it would change nothing. Cheap: one term lookup and
// one value read, no analysis.
bool is_unchanged(const Xapian::Database& db, const Article& article, const std::string& file = {});

// Flushes every file of the database at `path` to disk, then its directory. Throws
// yjs::Error naming the file or folder that cannot be opened or flushed: a database
// published without this is not crash-safe.
void sync_database(const std::string& path);

// Flushes the directory at `path` (after a rename in it, say). Throws yjs::Error naming it.
void sync_directory(const std::string& path);

}  // namespace yjs
