// Plain structs between the searcher and the formatters.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/facets.h"
#include "common/schema.h"

namespace yjs {

enum class SortOrder {
  kRelevance,  // BM25 weight (default)
  kDate,       // newest first, then relevance
  kRating,     // best rating first, then relevance
};

enum class WordMatch { kAllElseAny, kAll, kAny };

struct SearchRequest {
  std::string query;  // the query-language text ("" matches everything)
  // Which free words a document needs: all of them, falling back to any of them (ranked)
  // when no document has all (the default); all, strictly (--all); any (--any).
  WordMatch words = WordMatch::kAllElseAny;
  Xapian::doccount offset = 0;      // first hit to return (0-based)
  Xapian::doccount limit = 10;      // number of hits to return (0: counts only)
  std::size_t snippet_bytes = 200;  // approximate snippet length

  // Filters: values of one facet are OR-ed, different facets AND-ed. Values are matched
  // however they are written (case, "&"/"and", hyphens, accents, honorifics, "Hull"). For
  // a rangeable facet (year) use year_from/year_to instead.
  schema::PerFacet<std::vector<std::string>> filters;
  std::optional<int> year_from;  // inclusive
  std::optional<int> year_to;    // inclusive
  std::optional<Rating> min_rating;

  std::vector<std::string>& values(schema::Facet facet) { return filters[schema::index_of(facet)]; }
  const std::vector<std::string>& values(schema::Facet facet) const {
    return filters[schema::index_of(facet)];
  }

  bool facets = false;           // count matches per facet value
  std::size_t facet_limit = 10;  // values per facet, most frequent first (0: all)
  // Facet counts and `total` examine every match unless this is set, in which case at
  // least this many matches are examined and counts may be estimates on huge databases.
  std::optional<Xapian::doccount> facet_sample;

  SortOrder sort = SortOrder::kRelevance;
  bool collapse_area = false;  // one hit per area (the best, or the newest by date)
  std::string history_area;    // every inspection of one area, oldest first, with changes
};

struct Hit {
  Xapian::doccount rank = 0;  // 1-based, counting from the first match, not the offset
  std::string id;
  std::string title;
  std::optional<std::string> path;
  std::optional<std::string> url;
  // Each facet's display value, in schema order ("Leicester City", "2019", "Good", ...).
  schema::PerFacet<std::optional<std::string>> facets;
  double weight = 0;
  std::string snippet;                                          // plain text
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // [begin, end) bytes of snippet
  Xapian::doccount collapsed = 0;              // with collapse_area: more matches from this area
  std::optional<std::string> change;           // with history_area: "up", "down" or "same"
  std::optional<std::string> previous_rating;  // with history_area: the rating it changed from
  std::size_t inspection = 0;  // with history_area: its entry in SearchResult::inspections, 1-based

  const std::optional<std::string>& value(schema::Facet facet) const {
    return facets[schema::index_of(facet)];
  }
  std::optional<std::string>& value(schema::Facet facet) { return facets[schema::index_of(facet)]; }
  // The year as a number (stored years are always whole numbers).
  std::optional<int> year() const {
    const auto& year = value(schema::Facet::kYear);
    return year ? std::optional<int>(std::stoi(*year)) : std::nullopt;
  }
  void set_year(std::optional<int> year) {
    value(schema::Facet::kYear) = year ? std::optional(std::to_string(*year)) : std::nullopt;
  }
};

// With history_area: one inspection and the articles about it.
struct Inspection {
  std::optional<int> year;            // the earliest article's year; nullopt: date unknown
  std::optional<std::string> rating;  // the overall rating, if any article gives one
  std::optional<std::string> change;  // "up", "down", "same" against the previous rated one
  std::optional<std::string> previous_rating;
  std::vector<std::size_t> hits;  // indices into SearchResult::hits, oldest first
};

struct FacetCount {
  std::string value;  // display form: "Leicester City", "2019", "Good", "Martin Jones"
  Xapian::doccount count = 0;
};

// Counts for one facet, most frequent first, then by value (at most the facet limit),
// and how many matches have no value for it: with all values, the counts and `none` sum
// to the documents counted (SearchResult::total, or `articles` when collapsing).
struct FacetCounts {
  std::string name;  // the facet's name (schema::FacetSpec::name): "area", "year", ...
  std::vector<FacetCount> values;
  Xapian::doccount none = 0;
};

// A filter value that matches nothing in the database, with the closest known values.
struct UnknownValue {
  std::string field;  // the facet's name: "area", "rating", "inspector", ...
  std::string value;  // as the user typed it
  std::vector<std::string> suggestions;
};

struct SearchResult {
  std::string query;   // as the user typed it
  std::string parsed;  // Xapian::Query::get_description() of the final query
  // Number of matching documents (exact unless `estimated`); with collapse_area, of
  // services (each article without an area counting as one).
  Xapian::doccount total = 0;
  // With collapse_area: the matching articles, which the facet counts count.
  std::optional<Xapian::doccount> articles;
  // True when facet_sample cut the counting short: total and facet counts are estimates.
  bool estimated = false;
  Xapian::doccount offset = 0;
  std::vector<Hit> hits;
  std::vector<FacetCounts> facets;  // with request.facets, in schema order
  // A corrected query, when a word of the query is in no document and the correction
  // finds more; with `corrected`, the hits are those of the suggestion.
  std::optional<std::string> suggestion;
  bool corrected = false;
  // True when no document had every word, so the hits are those with any of them.
  bool relaxed = false;
  std::vector<UnknownValue> unknown_values;
  std::string history_area;                // the canonical area of a history request
  std::vector<Inspection> inspections;     // with history_area: the articles grouped
  SortOrder sort = SortOrder::kRelevance;  // as requested (the text output notes unknown dates)
  // What this search could not do as it would on one local database (a table remote
  // shards do not serve), one line each, for stderr.
  std::vector<std::string> warnings;
};

}  // namespace yjs
