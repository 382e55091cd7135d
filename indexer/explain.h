// What `yjs-index --explain` prints: each facet found in an article with the sentence it
// came from, for people (text) or scripts (one JSON object a line). Pure functions.
#pragma once

#include <string>

#include "common/article.h"
#include "common/facets.h"

namespace yjs {

// Lines like "  rating           Good\n                   “…the sentence…”\n", headed by the
// article's path (and JSONL line). Absent facets read "(not found)".
std::string explain_text(const Article& article, const Facets& facets);

// One line of JSON: {"id", "path", "line", "title", "facets": {"area": {"value",
// "source": "text"|"explicit", "evidence"} or null, "year", "rating", "chief_inspector"}}.
std::string explain_json(const Article& article, const Facets& facets);

}  // namespace yjs
