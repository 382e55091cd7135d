// Whether a run makes a new database or updates one: the one test every part of the
// indexer asks, so they cannot disagree (a new database is built on all cores without a
// sync per commit, takes its root from the inputs, and has nothing to skip as unchanged).
#pragma once

#include <filesystem>
#include <string>

namespace yjs {

// True when nothing is at `path` yet, so indexing creates the database there. Throws
// std::filesystem::filesystem_error when `path` cannot be examined.
inline bool is_new_database(const std::string& path) { return !std::filesystem::exists(path); }

}  // namespace yjs
