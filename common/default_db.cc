#include "common/default_db.h"

#include <cstdlib>

namespace yjs {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

std::string default_database_path() {
  if (std::string db = env("YJS_DB"); !db.empty()) return db;
  if (std::string data = env("XDG_DATA_HOME"); !data.empty()) return data + "/yjsearch/db";
  if (std::string home = env("HOME"); !home.empty()) return home + "/.local/share/yjsearch/db";
  return ".yjs/db";
}

std::string database_error_message(const std::string& path, const std::string& xapian_description) {
  return "database '" + path + "' cannot be read: " + xapian_description +
         " (damaged or truncated? rebuild it with yjs-index)";
}

}  // namespace yjs
