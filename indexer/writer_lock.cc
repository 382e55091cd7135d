#include "indexer/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <thread>

namespace yjs {
namespace fs = std::filesystem;
namespace {

bool is_leftover(const std::string& name, const std::string& db_name) {
  if (name.rfind(db_name + ".", 0) != 0 || !name.ends_with(".tmp")) return false;
  const std::string middle = name.substr(db_name.size() + 1);
  return middle.rfind("run", 0) == 0 || middle.rfind("spelling", 0) == 0 || middle == "merging.tmp";
}

}  // namespace

WriterLock::WriterLock(const std::string& db_path, const std::function<bool()>& keep_trying)
    : path_(lock_path_for(db_path)) {
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw Error("cannot create lock file '" + path_ + "': " + std::strerror(errno));
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    if (error == EINTR) continue;
    if (error != EWOULDBLOCK || !keep_trying || !keep_trying()) {
      ::close(fd_);
      if (error == EWOULDBLOCK) throw DatabaseBusyError(path_);
      throw Error("cannot lock '" + path_ + "': " + std::strerror(error));
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}

WriterLock::~WriterLock() { ::close(fd_); }  // closing the file releases the lock

std::size_t remove_build_leftovers(const std::string& db_path) {
  const fs::path db = canonical_db_path(db_path);
  const std::string db_name = db.filename().string();
  std::error_code ec;
  std::size_t removed = 0;
  for (const auto& entry : fs::directory_iterator(db.parent_path(), ec)) {
    if (!is_leftover(entry.path().filename().string(), db_name)) continue;
    std::error_code remove_ec;
    fs::remove_all(entry.path(), remove_ec);
    if (remove_ec) {
      throw Error("cannot remove '" + entry.path().string() + "': " + remove_ec.message());
    }
    ++removed;
  }
  return removed;
}

}  // namespace yjs
