// What `yjs-index --explain` prints: each facet found in an article with the sentence it
// came from, for people (text) or scripts (one JSON object a line). Pure functions.
#pragma once

#include <string>

#include "common/article.h"
#include "common/facets.h"

namespace yjs {

// One row per facet of the schema table, in its order, like
// "  rating     Good  (text)\n               “…the sentence…”\n", headed by the article's path
// (and JSONL line). The source is explicit, text or derived (FacetSource); absent facets
// read "(not found)".
std::string explain_text(const Article& article, const Facets& facets);

// One line of JSON: {"id", "path", "line", "title", "facets": {NAME: {"value" (a number for
// year), "source": "explicit"|"text"|"derived", "evidence" (or null), and for region
// "also": [place groups]} or null, for every facet of the schema table, in its order}}.
std::string explain_json(const Article& article, const Facets& facets);

}  // namespace yjs
