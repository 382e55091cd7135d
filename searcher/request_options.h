// The options of one search as text, as yjs-search's command line and yjs-serve's URL
// parameters give them, and the one set of checks that turns them into a SearchRequest:
// both programs accept the same values and refuse bad ones with the same message.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/schema.h"
#include "searcher/result.h"

namespace yjs {

struct RequestOptions {
  std::string query;  // the words, joined
  // Filter values of each facet (the year's range is `years`).
  schema::PerFacet<std::vector<std::string>> filters;
  std::string years;       // "2019", "2015..2019", "..2019", "2015.." or "" (any year)
  std::string min_rating;  // "" (none) or a rating in any spelling
  std::string sort = "relevance";
  std::string collapse;  // "" or "area"
  std::string limit = "10";
  std::string offset = "0";
  bool all_words = false;
  bool any_word = false;
  bool facets = false;
  std::string facet_limit = "10";
  std::optional<std::string> facet_sample;
  std::optional<std::string> history;  // the service, when a history is asked for
};

// Checks every option and builds the request. Throws UsageError with a one-line message
// naming the option as yjs-search spells it ("--year '20x9': expected YYYY, ...").
SearchRequest to_search_request(const RequestOptions& options);

}  // namespace yjs
