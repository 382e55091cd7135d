// The writer lock: one indexer at a time per database, for the whole run. Xapian's own
// lock lives inside the database directory, which a new database built on several cores
// does not have until its last step (the runs are separate databases beside it), so the
// lock is a file beside the database instead: DB.lock, taken before any work is done.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "common/errors.h"
#include "common/lock_file.h"

namespace yjs {

// Another indexer holds the database; what() names the lock file.
class DatabaseBusyError : public Error {
 public:
  using Error::Error;
};

// An exclusive flock() on the lock file of one database, held until destruction. The
// kernel drops it when the process dies, so a killed indexer never leaves a stale lock.
// The file itself stays (removing it would race with a waiting indexer). Not copyable.
class WriterLock {
 public:
  // Takes the lock, creating the file if needed. When another process (or another
  // WriterLock in this one) holds it: throws DatabaseBusyError at once, or, when
  // `keep_trying` is given, calls it about once a second and retries while it returns true
  // (it can say it is waiting, or stop on a signal). Throws yjs::Error naming the file
  // when it cannot be created or locked.
  explicit WriterLock(const std::string& db_path,
                      const std::function<bool()>& keep_trying = nullptr);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
};

// Removes the temporary folders a killed build left beside the database (DB.run*.tmp,
// DB.spelling*.tmp, DB.merging.tmp). Call only while holding the WriterLock: then no
// build is using them. Returns how many were removed; throws yjs::Error naming a folder
// that cannot be removed.
std::size_t remove_build_leftovers(const std::string& db_path);

}  // namespace yjs
