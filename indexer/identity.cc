#include "indexer/identity.h"

#include <algorithm>
#include <system_error>

#include "common/errors.h"
#include "common/schema.h"
#include "indexer/new_database.h"

namespace yjs {
namespace fs = std::filesystem;

fs::path real_path(const fs::path& path) {
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(path, ec);
  return ec ? fs::absolute(path).lexically_normal() : resolved;
}

std::string file_id(const fs::path& root, const fs::path& real) {
  return real.lexically_relative(root).generic_string();
}

bool is_under(const fs::path& file, const fs::path& scope) {
  const fs::path relative = file.lexically_relative(scope);
  if (relative.empty()) return false;  // no common base at all
  const std::string first = relative.begin()->string();
  return first != "..";
}

fs::path id_root_for(const std::string& db_path, const std::vector<std::string>& inputs) {
  if (!is_new_database(db_path)) {
    const Xapian::Database db(db_path);
    const std::string stored = db.get_metadata(kRootMetadataKey);
    if (!stored.empty()) return stored;
    if (db.get_doccount() > 0) {
      throw Error("database '" + db_path +
                  "' was made by an older yjs-index, whose ids depended on how paths were "
                  "spelled; remove it and index again");
    }
  }
  const fs::path first = real_path(inputs.front());
  std::error_code ec;
  return fs::is_directory(first, ec) ? first : first.parent_path();
}

namespace {

// The Q id of a document.
std::string id_of(const Xapian::Database& db, Xapian::docid docid) {
  const std::string prefix(schema::kIdPrefix);
  Xapian::TermIterator term = db.termlist_begin(docid);
  term.skip_to(prefix);
  if (term == db.termlist_end(docid) || (*term).rfind(prefix, 0) != 0) return {};
  return (*term).substr(prefix.size());
}

}  // namespace

std::vector<GoneFile> find_gone(const Xapian::Database& db, const fs::path& root,
                                const std::vector<fs::path>& scopes,
                                const std::unordered_set<std::string>& seen,
                                const std::unordered_set<std::string>& emptied) {
  std::vector<GoneFile> gone;
  const std::string prefix(kFilePrefix);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string file = (*it).substr(prefix.size());
    const bool empty = emptied.contains(file);
    if (seen.contains(file) && !empty) continue;
    const fs::path path = (root / file).lexically_normal();
    if (std::none_of(scopes.begin(), scopes.end(),
                     [&](const fs::path& scope) { return is_under(path, scope); })) {
      continue;
    }
    std::error_code ec;
    if (!empty && (fs::exists(fs::symlink_status(path, ec)) || ec.value() == EACCES)) continue;
    gone.push_back(GoneFile{file, ids_of_file(db, file), empty});
  }
  return gone;
}

std::vector<std::string> ids_of_file(const Xapian::Database& db, const std::string& file) {
  const std::string term = std::string(kFilePrefix) + file;
  std::vector<std::string> ids;
  for (auto doc = db.postlist_begin(term); doc != db.postlist_end(term); ++doc) {
    ids.push_back(id_of(db, *doc));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<std::string> ids_named(const Xapian::Database& db, const std::string& name,
                                   std::size_t limit) {
  std::vector<std::string> found;
  const std::string prefix(schema::kIdPrefix);
  const std::string base = fs::path(name).filename().string();
  if (base.empty()) return found;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && found.size() < limit;
       ++it) {
    const std::string id = (*it).substr(prefix.size());
    if (id == base || (id.size() > base.size() && id.ends_with("/" + base))) found.push_back(id);
  }
  return found;
}

}  // namespace yjs
