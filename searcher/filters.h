// Filters of a search request (one per facet of the schema table: --area, --rating,
// --inspector, --kind, --nation, --region, the --year range; and --min-rating) as one Xapian
// filter query, and the closest known values for a filter value that matches nothing.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/schema.h"
#include "searcher/result.h"

namespace yjs {

struct Filters {
  std::optional<Xapian::Query> query;  // absent when the request has no filters
  std::vector<UnknownValue> unknown;   // values with no document in the database
};

// Values of one facet are OR-ed, different facets AND-ed.
Filters build_filters(const SearchRequest& request, const Xapian::Database& db);

// For a facet value typed in a query (`field` names a facet, schema::find_facet): the value
// with its closest known values when no document has it, else nullopt.
std::optional<UnknownValue> unknown_value(const Xapian::Database& db, std::string_view field,
                                          std::string_view value);

// Up to `count` known values of the facet closest to `value` (edit distance on normalised
// keys, then frequency), in display form.
std::vector<std::string> closest_values(const Xapian::Database& db, const schema::FacetSpec& spec,
                                        std::string_view value, std::size_t count = 3);

}  // namespace yjs
