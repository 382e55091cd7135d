#include "indexer/compact.h"

#include <filesystem>
#include <system_error>

#include "common/errors.h"
#include "indexer/indexer.h"

namespace yjs {
namespace fs = std::filesystem;

void publish_database(const std::string& built, const std::string& db_path) {
  std::error_code ec;
  if (fs::exists(db_path, ec)) {
    throw Error("cannot publish the new database: '" + db_path + "' appeared meanwhile; '" + built +
                "' holds the build");
  }
  fs::rename(built, db_path, ec);
  if (ec) throw Error("cannot rename '" + built + "' to '" + db_path + "': " + ec.message());
  const fs::path parent = fs::path(db_path).parent_path();
  sync_directory(parent.empty() ? "." : parent.string());
}

Xapian::doccount compact_database(const std::string& from, const std::string& to) {
  std::error_code ec;
  if (fs::exists(to, ec)) throw Error("'" + to + "' exists; --compact writes a new database");
  Xapian::Database source(from);  // a stub folder opens as all its shards
  const std::string merging = to + ".merging.tmp";
  fs::remove_all(merging, ec);
  source.compact(merging, Xapian::DBCOMPACT_MULTIPASS);
  sync_database(merging);
  publish_database(merging, to);
  return Xapian::Database(to).get_doccount();
}

}  // namespace yjs
