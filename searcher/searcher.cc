#include "searcher/searcher.h"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

#include "common/extract/gazetteer.h"
#include "common/facets.h"
#include "common/schema.h"
#include "searcher/facet_counter.h"

namespace yjs {
namespace {

// Markers the snippet generator puts around matched words; control characters never
// appear in stored text (the JSON data escapes them), so they cannot clash.
constexpr char kHighlightStart[] = "\x02";
constexpr char kHighlightEnd[] = "\x03";

std::string language_of(const Xapian::Database& db) {
  const std::string language = db.get_metadata(schema::kLanguageMetadataKey);
  return language.empty() ? "english" : language;
}

std::optional<std::string> optional_string(const nlohmann::json& data, const char* key) {
  const auto it = data.find(key);
  if (it == data.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// MSet::snippet() escapes text for HTML; we want plain text with highlight ranges and
// runs of white space (line ends included) as one space.
void set_snippet(const std::string& html, Hit& hit) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string& out = hit.snippet;
  std::size_t highlight_begin = 0;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == kHighlightStart[0]) {
      highlight_begin = out.size();
    } else if (c == kHighlightEnd[0]) {
      hit.highlights.emplace_back(highlight_begin, out.size());
    } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (c == '&') {
      const auto* entity = std::find_if(std::begin(kEntities), std::end(kEntities),
                                        [&](const auto& e) { return html.compare(i, e.first.size(), e.first) == 0; });
      if (entity == std::end(kEntities)) {
        out += c;
      } else {
        out += entity->second;
        i += entity->first.size() - 1;
      }
    } else {
      out += c;
    }
  }
}

}  // namespace

Searcher::Searcher(const std::string& db_path) : Searcher(Xapian::Database(db_path)) {}

Searcher::Searcher(const Xapian::Database& db)
    : db_(db), analyzer_(language_of(db_)), query_builder_(analyzer_, db_) {}

const FacetTable& Searcher::facet_table() {
  if (!facet_table_) facet_table_ = std::make_unique<FacetTable>(db_);
  return *facet_table_;
}

SearchResult Searcher::search(const SearchRequest& request) {
  constexpr int kAttempts = 3;
  for (int attempt = 1;; ++attempt) {
    try {
      return run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) throw;
      db_.reopen();
      facet_table_.reset();
    }
  }
}

void Searcher::fill_hit(const Xapian::MSetIterator& it, const Xapian::MSet& mset,
                        const SearchRequest& request, Hit& hit) {
  const Xapian::Document doc = it.get_document();
  const auto data = nlohmann::json::parse(doc.get_data(), nullptr, false);
  hit.weight = it.get_weight();
  if (!data.is_object()) return;
  hit.id = optional_string(data, "id").value_or("");
  hit.title = optional_string(data, "title").value_or("");
  hit.path = optional_string(data, "path");
  hit.url = optional_string(data, "url");
  hit.area = optional_string(data, "area");
  hit.rating = optional_string(data, "rating");
  hit.chief_inspector = optional_string(data, "chief_inspector");
  if (const auto year = data.find("year"); year != data.end() && year->is_number_integer()) {
    hit.year = year->get<int>();
  }
  const std::string body = optional_string(data, "body").value_or("");
  set_snippet(mset.snippet(body, request.snippet_bytes, analyzer_.stemmer(),
                           // Exhaustive finds the passage with most matches; adding the
                           // background model made it ten times slower on long articles.
                           Xapian::MSet::SNIPPET_EXHAUSTIVE,
                           kHighlightStart, kHighlightEnd, "…"),
              hit);
}

Xapian::Query Searcher::with_filters(const Xapian::Query& query, const Filters& filters) const {
  return filters.query ? Xapian::Query(Xapian::Query::OP_FILTER, query, *filters.query) : query;
}

