// Formatting of search results for people (text) and scripts (JSON). Pure functions.
#pragma once

#include <string>

#include "searcher/result.h"

namespace yjs {

struct TextStyle {
  bool highlight = false;  // ANSI bold for matched words (only when stdout is a terminal)
};

// Human-readable results: a header line, notes (correction, relaxed, unknown values), then
// per hit its rank, title, weight, path or url, its facets on one line (those that do not
// follow from the area, in schema order), how many more from its area when collapsed, and
// the snippet; then the facet counts. With a history, one entry per inspection instead.
// Ends with a newline.
std::string format_text(const SearchResult& result, const TextStyle& style);

// The version of the JSON schema format_json() writes (README, "JSON output"); raised when
// a key changes meaning or goes, not when one is added. 2: "chief_inspector" became
// "inspector" (output before schema_version existed is version 1).
constexpr int kJsonSchemaVersion = 2;

// One JSON object (the README's "JSON output" documents each key). Absent values are
// null; weights are rounded to 3 decimal places; ends with a newline. Keys, in order
// (tests/searcher/format_test.cc checks these lists against the output):
//   top level: schema_version query parsed total estimated [articles] offset suggestion
//     corrected relaxed unknown_values [history_area] hits [inspections] [facets]
//   each hit: rank id title path url area year rating inspector kind nation region weight
//     snippet highlights [collapsed] [change previous_rating inspection]
// where [...] appear only with their option: articles (the matching articles; total then
// counts services) with collapse_area; history_area, inspections and each hit's change,
// previous_rating and inspection with a history; facets ({NAME: [{value, count}]} for
// every facet, ending with {value: null, count} for the documents without one) with
// --facets; collapsed when a collapsed hit has more than 0. estimated is true when
// facet_sample made total and the counts estimates. highlights are the matched words as
// [begin, end) code points of the snippet. The hit's facet keys are the schema table's
// names, in its order (years are numbers).
std::string format_json(const SearchResult& result);

}  // namespace yjs
