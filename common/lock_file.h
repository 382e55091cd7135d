// The writer lock's file, DB.lock beside the database: where it is, and whether an indexer
// holds it. yjs-index takes it (indexer/writer_lock.h); the search side only looks, to say
// that a database which cannot be opened yet is being built.
#pragma once

#include <filesystem>
#include <string>

namespace yjs {

// The database path with trailing slashes dropped, resolved through symbolic links as far
// as it exists: "D/", "./D" and a link to D are one database.
std::filesystem::path canonical_db_path(const std::string& db_path);

// "DB.lock" beside the database at `db_path`, whichever way the path is spelled (relative,
// absolute, through a symbolic link, with a trailing slash): one database, one lock file.
std::string lock_path_for(const std::string& db_path);

// True when some process holds a flock() on the file at `path`. Read from /proc/locks
// rather than by trying the lock, so looking can never make an indexer starting at that
// moment think the database is busy. False when the file does not exist, or when the
// kernel does not list it (a file system whose inodes /proc/locks names differently).
bool lock_file_held(const std::string& path);

}  // namespace yjs
