// Document identity of files: an article keeps one document whichever way its file was
// reached. A text article's id (and every document's file term) is the real path of its
// file (symbolic links resolved), relative to the database's root folder: the first folder
// indexed into it (or the folder of the first file), recorded in the database. A file
// outside the root gets an id starting with "../". JSON Lines ids are kept as given.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace yjs {

// Each document's file, as a boolean term: "XFILE" + the file's id. It tells which
// documents came from which file, JSON Lines included, for --prune and "gone" reports.
inline constexpr std::string_view kFilePrefix = "XFILE";
// Metadata key of the root folder (absolute, real) that file ids are relative to.
inline constexpr const char* kRootMetadataKey = "yjs.root";

// The absolute path with symbolic links resolved as far as it exists (the rest normalised).
std::filesystem::path real_path(const std::filesystem::path& path);

// The id of the file at real path `real`: relative to `root` ("2019/x.txt", "../b/y.txt").
std::string file_id(const std::filesystem::path& root, const std::filesystem::path& real);

// True when real path `file` is `scope` itself or lies inside it.
bool is_under(const std::filesystem::path& file, const std::filesystem::path& scope);

// The root to use for a run over `inputs` (non-empty): the one recorded in the database
// at `db_path` when it exists, else the first input if it is a folder, else its folder.
// Throws yjs::Error naming the database when it holds documents but no root: it was made
// by an older yjs-index, whose ids depended on how paths were spelled.
std::filesystem::path id_root_for(const std::string& db_path,
                                  const std::vector<std::string>& inputs);

// A file indexed earlier that is gone (or emptied), and the ids of its documents.
struct GoneFile {
  std::string file;              // its id (relative to the root)
  std::vector<std::string> ids;  // its documents' ids
  bool emptied = false;          // the file is still there but holds no text
};

// The files recorded in `db` that lie under one of `scopes` (real paths) and either were
// not seen in this run (`seen` holds file ids) and no longer exist, or are in `emptied`
// (file ids of files found holding no text: an emptied article is a gone one), in id order.
std::vector<GoneFile> find_gone(const Xapian::Database& db, const std::filesystem::path& root,
                                const std::vector<std::filesystem::path>& scopes,
                                const std::unordered_set<std::string>& seen,
                                const std::unordered_set<std::string>& emptied = {});

// The ids of the documents of the file with id `file` (its XFILE term), in id order.
std::vector<std::string> ids_of_file(const Xapian::Database& db, const std::string& file);

// Up to `limit` ids held by `db` whose last path component is `name` ("x.txt" finds
// "x.txt", "2019/x.txt"), for a helpful message when an id matches nothing.
std::vector<std::string> ids_named(const Xapian::Database& db, const std::string& name,
                                   std::size_t limit = 5);

}  // namespace yjs
