// Input discovery: the PATHs given to yjs-index expanded into the files to index, each
// once, in a stable order, with their ids (identity.h).
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

namespace yjs {

// One file to index and its id (identity.h): its text article's id, and the file term of
// every document it gives (JSON Lines articles carry their own ids).
struct InputFile {
  std::filesystem::path path;
  std::string id;
};

// What the command line asked to index, resolved against the database's root.
struct Inputs {
  std::vector<InputFile> files;               // each file once, in a stable order
  std::unordered_set<std::string> seen;       // their ids
  std::vector<std::filesystem::path> scopes;  // the PATHs given, as real paths
  std::size_t failures = 0;                   // PATHs that could not be read
};

// Expands `paths` into files: each folder's .txt and .jsonl files sorted, folders and
// files in argument order; the same file reached twice (two arguments, a link) counts
// once. Symbolic links to folders are not followed. Ids are relative to `root`. Warnings
// and errors go to `report`, one line each. With `prune`, a PATH that is gone is no
// failure: pruning what was indexed from it is the point.
Inputs collect_inputs(const std::vector<std::string>& paths, const std::filesystem::path& root,
                      bool prune, const std::function<void(const std::string&)>& report);

}  // namespace yjs
