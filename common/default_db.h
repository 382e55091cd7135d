// Where the database lives when --db is not given, shared by yjs-index and yjs-search.
#pragma once

#include <string>

namespace yjs {

// $YJS_DB when set and not empty; else $XDG_DATA_HOME/yjsearch/db; else
// $HOME/.local/share/yjsearch/db; else ".yjs/db" in the current directory.
std::string default_database_path();

// The one-line message for a Xapian error that came from reading or writing the database
// at `path` (a damaged or truncated file, say), naming the database: Xapian's own
// messages ("EOF reading block 469") do not say which one.
std::string database_error_message(const std::string& path, const std::string& xapian_description);

}  // namespace yjs
