// A sharded database: a folder holding N shards (shard-0 … shard-N-1, each an ordinary
// Xapian database with some of the documents), a lexicon (a database with no documents,
// holding the spelling and synonym tables, which Xapian 1.4's remote backend does not
// serve, so a search host keeps a local copy) and the stub file XAPIANDB listing them all,
// so that whatever opens the folder (yjs-search, quest, xapian-delve) sees one database.
// A document lives in the shard its id hashes to (shard_of), so re-indexing an article
// always replaces it where it is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/stub_file.h"  // kStubFileName

namespace yjs {

inline constexpr const char* kLexiconName = "lexicon";
inline constexpr unsigned kMaxShards = 1024;

// The shard (0 to shards-1) of the document with this id: the 64-bit FNV-1a hash of the
// id's bytes, modulo `shards`. Defined here, not by std::hash, so it is the same on every
// machine, compiler and version. `shards` must be at least 1.
unsigned shard_of(std::string_view id, unsigned shards);

// Where the parts of a sharded database live.
struct ShardLayout {
  std::vector<std::string> shards;  // "DIR/shard-0", ...
  std::string lexicon;              // "DIR/lexicon"
};

// The layout of a sharded database at `dir` with `count` shards.
ShardLayout shard_layout(const std::string& dir, unsigned count);

// True when `db_path` is a folder holding a stub file (and no database of its own).
bool is_sharded(const std::string& db_path);

// The layout that `db_path`'s stub file lists. Throws yjs::Error naming the file when it
// is not what yjs-index writes ("auto shard-0" … then "auto lexicon"): a stub edited to
// list remote shards is for searching, and is not indexed into.
ShardLayout read_shard_layout(const std::string& db_path);

// Writes the stub file of a sharded database at `dir` with `count` shards (not flushed to
// disk: the caller flushes the folder). Throws yjs::Error naming the file when it cannot
// be written.
void write_stub_file(const std::string& dir, unsigned count);

// The sharded database that `db_path` is a part of (a shard or the lexicon), or "". Such a
// part is written only through its sharded database, under that database's lock.
std::string sharded_parent(const std::string& db_path);

}  // namespace yjs
