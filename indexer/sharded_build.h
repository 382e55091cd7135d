// A new database built on all cores: Xapian allows one writer per database, so each
// thread writes its own shard (a temporary database) and the shards are merged with
// Xapian's compaction at the end, giving one ordinary, compact database.
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

// Articles a writer thread should have at least, by default: fewer are not worth a shard.
inline constexpr std::size_t kArticlesPerShard = 1000;

// How many shards suit `files` on `jobs` threads: one per `per_shard` articles (a JSON
// Lines file counts by size), at most `jobs`. Small inputs get one shard, so their
// document numbering, and so the order of equally ranked hits, is the same on any machine.
// Tests lower `per_shard` to build on several cores from a few articles.
unsigned shard_count(const std::vector<InputFile>& files, unsigned jobs,
                     std::size_t per_shard = kArticlesPerShard);

// Builds the database at `db_path`, which must not exist, with `shards` writer threads.
// The caller holds the WriterLock (writer_lock.h), which also cleared what a killed build
// left behind. Each writer starts a new run every min(options.batch_size, 4000) documents.
// File i (a text article) goes to shard i % shards; the articles of a JSON Lines file are
// dealt out the same way by their order in it, so the result is the same on every run.
// Ids are unique across shards. events.report is called from several threads (one line
// each, never interleaved); events.progress from the calling thread; stop_requested is
// checked before each file, and what was written by then is merged and kept. Throws
// yjs::Error naming the path when the merged database cannot be flushed or renamed into
// place (or when `db_path` appeared meanwhile).
BuildResult build_sharded(const std::vector<InputFile>& files, const std::string& db_path,
                          const IndexerOptions& options, unsigned shards,
                          const ReadOptions& read, const PipelineEvents& events);

}  // namespace yjs
