// Plain structs between the searcher and the formatters.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace yjs {

struct SearchRequest {
  std::string query;              // the query-language text ("" matches everything)
  bool all_terms = false;         // --all: every free word must match (AND, not ranked OR)
  Xapian::doccount offset = 0;    // first hit to return (0-based)
  Xapian::doccount limit = 10;    // number of hits to return
  std::size_t snippet_bytes = 200;  // approximate snippet length
};

struct Hit {
  Xapian::doccount rank = 0;  // 1-based, counting from the first match, not the offset
  std::string id;
  std::string title;
  std::optional<std::string> path;
  std::optional<std::string> url;
  std::optional<std::string> area;
  std::optional<int> year;
  std::optional<std::string> rating;
  std::optional<std::string> chief_inspector;
  double weight = 0;
  std::string snippet;  // plain text
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // [begin, end) bytes of snippet
};

struct SearchResult {
  std::string query;         // as the user typed it
  std::string parsed;        // Xapian::Query::get_description()
  Xapian::doccount total = 0;  // exact number of matching documents
  Xapian::doccount offset = 0;
  std::vector<Hit> hits;
};

}  // namespace yjs
