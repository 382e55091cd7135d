// The indexer's one entry point: the PATHs given expanded into files, the database
// locked, and the files written by the one-writer pipeline or a build on several writers
// (parallel_build.h), whichever suits; yjs-index only parses argv and prints around it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "indexer/indexer.h"
#include "indexer/options.h"
#include "indexer/parallel_build.h"
#include "indexer/pipeline.h"
#include "indexer/writer_lock.h"

namespace yjs {

struct BuildOptions {
  std::string db;          // the database (or sharded database) folder
  IndexerOptions indexer;  // its root is set by build_index
  PipelineOptions pipeline;
  unsigned shards = 0;  // a new database: this many shards (0: one database)
  bool prune = false;   // delete the documents, under the PATHs, whose files are gone
  bool wait = false;    // wait for another writer instead of failing
  std::size_t articles_per_writer = kArticlesPerWriter;
};

struct BuildEvents {
  std::function<void(const std::string& message)> report;  // an error or warning, one line
  std::function<void(std::size_t files_done, std::size_t files, std::uintmax_t bytes_done)>
      progress;
  std::function<bool()> stop_requested;  // a signal asked to stop: commit what is written
  std::function<void(const std::string& phase, double seconds)> phase_done;  // --verbose
};

// Indexes the files under `inputs` (files or folders) into options.db. A new database is
// built on several writers when the input is large enough (or made of options.shards
// shards); an existing one is updated by one writer, which skips unchanged articles,
// names the files gone since they were indexed (deleting their documents with
// options.prune). Bad inputs are reported and counted in failures, never thrown. Throws
// yjs::Error (or Xapian::Error) when the database cannot be locked, opened or written.
BuildResult build_index(const std::vector<std::string>& inputs, const BuildOptions& options,
                        const BuildEvents& events);

// Creates the parents of `db`, then takes its writer lock (with `wait`, waiting for it
// and saying so once) and clears what a killed build left behind.
std::unique_ptr<WriterLock> lock_for_writing(const std::string& db, bool wait,
                                             const BuildEvents& events);

// Opens `db` for writing; with `wait`, a database locked by another Xapian writer is
// retried every second (saying so once) until it is free or a stop is requested.
std::unique_ptr<Indexer> open_indexer(const std::string& db, const IndexerOptions& options,
                                      bool wait, const BuildEvents& events);

}  // namespace yjs
