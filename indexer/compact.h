// New databases that appear whole or not at all: built under a temporary name beside
// their place, flushed to disk, then renamed into place. And --compact: a sharded database
// merged into one ordinary database by Xapian's compaction.
#pragma once

#include <xapian.h>

#include <string>

namespace yjs {

// Renames the finished database (or sharded database folder) `built` to `db_path` and
// makes the rename durable. Throws yjs::Error naming the paths when `db_path` exists (it
// appeared meanwhile) or the rename or flush fails; `built` is then left as it is.
void publish_database(const std::string& built, const std::string& db_path);

// Writes one database at `to`, which must not exist, holding everything the database at
// `from` holds (all the shards of a sharded database, with its lexicon's spelling and
// synonym tables), by Xapian's compaction into `to`.merging.tmp, flushed and renamed into
// place. The caller holds `from`'s WriterLock, so that every shard is at the end of one
// run. Returns the number of documents. Throws yjs::Error naming `to` when it exists, and
// Xapian::Error when `from` cannot be read.
Xapian::doccount compact_database(const std::string& from, const std::string& to);

}  // namespace yjs
