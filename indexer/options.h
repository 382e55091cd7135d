// Options of the indexer library, with their defaults.
#pragma once

#include <cstddef>
#include <string>

namespace yjs {

struct IndexerOptions {
  // Snowball stemmer for the text ("english", "none", ...). Stored in the database so the
  // searcher analyses queries the same way.
  std::string language = "english";

  // Commit after this many changed documents. Each commit is an atomic batch: a crash
  // loses at most the uncommitted batch, never the database.
  std::size_t batch_size = 10000;

  // ... or sooner, once this many bytes of article text are waiting: Xapian holds a
  // batch's postings in memory, about ten times the text's size, so this bounds memory.
  std::size_t batch_bytes = 24 << 20;

  // The folder that file ids are relative to (see identity.h), recorded in a database that
  // has none yet. Empty: record nothing (a database that only --delete touches).
  std::string root{};
};

}  // namespace yjs
