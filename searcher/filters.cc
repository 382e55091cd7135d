#include "searcher/filters.h"

#include <algorithm>
#include <stdexcept>

#include "common/extract/gazetteer.h"
#include "common/facet_terms.h"
#include "common/facets.h"
#include "common/schema.h"

namespace yjs {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// How a stored key is shown: its canonical form (the gazetteer's name for areas, the label
// for ratings), capitalised words otherwise ("martin jones" -> "Martin Jones").
std::string display(const schema::FacetSpec& spec, const std::string& key) {
  if (auto canonical = spec.canonical(key); canonical && normalise_key(*canonical) == key) {
    return *canonical;
  }
  std::string out = key;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if ((i == 0 || out[i - 1] == ' ') && out[i] >= 'a' && out[i] <= 'z') out[i] -= 'a' - 'A';
  }
  return out;
}

const schema::FacetSpec& filter_facet(std::string_view field) {
  if (const schema::FacetSpec* spec = schema::find_facet(field)) return *spec;
  throw std::invalid_argument("no facet '" + std::string(field) + "'");
}

// OR of the terms of `values`; unknown ones are recorded with suggestions.
std::optional<Xapian::Query> any_of(const std::vector<std::string>& values,
                                    const schema::FacetSpec& spec, const Xapian::Database& db,
                                    Filters& filters) {
  if (values.empty()) return std::nullopt;
  std::vector<Xapian::Query> terms;
  for (const std::string& value : values) {
    if (auto unknown = unknown_value(db, spec.name, value))
      filters.unknown.push_back(std::move(*unknown));
    terms.emplace_back(facet_term(spec, value));
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// A range of a rangeable facet (years), on its sortable slot.
std::optional<Xapian::Query> range_of(const schema::FacetSpec& spec, std::optional<int> from,
                                      std::optional<int> to) {
  if (from && to && *from == *to) return Xapian::Query(facet_term(spec, std::to_string(*from)));
  if (from && to) {
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, spec.slot,
                         Xapian::sortable_serialise(*from), Xapian::sortable_serialise(*to));
  }
  if (from) {
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, spec.slot, Xapian::sortable_serialise(*from));
  }
  if (to)
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, spec.slot, Xapian::sortable_serialise(*to));
  return std::nullopt;
}

}  // namespace

std::optional<UnknownValue> unknown_value(const Xapian::Database& db, std::string_view field,
                                          std::string_view value) {
  const schema::FacetSpec& spec = filter_facet(field);
  if (db.term_exists(facet_term(spec, value))) return std::nullopt;
  return UnknownValue{std::string(spec.name), std::string(value), closest_values(db, spec, value)};
}

std::vector<std::string> closest_values(const Xapian::Database& db, const schema::FacetSpec& spec,
                                        std::string_view value, std::size_t count) {
  const std::string_view prefix = spec.term_prefix;
  const std::string key = normalise_key(spec.canonical(value).value_or(std::string(value)));
  struct Scored {
    std::size_t distance;
    Xapian::doccount frequency;
    std::string key;
  };
  std::vector<Scored> scored;
  const std::string prefix_string(prefix);
  for (auto it = db.allterms_begin(prefix_string); it != db.allterms_end(prefix_string); ++it) {
    const std::string known = (*it).substr(prefix.size());
    std::size_t distance = edit_distance(key, known);
    // A misspelt first word: "leicster" is one letter from "leicester" in "leicester city".
    if (known.size() > key.size()) {
      distance =
          std::min(distance, edit_distance(key, std::string_view(known).substr(0, key.size() + 1)));
    }
    // "leicester" is close to "leicester city" though many letters apart.
    if (!key.empty() &&
        (known.find(key) != std::string::npos || key.find(known) != std::string::npos)) {
      distance = std::min<std::size_t>(distance, 1);
    }
    if (distance <= std::max<std::size_t>(2, key.size() / 3)) {
      scored.push_back({distance, it.get_termfreq(), known});
    }
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    if (a.frequency != b.frequency) return a.frequency > b.frequency;
    return a.key < b.key;
  });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && out.size() < count; ++i) {
    out.push_back(display(spec, scored[i].key));
  }
  return out;
}

Filters build_filters(const SearchRequest& request, const Xapian::Database& db) {
  Filters filters;
  std::vector<Xapian::Query> parts;
  for (const schema::FacetSpec& spec : schema::kFacets) {
    auto part = spec.rangeable ? range_of(spec, request.year_from, request.year_to)
                               : any_of(request.values(spec.facet), spec, db, filters);
    if (part) parts.push_back(std::move(*part));
  }
  if (request.min_rating) {
    parts.emplace_back(Xapian::Query::OP_VALUE_GE, schema::spec(schema::Facet::kRating).slot,
                       schema::encode_slot(schema::spec(schema::Facet::kRating),
                                           rating_label(*request.min_rating)));
  }
  if (!parts.empty())
    filters.query = Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
  return filters;
}

}  // namespace yjs
