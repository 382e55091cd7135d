#include "searcher/format.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/schema.h"

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

// Byte offsets into UTF-8 text as offsets in code points, which every language can index.
nlohmann::ordered_json highlights_json(const Hit& hit) {
  nlohmann::ordered_json ranges = nlohmann::ordered_json::array();
  auto code_points = [&hit](std::size_t bytes) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < bytes && i < hit.snippet.size(); ++i) {
      n += (static_cast<unsigned char>(hit.snippet[i]) & 0xC0) != 0x80;
    }
    return n;
  };
  for (const auto& [begin, end] : hit.highlights)
    ranges.push_back({code_points(begin), code_points(end)});
  return ranges;
}

template <typename T>
nlohmann::ordered_json or_null(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

// A facet value in JSON: a number for a numeric facet (years), else a string; null when
// absent.
nlohmann::ordered_json facet_json(const schema::FacetSpec& spec,
                                  const std::optional<std::string>& value) {
  if (!value) return nullptr;
  if (spec.numeric) return std::stoll(*value);
  return *value;
}

}  // namespace

namespace {

void text_notes(const SearchResult& result, std::ostringstream& out) {
  if (result.corrected) {
    out << "No documents match the query as typed; showing results for: " << *result.suggestion
        << "\n";
  } else if (result.suggestion) {
    out << "Did you mean: " << *result.suggestion << "\n";
  }
  if (result.relaxed) out << "No document has all the words; showing documents with any of them\n";
  for (const UnknownValue& unknown : result.unknown_values) {
    out << "No " << unknown.field << " '" << unknown.value << "' in the index";
    if (!unknown.suggestions.empty()) {
      out << "; closest:";
      for (std::size_t i = 0; i < unknown.suggestions.size(); ++i) {
        out << (i ? ", " : " ") << unknown.suggestions[i];
      }
    }
    out << "\n";
  }
}

// "Facets:" and a line per facet, "  rating: Good (3), Inadequate (1), (none) (2)", the
// (none) bucket counting the documents without the facet.
void text_facets(const SearchResult& result, std::ostringstream& out) {
  if (result.facets.empty()) return;
  out << "\nFacets";
  if (result.articles) out << " (counting articles)";
  if (result.estimated) out << " (estimated from a sample)";
  out << ":\n";
  for (const FacetCounts& facet : result.facets) {
    out << "  " << facet.name << ":";
    std::size_t shown = 0;
    for (const FacetCount& value : facet.values) {
      out << (shown++ ? ", " : " ") << value.value << " (" << value.count << ")";
    }
    if (facet.none || shown == 0) out << (shown ? ", " : " ") << "(none) (" << facet.none << ")";
    out << "\n";
  }
}

// "5 services (12 articles)" when collapsing, "about 40" when estimated, else the number.
std::string total_text(const SearchResult& result) {
  std::string out = (result.estimated ? "about " : "") + std::to_string(result.total);
  if (result.articles) {
    out += (result.total == 1 ? " service (" : " services (") + std::to_string(*result.articles) +
           (*result.articles == 1 ? " article)" : " articles)");
  }
  return out;
}

constexpr std::string_view kDateUnknown = "date unknown";

// A hit's facets on one line, in schema order: "Leicester City | 2019 | Good | Martin
// Jones". Facets that follow from the area, and a facet's usual value (the kind
// "inspection"), are left out; an unknown date is said when sorting by date (why it comes
// last).
std::string facet_line(const Hit& hit, SortOrder sort) {
  std::string line;
  auto add = [&line](std::string_view part) {
    line.append(line.empty() ? "" : " | ").append(part);
  };
  for (const schema::FacetSpec& spec : schema::kFacets) {
    const auto& value = hit.value(spec.facet);
    if (spec.derived || (value && *value == spec.usual)) continue;
    if (value) {
      add(*value);
    } else if (spec.facet == schema::Facet::kYear && sort == SortOrder::kDate) {
      add(kDateUnknown);
    }
  }
  return line;
}
// Width of the rating column in a history, so the sources line up.
constexpr std::size_t kHistoryRatingWidth = 40;

// One entry per inspection, its articles listed under it:
//   2019  Good                                      Leicester City YOS rated Good
//                                                   Leicester youth team praised (BBC)
std::string history_text(const SearchResult& result) {
  std::ostringstream out;
  const std::size_t n = result.inspections.size();
  out << "History of " << result.history_area << ": " << n
      << (n == 1 ? " inspection" : " inspections") << " (" << result.hits.size()
      << (result.hits.size() == 1 ? " article" : " articles") << ")\n";
  text_notes(result, out);
  for (const Inspection& entry : result.inspections) {
    std::string rating = entry.rating.value_or("(no rating)");
    if (entry.change && entry.previous_rating) {
      rating += *entry.change == "same"
                    ? " (same as before)"
                    : " (" + *entry.change + " from " + *entry.previous_rating + ")";
    }
    const std::string when = entry.year ? std::to_string(*entry.year) : std::string(kDateUnknown);
    out << "  " << when
        << std::string(when.size() < kDateUnknown.size() ? kDateUnknown.size() - when.size() : 0,
                       ' ')
        << "  " << rating;
    if (rating.size() < kHistoryRatingWidth)
      out << std::string(kHistoryRatingWidth - rating.size(), ' ');
    const std::string indent(
        2 + kDateUnknown.size() + 2 + std::max(rating.size(), kHistoryRatingWidth) + 2, ' ');
    for (std::size_t k = 0; k < entry.hits.size(); ++k) {
      const Hit& hit = result.hits[entry.hits[k]];
      std::string source = hit.title.empty() ? hit.id : hit.title;
      // An article of an entry that has a year but not this one's own.
      if (entry.year && hit.year() != entry.year) {
        source += hit.year() ? " (" + std::to_string(*hit.year()) + ")"
                             : " (" + std::string(kDateUnknown) + ")";
      }
      out << (k ? indent : "  ") << source << "\n";
    }
  }
  return out.str();
}

}  // namespace

