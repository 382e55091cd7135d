// The page's files (server/web/), compiled into the program by embed_files.cmake. Only
// these are ever served, each at its one URL path: there is no file system lookup, so no
// path, however it is spelled or encoded, can reach another file.
#pragma once

#include <span>
#include <string_view>

namespace yjs::server {

struct StaticFile {
  std::string_view path;  // "/", "/app.js", ...
  std::string_view content_type;
  std::string_view body;
};

// Every file, in server/CMakeLists.txt's order (generated).
std::span<const StaticFile> static_files();

// The file whose URL path is exactly `path`, or null.
const StaticFile* find_static_file(std::string_view path);

}  // namespace yjs::server
