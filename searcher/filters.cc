#include "searcher/filters.h"

#include <algorithm>
#include <stdexcept>

#include "common/extract/gazetteer.h"
#include "common/facet_terms.h"
#include "common/facets.h"
#include "common/person_name.h"
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

// How a stored key is shown: the gazetteer's name for areas, the label for ratings,
// capitalised words otherwise ("martin jones" -> "Martin Jones").
std::string display(std::string_view prefix, const std::string& key) {
  if (prefix == schema::kArea.term_prefix) {
    if (auto name = extract::Gazetteer::builtin().canonical(key)) return *name;
  }
  if (prefix == schema::kRating.term_prefix) {
    if (auto rating = parse_rating(key)) return std::string(rating_label(*rating));
  }
  if (prefix == schema::kKind.term_prefix) {
    if (auto kind = parse_kind(key)) return std::string(kind_label(*kind));
  }
  std::string out = key;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if ((i == 0 || out[i - 1] == ' ') && out[i] >= 'a' && out[i] <= 'z') out[i] -= 'a' - 'A';
  }
  return out;
}

struct FilterField {
  std::string_view field;  // as named to the user: --area, area:
  std::string (*term_of)(std::string_view);
  std::string_view prefix;
};

constexpr FilterField kFilterFields[] = {
    {"area", area_term, schema::kArea.term_prefix},
    {"rating", rating_term, schema::kRating.term_prefix},
    {"inspector", inspector_term, schema::kInspector.term_prefix},
    {"kind", kind_term, schema::kKind.term_prefix},
    {"nation", nation_term, schema::kNation.term_prefix},
};

const FilterField& filter_field(std::string_view field) {
  for (const FilterField& f : kFilterFields) {
    if (f.field == field) return f;
  }
  throw std::invalid_argument("no filter field '" + std::string(field) + "'");
}

// OR of the terms of `values`; unknown ones are recorded with suggestions.
std::optional<Xapian::Query> any_of(const std::vector<std::string>& values, std::string_view field,
                                    const Xapian::Database& db, Filters& filters) {
  if (values.empty()) return std::nullopt;
  std::vector<Xapian::Query> terms;
  for (const std::string& value : values) {
    if (auto unknown = unknown_value(db, field, value))
      filters.unknown.push_back(std::move(*unknown));
    terms.emplace_back(filter_field(field).term_of(value));
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

std::optional<UnknownValue> unknown_value(const Xapian::Database& db, std::string_view field,
                                          std::string_view value) {
  const FilterField& f = filter_field(field);
  if (db.term_exists(f.term_of(value))) return std::nullopt;
  return UnknownValue{std::string(field), std::string(value), closest_values(db, f.prefix, value)};
}

std::vector<std::string> closest_values(const Xapian::Database& db, std::string_view prefix,
                                        std::string_view value, std::size_t count) {
  std::string key = normalise_key(value);
  if (prefix == schema::kInspector.term_prefix) key = normalise_key(strip_honorifics(value));
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
    out.push_back(display(prefix, scored[i].key));
  }
  return out;
}

Filters build_filters(const SearchRequest& request, const Xapian::Database& db) {
  Filters filters;
  std::vector<Xapian::Query> parts;
  auto add = [&parts](std::optional<Xapian::Query> q) {
    if (q) parts.push_back(std::move(*q));
  };
  add(any_of(request.areas, "area", db, filters));
  add(any_of(request.ratings, "rating", db, filters));
  add(any_of(request.inspectors, "inspector", db, filters));
  add(any_of(request.kinds, "kind", db, filters));
  add(any_of(request.nations, "nation", db, filters));
  if (request.year_from && request.year_to && *request.year_from == *request.year_to) {
    parts.emplace_back(year_term(*request.year_from));
  } else if (request.year_from && request.year_to) {
    parts.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kYearSlot,
                       Xapian::sortable_serialise(*request.year_from),
                       Xapian::sortable_serialise(*request.year_to));
  } else if (request.year_from) {
    parts.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kYearSlot,
                       Xapian::sortable_serialise(*request.year_from));
  } else if (request.year_to) {
    parts.emplace_back(Xapian::Query::OP_VALUE_LE, schema::kYearSlot,
                       Xapian::sortable_serialise(*request.year_to));
  }
  if (request.min_rating) {
    parts.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kRatingSlot,
                       std::to_string(static_cast<int>(*request.min_rating)));
  }
  if (!parts.empty())
    filters.query = Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
  return filters;
}

}  // namespace yjs
