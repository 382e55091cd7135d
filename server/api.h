// The JSON API, without HTTP: URL parameters in, status and body out. Each answer is what
// `yjs-search --json` prints for the same options (searcher/format.h); errors are
// {"schema_version", "error"} with the message yjs-search would print.
#pragma once

#include <chrono>
#include <map>
#include <string>

#include "server/searcher_pool.h"

namespace yjs::server {

using Params = std::multimap<std::string, std::string>;

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON, ending with a newline
};

// The most hits one request may ask for (yjs-search has no cap; a server needs one).
constexpr Xapian::doccount kMaxLimit = 200;

// GET /api/search: q, area, rating, inspector, kind, nation (each repeatable), year,
// min_rating, sort, collapse, offset, limit, any, all, facets, facet_limit, facet_sample.
ApiResponse api_search(const Params& params, SearcherPool& pool);
// GET /api/facets: as /api/search with facets=1, limit=0 and facet_limit=0 unless given.
ApiResponse api_facets(const Params& params, SearcherPool& pool);
// GET /api/history?area=NAME: yjs-search --json --history NAME.
ApiResponse api_history(const Params& params, SearcherPool& pool);
// GET /api/health: {"schema_version", "status": "ok" | "building" | "unavailable",
// "documents" (when ok) | "message"}; 503 unless ok.
ApiResponse api_health(SearcherPool& pool);

}  // namespace yjs::server
