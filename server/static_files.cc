#include "server/static_files.h"

#include <algorithm>

namespace yjs::server {

const StaticFile* find_static_file(std::string_view path) {
  const auto files = static_files();
  const auto it = std::find_if(files.begin(), files.end(),
                               [path](const StaticFile& file) { return file.path == path; });
  return it == files.end() ? nullptr : &*it;
}

}  // namespace yjs::server
