#include "searcher/format.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace yjs {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

// BM25 weights differ in the last digits between Xapian versions; 3 places is plenty.
double round3(double weight) { return std::round(weight * 1000.0) / 1000.0; }

std::string weight_text(double weight) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", weight);
  return buffer;
}

std::string highlighted(const Hit& hit, const TextStyle& style) {
  if (!style.highlight) return hit.snippet;
  std::string out;
  std::size_t done = 0;
  for (const auto& [begin, end] : hit.highlights) {
    out.append(hit.snippet, done, begin - done);
    out.append(kBold).append(hit.snippet, begin, end - begin).append(kReset);
    done = end;
  }
  out.append(hit.snippet, done);
  return out;
}

template <typename T>
nlohmann::ordered_json or_null(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

}  // namespace

std::string format_text(const SearchResult& result, const TextStyle& style) {
  std::ostringstream out;
  if (result.total == 0) {
    out << "No documents match";
  } else if (result.hits.empty()) {
    out << result.total << (result.total == 1 ? " match" : " matches") << "; none at offset "
        << result.offset;
  } else {
    out << "Results " << result.hits.front().rank << "-" << result.hits.back().rank << " of "
        << result.total;
  }
  out << (result.query.empty() ? std::string() : " for: " + result.query) << "\n";

  for (const Hit& hit : result.hits) {
    out << "\n" << hit.rank << ". " << (hit.title.empty() ? hit.id : hit.title) << "  ["
        << weight_text(hit.weight) << "]\n";
    out << "   " << (hit.path ? *hit.path : hit.url ? *hit.url : hit.id) << "\n";
    std::string facets;
    auto add = [&facets](const std::string& part) { facets += (facets.empty() ? "" : " | ") + part; };
    if (hit.area) add(*hit.area);
    if (hit.year) add(std::to_string(*hit.year));
    if (hit.rating) add(*hit.rating);
    if (hit.chief_inspector) add(*hit.chief_inspector);
    if (!facets.empty()) out << "   " << facets << "\n";
    if (!hit.snippet.empty()) out << "   " << highlighted(hit, style) << "\n";
  }
  return out.str();
}

std::string format_json(const SearchResult& result) {
  nlohmann::ordered_json json;
  json["query"] = result.query;
  json["parsed"] = result.parsed;
  json["total"] = result.total;
  json["offset"] = result.offset;
  json["hits"] = nlohmann::ordered_json::array();
  for (const Hit& hit : result.hits) {
    nlohmann::ordered_json h;
    h["rank"] = hit.rank;
    h["id"] = hit.id;
    h["title"] = hit.title;
    h["path"] = or_null(hit.path);
    h["url"] = or_null(hit.url);
    h["area"] = or_null(hit.area);
    h["year"] = or_null(hit.year);
    h["rating"] = or_null(hit.rating);
    h["chief_inspector"] = or_null(hit.chief_inspector);
    h["weight"] = round3(hit.weight);
    h["snippet"] = hit.snippet;
    json["hits"].push_back(std::move(h));
  }
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace yjs
