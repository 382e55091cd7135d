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

// The version of the JSON schema format_json() writes (README, "JSON output"); raised when
// a key changes meaning or goes, not when one is added.
constexpr int kJsonSchemaVersion = 1;

// One JSON object, keys in this order: schema_version, query, parsed, total, offset, hits
// (each: rank, id, title, path, url, area, year, rating, chief_inspector, weight, snippet,
// highlights: [begin, end) code points of the snippet). Absent values are null. Weights
// are rounded to 3 decimal places. Ends with a newline.
std::string format_json(const SearchResult& result);

}  // namespace yjs
