// A new database built on all cores: Xapian allows one writer per database, so each
// writer thread writes its own runs (temporary databases) and the runs are merged with
// Xapian's compaction at the end, giving one ordinary, compact database, or a sharded
// database (shards.h) with one shard per writer.
#pragma once

#include <string>
#include <vector>

#include "indexer/indexer.h"
#include "indexer/options.h"
#include "indexer/pipeline.h"

namespace yjs {

struct BuildResult {
  IndexStats stats;
  std::size_t failures = 0;
  std::size_t ignored = 0;
  Xapian::doccount documents = 0;
};

// What a build makes of its writers' work.
enum class BuildLayout {
  // One database: writer k takes files k, k + n, ... (the lines of a JSON Lines file in
  // the same turn), and everything is merged into one database.
  kOneDatabase,
  // A sharded database (shards.h) with one shard per writer: writer k takes the articles
  // whose id hashes to shard k (shard_of), and its runs become that shard; the spelling
  // data becomes the lexicon.
  kShards,
};

// Articles a writer thread should have at least, by default: fewer are not worth a thread.
inline constexpr std::size_t kArticlesPerWriter = 1000;

// How many writer threads suit `files` on `jobs` threads: one per `per_writer` articles (a
// JSON Lines file counts by size), at most `jobs`. Small inputs get one writer, so their
// document numbering, and so the order of equally ranked hits, is the same on any machine.
// Tests lower `per_writer` to build on several cores from a few articles.
unsigned writer_count(const std::vector<InputFile>& files, unsigned jobs,
                      std::size_t per_writer = kArticlesPerWriter);

// Builds the database at `db_path`, which must not exist, with `writers` writer threads.
// The caller holds the WriterLock (writer_lock.h), which also cleared what a killed build
// left behind. Each writer starts a new run every min(options.batch_size, 4000) documents.
// Articles go to writers as `layout` says, so the result is the same on every run. Ids
// are unique across writers. Text, HTML and PDF files are read by the writer they go to;
// JSON Lines files are read once, by one reader thread, which hands each line to its
// writer through a bounded queue (article_queue.h). events.report is called from several
// threads (one line each, never interleaved); events.progress from the calling thread;
// stop_requested is checked before each file and each line of a JSON Lines file, and what
// was written by then is merged and kept. Throws yjs::Error naming the path when the
// merged database cannot be flushed or renamed into place (or when `db_path` appeared
// meanwhile); an exception thrown on any of the build's threads is thrown here once all
// have stopped, and their runs are removed.
BuildResult build_parallel(const std::vector<InputFile>& files, const std::string& db_path,
                           const IndexerOptions& options, unsigned writers, const ReadOptions& read,
                           const PipelineEvents& events,
                           BuildLayout layout = BuildLayout::kOneDatabase);

}  // namespace yjs
