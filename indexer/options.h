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
  std::size_t batch_size = 1000;
};

}  // namespace yjs