std::string format_text(const SearchResult& result, const TextStyle& style) {
  if (!result.history_area.empty()) return history_text(result);
  std::ostringstream out;
  if (result.total == 0 && !result.hits.empty()) {
    // Tiered, and no document has every word: the hits have some of them.
    out << "Results " << result.hits.front().rank << "-" << result.hits.back().rank << " of "
        << result.partial.value_or(result.hits.size()) << " with some of the words";
  } else if (result.total == 0) {
    out << "No documents match";
  } else if (result.hits.empty()) {
    out << total_text(result) << (result.articles ? "" : result.total == 1 ? " match" : " matches");
    if (result.offset) out << "; none at offset " << result.offset;
  } else if (result.partial && *result.partial > 0) {
    // Tiered: the total, the number to quote, said next to the partial ones.
    out << "Results " << result.hits.front().rank << "-" << result.hits.back().rank << " of "
        << result.total + *result.partial << " (" << total_text(result) << " with every word, "
        << *result.partial << " with some of them)";
  } else {
    out << "Results " << result.hits.front().rank << "-" << result.hits.back().rank << " of "
        << total_text(result);
  }
  out << (result.query.empty() ? std::string() : " for: " + result.query) << "\n";
  text_notes(result, out);
  if (style.explain_query) {
    out << "Query: " << result.parsed << "\n";
    for (const FacetWord& word : result.facet_words) {
      out << "'" << word.words << "' also finds " << schema::spec(word.facet).name << " "
          << word.value << "\n";
    }
  }

  for (const Hit& hit : result.hits) {
    out << "\n"
        << hit.rank << ". " << (hit.title.empty() ? hit.id : hit.title) << "  ["
        << weight_text(hit.weight) << "]\n";
    out << "   " << (hit.path ? *hit.path : hit.url ? *hit.url : hit.id) << "\n";
    const std::string facets = facet_line(hit, result.sort);
    if (!facets.empty()) out << "   " << facets << "\n";
    if (hit.collapsed) {
      out << "   (+" << hit.collapsed << " more from "
          << hit.value(schema::Facet::kArea).value_or("this area") << ")\n";
    }
    if (!hit.missing.empty()) {
      out << "   Missing:";
      for (std::size_t i = 0; i < hit.missing.size(); ++i) {
        out << (i ? ", " : " ") << hit.missing[i];
      }
      out << "\n";
    }
    if (!hit.snippet.empty()) out << "   " << highlighted(hit, style) << "\n";
  }
  text_facets(result, out);
  return out.str();
}