SearchResult Searcher::run(const SearchRequest& original) {
  SearchRequest request = original;
  SearchResult result;
  result.query = request.query;
  if (!request.history_area.empty()) {
    // A service's history: all its inspections, oldest first.
    const auto canonical = extract::Gazetteer::builtin().canonical(request.history_area);
    result.history_area = canonical ? *canonical : request.history_area;
    request.areas = {request.history_area};
    request.offset = 0;
    request.limit = db_.get_doccount();
    request.collapse_area = false;
  }
  result.offset = request.offset;

  const Filters filters = build_filters(request, db_);
  result.unknown_values = filters.unknown;
  for (const QueryFacetValue& typed : query_builder_.facet_values(request.query)) {
    if (auto unknown = unknown_value(db_, typed.field, typed.value)) {
      result.unknown_values.push_back(std::move(*unknown));
    }
  }
  auto parse = [&](const std::string& text, bool any_word) {
    return with_filters(query_builder_.parse(text, any_word), filters);
  };
  const bool any_word = request.words == WordMatch::kAny;
  Xapian::Query query = parse(request.query, any_word);
  Matches matches = match(query, request);

  // Did you mean: only when the query found little, only for words no document has.
  constexpr Xapian::doccount kFewHits = 2;
  std::string searched = request.query;
  if (matches.total <= kFewHits) {
    if (std::string suggestion = query_builder_.suggest(request.query); !suggestion.empty()) {
      const Xapian::Query corrected = parse(suggestion, any_word);
      Matches corrected_matches = match(corrected, request);
      if (corrected_matches.total > matches.total) {
        result.suggestion = suggestion;
        if (matches.total == 0) {  // nothing as typed: show what the correction finds
          result.corrected = true;
          searched = suggestion;
          query = corrected;
          matches = std::move(corrected_matches);
        }
      }
    }
  }
  // No document has every word: rank those with any of them, and say so.
  if (matches.total == 0 && request.words == WordMatch::kAllElseAny) {
    const Xapian::Query any = parse(searched, true);
    if (any.get_description() != query.get_description()) {
      Matches any_matches = match(any, request);
      if (any_matches.total > 0) {
        result.relaxed = true;
        query = any;
        matches = std::move(any_matches);
      }
    }
  }
  result.parsed = query.get_description();
  result.total = matches.total;
  result.facets = std::move(matches.facets);

  Xapian::doccount rank = request.offset;
  for (auto it = matches.mset.begin(); it != matches.mset.end(); ++it) {
    Hit hit;
    hit.rank = ++rank;
    fill_hit(it, matches.mset, request, hit);
    if (request.collapse_area) hit.collapsed = it.get_collapse_count();
    result.hits.push_back(std::move(hit));
  }
  if (!request.history_area.empty()) annotate_changes(result.hits);
  return result;
}

Searcher::Matches Searcher::match(const Xapian::Query& query, const SearchRequest& request) {
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  if (!request.history_area.empty()) {
    enquire.set_sort_by_value_then_relevance(schema::kDateSlot, false);
  } else if (request.sort == SortOrder::kDate) {
    enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
  } else if (request.sort == SortOrder::kRating) {
    enquire.set_sort_by_value_then_relevance(schema::kRatingSlot, true);
  }
  if (request.collapse_area) enquire.set_collapse_key(schema::kAreaSlot);

  // Examining every match makes `total` and the facet counts exact.
  const Xapian::doccount check_at_least = request.facet_sample.value_or(db_.get_doccount());
  std::optional<FacetCounter> counter;
  if (request.facets) counter.emplace(facet_table());
  Matches matches;
  if (!request.collapse_area) {
    // Two passes are faster than one: the ranked top hits (Xapian stops early), then an
    // unweighted pass over every match for the exact total and the facet counts.
    matches.mset = enquire.get_mset(request.offset, request.limit);
    Xapian::Enquire counting(db_);
    counting.set_query(query);
    counting.set_weighting_scheme(Xapian::BoolWeight());
    if (counter) counting.add_matchspy(&*counter);
    matches.total = counting.get_mset(0, 0, check_at_least).get_matches_estimated();
  } else {
    if (counter) enquire.add_matchspy(&*counter);
    matches.mset = enquire.get_mset(request.offset, request.limit, check_at_least);
    matches.total = matches.mset.get_matches_estimated();
  }
  if (counter) matches.facets = counter->counts(request.facet_limit);
  return matches;
}

void annotate_changes(std::vector<Hit>& hits) {
  std::optional<Rating> previous;
  std::string previous_label;
  for (Hit& hit : hits) {
    const auto rating = hit.rating ? parse_rating(*hit.rating) : std::nullopt;
    if (!rating) continue;
    if (previous) {
      hit.change = *rating > *previous ? "up" : *rating < *previous ? "down" : "same";
      hit.previous_rating = previous_label;
    }
    previous = rating;
    previous_label = *hit.rating;
  }
}

}  // namespace yjs
