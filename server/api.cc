#include "server/api.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "common/default_db.h"
#include "common/errors.h"
#include "common/schema.h"
#include "searcher/format.h"
#include "searcher/request_options.h"

namespace yjs::server {
namespace {

ApiResponse error_response(int status, const std::string& message) {
  nlohmann::ordered_json json;
  json["schema_version"] = kJsonSchemaVersion;
  json["error"] = message;
  return {status, json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"};
}

bool flag(const std::string& name, const std::string& value) {
  if (value.empty() || value == "1" || value == "true") return true;
  if (value == "0" || value == "false") return false;
  throw UsageError(name + " '" + value + "': expected 1 or 0");
}

// The URL parameters besides the facet filters (one per facet of the schema table, by its
// name): one table, each the yjs-search option of the same meaning.
using Setter = std::function<void(RequestOptions&, const std::string&)>;
const std::vector<std::pair<std::string, Setter>>& parameters() {
  static const std::vector<std::pair<std::string, Setter>> table = {
      {"q", [](RequestOptions& o, const std::string& v) { o.query = v; }},
      {"year", [](RequestOptions& o, const std::string& v) { o.years = v; }},
      {"min_rating", [](RequestOptions& o, const std::string& v) { o.min_rating = v; }},
      {"sort", [](RequestOptions& o, const std::string& v) { o.sort = v; }},
      {"collapse", [](RequestOptions& o, const std::string& v) { o.collapse = v; }},
      {"offset", [](RequestOptions& o, const std::string& v) { o.offset = v; }},
      {"limit", [](RequestOptions& o, const std::string& v) { o.limit = v; }},
      {"any", [](RequestOptions& o, const std::string& v) { o.any_word = flag("any", v); }},
      {"all", [](RequestOptions& o, const std::string& v) { o.all_words = flag("all", v); }},
      {"facets", [](RequestOptions& o, const std::string& v) { o.facets = flag("facets", v); }},
      {"facet_limit", [](RequestOptions& o, const std::string& v) { o.facet_limit = v; }},
      {"facet_sample", [](RequestOptions& o, const std::string& v) { o.facet_sample = v; }},
  };
  return table;
}

// A facet filter parameter (a facet's name or alias, the year's range aside), or nullptr.
const schema::FacetSpec* filter_parameter(const std::string& name) {
  const schema::FacetSpec* spec = schema::find_facet(name);
  return spec && !spec->rangeable ? spec : nullptr;
}

// Single-valued parameters given twice are refused rather than silently picking one.
bool repeatable(const std::string& name) { return filter_parameter(name) != nullptr; }

void apply(const Params& params, RequestOptions& options) {
  for (const auto& entry : params) {
    // Named copies, not structured bindings: clang 14 cannot capture a binding in a lambda.
    const std::string& name = entry.first;
    const std::string& value = entry.second;
    if (const schema::FacetSpec* spec = filter_parameter(name)) {
      options.filters[schema::index_of(spec->facet)].push_back(value);
      continue;
    }
    const auto& table = parameters();
    const auto it = std::find_if(table.begin(), table.end(),
                                 [&name](const auto& known) { return known.first == name; });
    if (it == table.end()) throw UsageError("unknown parameter '" + name + "'");
    if (!repeatable(name) && params.count(name) > 1) {
      throw UsageError("parameter '" + name + "' given more than once");
    }
    it->second(options, value);
  }
}

ApiResponse run_search(const RequestOptions& options, SearcherPool& pool) {
  try {
    const SearchRequest request = to_search_request(options);
    if (request.limit > kMaxLimit) {
      throw UsageError("--limit '" + options.limit + "': at most " + std::to_string(kMaxLimit) +
                       " on the server");
    }
    std::string body;
    pool.with_searcher([&](Searcher& searcher) { body = format_json(searcher.search(request)); });
    return {200, std::move(body)};
  } catch (const UsageError& e) {
    return error_response(400, e.what());
  } catch (const QueryError& e) {
    return error_response(400, e.what());
  } catch (const SearchTimeout& e) {
    return error_response(503, std::string(e.what()) + "; try fewer words or more filters");
  } catch (const DatabaseUnavailable& e) {
    return error_response(503, e.what());
  } catch (const Xapian::DatabaseError& e) {
    return error_response(500, database_error_message("the database", e.get_description()));
  }
}

}  // namespace

ApiResponse api_search(const Params& params, SearcherPool& pool) {
  RequestOptions options;
  try {
    apply(params, options);
  } catch (const UsageError& e) {
    return error_response(400, e.what());
  }
  return run_search(options, pool);
}

ApiResponse api_facets(const Params& params, SearcherPool& pool) {
  RequestOptions options;
  options.facets = true;
  options.limit = "0";
  options.facet_limit = "0";
  try {
    apply(params, options);
  } catch (const UsageError& e) {
    return error_response(400, e.what());
  }
  return run_search(options, pool);
}

ApiResponse api_history(const Params& params, SearcherPool& pool) {
  RequestOptions options;
  for (const auto& [name, value] : params) {
    if (name != "area") return error_response(400, "unknown parameter '" + name + "'");
    options.history = value;
  }
  if (params.count("area") > 1) return error_response(400, "parameter 'area' given more than once");
  if (!options.history) options.history = "";  // refused below with yjs-search's message
  return run_search(options, pool);
}

ApiResponse api_health(SearcherPool& pool) {
  nlohmann::ordered_json json;
  json["schema_version"] = kJsonSchemaVersion;
  int status = 200;
  try {
    pool.with_searcher([&](Searcher& searcher) {
      json["status"] = "ok";
      json["documents"] = searcher.doc_count();
    });
  } catch (const DatabaseUnavailable& e) {
    status = 503;
    json["status"] = e.being_built() ? "building" : "unavailable";
    json["message"] = e.what();
  } catch (const Xapian::Error& e) {
    status = 503;
    json["status"] = "unavailable";
    json["message"] = e.get_description();
  }
  return {status, json.dump(2) + "\n"};
}

}  // namespace yjs::server
