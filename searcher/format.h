// Formatting of search results for people (text) and scripts (JSON). Pure functions.
#pragma once

#include <string>

#include "searcher/result.h"

namespace yjs {

struct TextStyle {
  bool highlight = false;  // ANSI bold for matched words (only when stdout is a terminal)
};

// Human-readable results: a header line, then per hit its rank, title, weight, path or
// url, its facets, and the snippet. Ends with a newline.
std::string format_text(const SearchResult& result, const TextStyle& style);

// One JSON object, keys in this order: query, parsed, total, offset, hits (each: rank,
// id, title, path, url, area, year, rating, chief_inspector, weight, snippet). Absent
// values are null. Weights are rounded to 3 decimal places. Ends with a newline.
std::string format_json(const SearchResult& result);

}  // namespace yjs
