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

// How many shards suit `files` on `jobs` threads: one per thousand or so articles (a JSON
// Lines file counts by size), at most `jobs`. Small inputs get one shard, so their
// document numbering, and so the order of equally ranked hits, is the same on any machine.
unsigned shard_count(const std::vector<InputFile>& files, unsigned jobs);

// Builds the database at `db_path`, which must not exist, with `shards` writer threads.
// File i (a text article) goes to shard i % shards; the articles of a JSON Lines file are
// dealt out the same way by their order in it, so the result is the same on every run.
// Ids are unique across shards. events.report is called from several threads (one line
// each, never interleaved); events.progress from the calling thread; stop_requested is
// checked before each file, and what was written by then is merged and kept.
BuildResult build_sharded(const std::vector<InputFile>& files, const std::string& db_path,
                          const IndexerOptions& options, unsigned shards,
                          const ReadOptions& read, const PipelineEvents& events);

}  // namespace yjs
