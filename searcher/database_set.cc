#include "searcher/database_set.h"

#include "common/errors.h"
#include "common/lock_file.h"
#include "common/stub_file.h"

namespace yjs {
namespace {

// Deeper than any sensible layout; a stub that lists itself stops here.
constexpr int kMaxStubDepth = 8;

void add_path(DatabaseSet& set, const std::string& path, const OpenOptions& options, int depth);

void add_shard(DatabaseSet& set, const Xapian::Database& shard) {
  set.db.add_database(shard);
  set.shards.push_back(shard);
}

std::string seconds_text(std::chrono::milliseconds timeout) {
  const auto ms = timeout.count();
  return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

void add_entry(DatabaseSet& set, const StubEntry& entry, const OpenOptions& options, int depth) {
  // Xapian's remote timeouts are in milliseconds, whatever the parameter type says.
  const auto timeout = static_cast<useconds_t>(options.remote_timeout.count());
  const bool remote =
      entry.kind == StubEntry::Kind::kRemoteTcp || entry.kind == StubEntry::Kind::kRemoteProgram;
  Xapian::Database shard;
  try {
    switch (entry.kind) {
      case StubEntry::Kind::kLocal:
        if (entry.backend == 0) return add_path(set, entry.path, options, depth + 1);
        shard = Xapian::Database(entry.path, entry.backend);
        break;
      case StubEntry::Kind::kRemoteTcp:
        shard = Xapian::Remote::open(entry.host, entry.port, timeout, timeout);
        break;
      case StubEntry::Kind::kRemoteProgram:
        shard = Xapian::Remote::open(entry.program, entry.args, timeout);
        break;
      case StubEntry::Kind::kInMemory:
        shard = Xapian::Database(std::string(), Xapian::DB_BACKEND_INMEMORY);
        break;
    }
  } catch (const Xapian::Error& e) {
    throw Error("shard '" + entry.line + "' (" + entry.where +
                ") cannot be opened: " + e.get_description() +
                (remote ? "; a remote shard that does not answer fails after " +
                              seconds_text(options.remote_timeout)
                        : ""));
  }
  add_shard(set, shard);
  set.remote = set.remote || remote;
}

void add_path(DatabaseSet& set, const std::string& path, const OpenOptions& options, int depth) {
  const std::string stub = stub_file_of(path);
  if (stub.empty()) return add_shard(set, Xapian::Database(path));
  if (depth > kMaxStubDepth) throw Error("stub database '" + stub + "' nests too deep (a loop?)");
  for (const StubEntry& entry : read_stub_file(stub)) add_entry(set, entry, options, depth);
}

}  // namespace

void add_database(DatabaseSet& set, const std::string& path, const OpenOptions& options) {
  add_path(set, path, options, 0);
}

bool database_being_built(const std::string& path) { return lock_file_held(lock_path_for(path)); }

std::string cannot_open_message(const std::string& path, const std::string& reason) {
  if (database_being_built(path)) {
    return "database '" + path + "' is being built: yjs-index holds '" + lock_path_for(path) +
           "'; search it when the build has finished";
  }
  return "cannot open database '" + path + "': " + reason + " (build one with yjs-index --db " +
         path + " PATH)";
}

DatabaseSet open_database_set(const std::vector<std::string>& paths, const OpenOptions& options) {
  DatabaseSet set;
  for (const std::string& path : paths) add_database(set, path, options);
  return set;
}

}  // namespace yjs