std::string format_json(const SearchResult& result) {
  nlohmann::ordered_json json;
  json["schema_version"] = kJsonSchemaVersion;
  json["query"] = result.query;
  json["parsed"] = result.parsed;
  json["total"] = result.total;
  json["partial"] = or_null(result.partial);
  json["estimated"] = result.estimated;
  if (result.articles) json["articles"] = *result.articles;
  json["offset"] = result.offset;
  json["suggestion"] = or_null(result.suggestion);
  json["corrected"] = result.corrected;
  json["relaxed"] = result.relaxed;
  json["facet_words"] = nlohmann::ordered_json::array();
  for (const FacetWord& word : result.facet_words) {
    const schema::FacetSpec& spec = schema::spec(word.facet);
    json["facet_words"].push_back(
        {{"words", word.words}, {"facet", spec.name}, {"value", facet_json(spec, word.value)}});
  }
  json["unknown_values"] = nlohmann::ordered_json::array();
  for (const UnknownValue& unknown : result.unknown_values) {
    json["unknown_values"].push_back(
        {{"field", unknown.field}, {"value", unknown.value}, {"suggestions", unknown.suggestions}});
  }
  if (!result.history_area.empty()) json["history_area"] = result.history_area;
  json["hits"] = nlohmann::ordered_json::array();
  for (const Hit& hit : result.hits) {
    nlohmann::ordered_json h;
    h["rank"] = hit.rank;
    h["id"] = hit.id;
    h["title"] = hit.title;
    h["path"] = or_null(hit.path);
    h["url"] = or_null(hit.url);
    for (const schema::FacetSpec& spec : schema::kFacets) {
      h[std::string(spec.name)] = facet_json(spec, hit.value(spec.facet));
    }
    h["weight"] = round3(hit.weight);
    h["snippet"] = hit.snippet;
    h["highlights"] = highlights_json(hit);
    h["missing"] = hit.missing;
    if (hit.collapsed) h["collapsed"] = hit.collapsed;
    if (!result.history_area.empty()) {
      h["change"] = or_null(hit.change);
      h["previous_rating"] = or_null(hit.previous_rating);
      h["inspection"] = hit.inspection;
    }
    json["hits"].push_back(std::move(h));
  }
  if (!result.history_area.empty()) {
    json["inspections"] = nlohmann::ordered_json::array();
    for (const Inspection& entry : result.inspections) {
      nlohmann::ordered_json e;
      e["year"] = or_null(entry.year);
      e["rating"] = or_null(entry.rating);
      e["change"] = or_null(entry.change);
      e["previous_rating"] = or_null(entry.previous_rating);
      e["sources"] = nlohmann::ordered_json::array();
      for (std::size_t h : entry.hits) e["sources"].push_back(result.hits[h].id);
      json["inspections"].push_back(std::move(e));
    }
  }
  if (!result.facets.empty()) {
    nlohmann::ordered_json facets = nlohmann::ordered_json::object();
    for (const FacetCounts& facet : result.facets) {
      nlohmann::ordered_json values = nlohmann::ordered_json::array();
      for (const FacetCount& v : facet.values) {
        values.push_back(
            {{"value", facet_json(*schema::find_facet(facet.name), v.value)}, {"count", v.count}});
      }
      if (facet.none) values.push_back({{"value", nullptr}, {"count", facet.none}});
      facets[facet.name] = std::move(values);
    }
    json["facets"] = std::move(facets);
  }
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace yjs
