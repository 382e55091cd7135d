#include "common/lock_file.h"

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <cstdio>
#include <fstream>
#include <system_error>

namespace yjs {
namespace fs = std::filesystem;

fs::path canonical_db_path(const std::string& db_path) {
  fs::path path = fs::path(db_path).lexically_normal();
  if (!path.has_filename()) path = path.parent_path();  // "D/" normalises to "D/"
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(path, ec);
  return ec ? fs::absolute(path) : resolved;
}

std::string lock_path_for(const std::string& db_path) {
  const fs::path db = canonical_db_path(db_path);
  return (db.parent_path() / (db.filename().string() + ".lock")).string();
}

bool lock_file_held(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  // Lines read "1: FLOCK  ADVISORY  WRITE 4242 fe:00:5399371 0 EOF": the device as
  // major:minor in hex, then the inode.
  char device_inode[64];
  std::snprintf(device_inode, sizeof device_inode, " %02x:%02x:%lu ", major(st.st_dev),
                minor(st.st_dev), static_cast<unsigned long>(st.st_ino));
  std::ifstream locks("/proc/locks");
  std::string line;
  while (std::getline(locks, line)) {
    if (line.find("FLOCK") != std::string::npos &&
        (line + ' ').find(device_inode) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace yjs
