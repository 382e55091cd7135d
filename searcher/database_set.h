// The --db arguments of yjs-search opened as one Xapian database: plain databases, stub
// files and stub folders (a sharded database), whose shards may be remote, served by
// xapian-tcpsrv. Each listed database is opened here rather than by Xapian's own stub
// reader, so that a failure names the shard and remote shards get our timeout.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace yjs {

struct OpenOptions {
  // For each remote shard, how long to wait for the connection and for each reply before
  // Xapian gives up (Xapian::NetworkTimeoutError). Xapian's own default is 10 s.
  std::chrono::milliseconds remote_timeout{10000};
};

struct DatabaseSet {
  Xapian::Database db;                   // every listed database, searched as one
  std::vector<Xapian::Database> shards;  // each of them on its own (sharing db's internals)
  bool remote = false;                   // some of them are remote
};

// Adds the database at `path` to `set`. A path that is no stub is opened by Xapian as it is
// (Xapian::DatabaseOpeningError when it is not a database). A stub's databases are opened
// one by one, nested stubs too; when one fails, throws yjs::Error naming it (its line and
// "FILE:LINE"), with Xapian's reason and, for a remote shard, the timeout. A stub that
// cannot be read, or has a line Xapian 1.4 would not accept, throws yjs::Error.
void add_database(DatabaseSet& set, const std::string& path, const OpenOptions& options = {});

// The one-line message for a database at `path` that cannot be opened (Xapian's `reason`):
// that it is being built, when an indexer holds its lock (a first build publishes the
// database only once it is complete), else how to build one.
std::string cannot_open_message(const std::string& path, const std::string& reason);

// True when an indexer holds the lock of the database at `path` (see common/lock_file.h).
bool database_being_built(const std::string& path);

// All of `paths`, opened as one database with add_database().
DatabaseSet open_database_set(const std::vector<std::string>& paths,
                              const OpenOptions& options = {});

}  // namespace yjs
