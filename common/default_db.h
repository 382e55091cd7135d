// Where the database lives when --db is not given, shared by yjs-index and yjs-search.
#pragma once

#include <string>

namespace yjs {

// $YJS_DB when set and not empty; else $XDG_DATA_HOME/yjsearch/db; else
// $HOME/.local/share/yjsearch/db; else ".yjs/db" in the current directory.
std::string default_database_path();

}  // namespace yjs
