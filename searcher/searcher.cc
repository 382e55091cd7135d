#include "searcher/searcher.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <set>

#include "common/errors.h"
#include "common/extract/gazetteer.h"
#include "common/facets.h"
#include "common/schema.h"
#include "common/text/analyzer_version.h"
#include "searcher/facet_counter.h"

namespace yjs {
namespace {

// Markers the snippet generator puts around matched words; the indexer drops control bytes
// from what it stores (DocumentBuilder), so they cannot clash with the text.
constexpr char kHighlightStart[] = "\x02";
constexpr char kHighlightEnd[] = "\x03";

std::string language_of(const Xapian::Database& db) {
  const std::string language = db.get_metadata(schema::kLanguageMetadataKey);
  return language.empty() ? "english" : language;
}

// Throws yjs::Error, saying to re-index, for a database whose terms this program would
// misread: another schema than the ones it reads, or words analysed otherwise. A database
// that records no versions was written before they were recorded (schema 1).
void check_versions(const Xapian::Database& db, const std::string& language) {
  const std::string stored_schema = db.get_metadata(schema::kSchemaMetadataKey);
  const int version = stored_schema.empty() ? 1 : std::atoi(stored_schema.c_str());
  if (version > schema::kSchemaVersion) {
    throw Error("the database was made by a newer yjs-index (schema " + stored_schema +
                "; this yjs-search reads schemas " + std::to_string(schema::kOldestReadableSchema) +
                " to " + std::to_string(schema::kSchemaVersion) + "): search it with that version");
  }
  if (version < schema::kOldestReadableSchema) {
    throw Error("the database was made by an older yjs-index (schema " + stored_schema +
                "), which this yjs-search cannot read: index it again with yjs-index");
  }
  const std::string analyzer = db.get_metadata(schema::kAnalyzerMetadataKey);
  if (!analyzer.empty() && analyzer != text::analyzer_version(language)) {
    throw Error("the database's words were analysed by another version of yjs-index (analyzer " +
                analyzer + ", this yjs-search's is " + text::analyzer_version(language) +
                "), so queries would not find them: index it again with this version's yjs-index");
  }
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
      const auto* entity = std::find_if(
          std::begin(kEntities), std::end(kEntities),
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

// How many of the top hits the phrase of a plain query reranks: positions are read for
// these, not for every match.
constexpr Xapian::doccount kPhraseRerankDepth = 100;

// A query matching exactly the documents of `mset` listed in `indices` (into the MSet), by
// their unique id terms, read from each document's term list.
Xapian::Query documents_of(const Xapian::MSet& mset, const std::vector<std::size_t>& indices) {
  std::vector<Xapian::Query> ids;
  for (std::size_t i : indices) {
    const Xapian::Document doc = mset[static_cast<Xapian::doccount>(i)].get_document();
    auto term = doc.termlist_begin();
    term.skip_to(std::string(schema::kIdPrefix));
    if (term != doc.termlist_end() && (*term).starts_with(schema::kIdPrefix))
      ids.emplace_back(*term);
  }
  return Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end());
}

}  // namespace

Searcher::Searcher(const std::string& db_path) : Searcher(open_database_set({db_path})) {}

Searcher::Searcher(const DatabaseSet& databases)
    : Searcher(databases.db, databases.remote ? std::vector<Xapian::Database>{} : databases.shards,
               SearcherOptions{.remote = databases.remote}) {}

Searcher::Searcher(const Xapian::Database& db, const SearcherOptions& options)
    : Searcher(
          db, db.size() == 1 && !options.remote ? std::vector{db} : std::vector<Xapian::Database>{},
          options) {}

Searcher::Searcher(const Xapian::Database& db, std::vector<Xapian::Database> local_shards,
                   const SearcherOptions& options)
    : db_(db),
      local_shards_(std::move(local_shards)),
      facet_tables_(local_shards_.size()),
      options_(options),
      analyzer_(language_of(db_)),
      query_builder_(analyzer_, db_) {
  check_versions(db_, language_of(db_));
  if (options_.remote) {
    spelling_missing_ = db_.spellings_begin() == db_.spellings_end();
    synonyms_missing_ = db_.synonym_keys_begin() == db_.synonym_keys_end();
  }
}

const FacetTable& Searcher::facet_table(std::size_t k) {
  if (!facet_tables_[k]) facet_tables_[k] = std::make_unique<FacetTable>(local_shards_[k]);
  return *facet_tables_[k];
}

bool Searcher::reopen() {
  if (!db_.reopen()) return false;
  for (auto& table : facet_tables_) table.reset();
  return true;
}

bool Searcher::DeadlineDecider::operator()(const Xapian::Document&) const {
  if (std::chrono::steady_clock::now() > deadline) throw SearchTimeout("the search took too long");
  return true;
}

const Xapian::MatchDecider* Searcher::deadline_decider() const {
  return time_limit_ == std::chrono::steady_clock::duration::zero() || options_.remote ? nullptr
                                                                                       : &deadline_;
}

SearchResult Searcher::search(const SearchRequest& request) {
  constexpr int kAttempts = 3;
  deadline_.deadline = std::chrono::steady_clock::now() + time_limit_;
  for (int attempt = 1;; ++attempt) {
    try {
      return run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) throw;
      db_.reopen();  // the shards too: they share db_'s internals
      for (auto& table : facet_tables_) table.reset();
    }
  }
}

void Searcher::fill_hit(const Xapian::MSetIterator& it, const Xapian::MSet& mset,
                        const SearchRequest& request, Hit& hit) {
  const Xapian::Document doc = it.get_document();
  schema::StoredFields data = schema::decode_stored_fields(doc.get_data());
  hit.weight = it.get_weight();
  hit.id = std::move(data.id);
  hit.title = std::move(data.title);
  hit.path = std::move(data.path);
  hit.url = std::move(data.url);
  hit.facets = std::move(data.facets);
  const std::string& body = data.body;
  set_snippet(mset.snippet(body, request.snippet_bytes, analyzer_.stemmer(),
                           // Exhaustive finds the passage with most matches; adding the
                           // background model made it ten times slower on long articles.
                           Xapian::MSet::SNIPPET_EXHAUSTIVE, kHighlightStart, kHighlightEnd, "…"),
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
    result.history_area = extract::Gazetteer::builtin().canonical_or_same(request.history_area);
    request.values(schema::Facet::kArea) = {request.history_area};
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
  // Tiers rank by how many units a document has; sorted by date or rating they would
  // interleave, so a sorted search shows the documents with every unit.
  const bool sorted = request.sort != SortOrder::kRelevance;
  auto plan_of = [&](const std::string& text, WordMatch words) {
    QueryPlan plan = query_builder_.plan(text, words);
    plan.matched = with_filters(plan.matched, filters);
    plan.ranked = sorted ? plan.matched : with_filters(plan.ranked, filters);
    if (sorted) plan.phrase.reset();
    if (plan.any && !sorted) {
      plan.any = with_filters(*plan.any, filters);
    } else {
      plan.any.reset();
    }
    return plan;
  };
  QueryPlan plan = plan_of(request.query, request.words);
  Matches matches = match(plan, request);
  const bool has_words = query_builder_.has_free_words(request.query);
  if (synonyms_missing_ && has_words) {
    result.warnings.push_back(
        "acronyms (YOT, CAMHS, SEND, OOCD) only match as typed: the remote shards serve no "
        "synonym table (Xapian 1.4); list the database's lexicon in the stub");
  }

  // Did you mean: only when the query found little, only for words no document has.
  constexpr Xapian::doccount kFewHits = 2;
  std::string searched = request.query;
  if (matches.total <= kFewHits && spelling_missing_ && has_words) {
    result.warnings.push_back(
        "no spelling suggestions: the remote shards serve no spelling table (Xapian 1.4); "
        "list the database's lexicon in the stub");
  }
  if (matches.total <= kFewHits) {
    if (std::string suggestion = query_builder_.suggest(request.query); !suggestion.empty()) {
      QueryPlan corrected = plan_of(suggestion, request.words);
      Matches corrected_matches = match(corrected, request);
      if (corrected_matches.total > matches.total) {
        result.suggestion = suggestion;
        if (matches.total == 0) {  // nothing as typed: show what the correction finds
          result.corrected = true;
          searched = suggestion;
          plan = std::move(corrected);
          matches = std::move(corrected_matches);
        }
      }
    }
  }
  // Untiered and no document has every word: rank those with any of them, and say so.
  if (matches.total == 0 && request.words == WordMatch::kAllElseAny && !plan.tiered()) {
    QueryPlan any = plan_of(searched, WordMatch::kAny);
    if (any.matched.get_description() != plan.matched.get_description()) {
      Matches any_matches = match(any, request);
      if (any_matches.total > 0) {
        result.relaxed = true;
        plan = std::move(any);
        matches = std::move(any_matches);
      }
    }
  }
  if (plan.tiered()) {
    result.partial = matches.partial;
    result.relaxed = matches.total == 0 && !matches.page.empty();
  }
  result.facet_words = plan.facet_words;
  const Xapian::Query& query = plan.matched;
  result.parsed = query.get_description();
  result.total = matches.total;
  result.articles = matches.articles;
  result.estimated = matches.estimated;
  result.facets = std::move(matches.facets);

  const std::vector<std::vector<std::string>> missing = missing_units(plan, matches);
  for (std::size_t k = 0; k < matches.page.size(); ++k) {
    const Xapian::MSetIterator it = matches.mset[static_cast<Xapian::doccount>(matches.page[k])];
    Hit hit;
    hit.rank = matches.first_rank + static_cast<Xapian::doccount>(k) + 1;
    fill_hit(it, matches.mset, request, hit);
    hit.weight = matches.weights[k];
    if (plan.tiered()) {
      hit.missing = missing[k];
      // The weight BM25 (and the phrase) gave, without the tiers' part.
      hit.weight -= kTierWeight * static_cast<double>(plan.units.size() - hit.missing.size());
    }
    if (const auto& area_value = hit.value(schema::Facet::kArea);
        request.collapse_area && area_value) {
      const auto area = matches.per_area.find(*area_value);
      hit.collapsed = area == matches.per_area.end() ? 0 : area->second - 1;
    }
    result.hits.push_back(std::move(hit));
  }
  if (!request.history_area.empty()) result.inspections = group_inspections(result.hits);
  result.sort = request.sort;
  return result;
}

std::vector<std::vector<std::string>> Searcher::missing_units(const QueryPlan& plan,
                                                              const Matches& matches) {
  std::vector<std::vector<std::string>> missing(matches.page.size());
  if (!plan.tiered()) return missing;
  // The hits lacking a unit; then, per unit, which of them it matches: a pass over a few
  // documents, whatever the unit is (a phrase, a wildcard, a synonym).
  std::vector<std::size_t> partial;  // into matches.mset
  std::map<Xapian::docid, std::size_t> page_of;
  for (std::size_t k = 0; k < matches.page.size(); ++k) {
    const Xapian::MSetIterator it = matches.mset[static_cast<Xapian::doccount>(matches.page[k])];
    const auto units_matched = static_cast<std::size_t>(it.get_weight() / kTierWeight);
    if (units_matched >= plan.units.size()) continue;
    partial.push_back(matches.page[k]);
    page_of[*it] = k;
  }
  if (partial.empty()) return missing;
  const Xapian::Query page = documents_of(matches.mset, partial);
  for (const QueryUnit& unit : plan.units) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, unit.query, page));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::set<std::size_t> has_unit;
    const Xapian::MSet found = enquire.get_mset(0, static_cast<Xapian::doccount>(partial.size()));
    for (auto it = found.begin(); it != found.end(); ++it) {
      if (const auto k = page_of.find(*it); k != page_of.end()) has_unit.insert(k->second);
    }
    for (const auto& [docid, k] : page_of) {
      if (!has_unit.count(k)) missing[k].push_back(unit.text);
    }
  }
  return missing;
}

void Searcher::rank(const QueryPlan& plan, const SearchRequest& request, Xapian::Enquire& enquire,
                    Xapian::doccount check_at_least, Matches& matches) {
  const bool rerank = plan.phrase && request.sort == SortOrder::kRelevance;
  if (!rerank) {
    matches.mset = enquire.get_mset(request.offset, request.limit, check_at_least, nullptr,
                                    deadline_decider());
    for (std::size_t i = 0; i < matches.mset.size(); ++i) {
      matches.page.push_back(i);
      matches.weights.push_back(matches.mset[static_cast<Xapian::doccount>(i)].get_weight());
    }
    matches.first_rank = request.offset;
    return;
  }
  // The top hits, then those with the phrase raised by its weight.
  const Xapian::doccount depth = std::max(kPhraseRerankDepth, request.offset + request.limit);
  matches.mset = enquire.get_mset(0, depth, check_at_least, nullptr, deadline_decider());
  std::vector<std::size_t> all(matches.mset.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  std::vector<double> weight(all.size());
  std::map<Xapian::docid, std::size_t> index_of;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Xapian::MSetIterator it = matches.mset[static_cast<Xapian::doccount>(i)];
    weight[i] = it.get_weight();
    index_of[*it] = i;
  }
  if (!all.empty()) {
    Xapian::Enquire phrase(db_);
    phrase.set_query(
        Xapian::Query(Xapian::Query::OP_FILTER, *plan.phrase, documents_of(matches.mset, all)));
    const Xapian::MSet found = phrase.get_mset(0, static_cast<Xapian::doccount>(all.size()));
    for (auto it = found.begin(); it != found.end(); ++it) {
      if (const auto i = index_of.find(*it); i != index_of.end())
        weight[i->second] += it.get_weight();
    }
  }
  std::stable_sort(all.begin(), all.end(),
                   [&](std::size_t a, std::size_t b) { return weight[a] > weight[b]; });
  for (std::size_t k = request.offset; k < all.size() && k < request.offset + request.limit; ++k) {
    matches.page.push_back(all[k]);
    matches.weights.push_back(weight[all[k]]);
  }
  matches.first_rank = request.offset;
}

Searcher::Matches Searcher::match(const QueryPlan& plan, const SearchRequest& request) {
  const Xapian::Query& query = plan.matched;
  Xapian::Enquire enquire(db_);
  enquire.set_query(plan.ranked);
  if (!request.history_area.empty()) {
    enquire.set_sort_by_value_then_relevance(schema::kDateSlot, false);
  } else if (request.sort == SortOrder::kDate) {
    enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
  } else if (request.sort == SortOrder::kRating) {
    enquire.set_sort_by_value_then_relevance(schema::spec(schema::Facet::kRating).slot, true);
  }

  // Examining every match makes `total` and the facet counts exact.
  const Xapian::doccount check_at_least = request.facet_sample.value_or(db_.get_doccount());
  if (request.collapse_area) {
    // One hit per service, the best. How many more each has, and the collapsed total, come
    // from counting every match's area, not from Xapian's collapse counts, which its 1.4
    // remote backend undercounts when a service's articles are on several shards.
    enquire.set_collapse_key(schema::spec(schema::Facet::kArea).slot);
    SearchRequest every_facet = request;
    every_facet.facets = true;
    every_facet.facet_limit = 0;
    Matches matches = count(query, every_facet, check_at_least);
    Xapian::doccount without_area = matches.total;
    for (const FacetCount& area : matches.facets[schema::index_of(schema::Facet::kArea)].values) {
      matches.per_area[area.value] = area.count;
      without_area -= area.count;
    }
    matches.articles = matches.total;
    matches.total = static_cast<Xapian::doccount>(matches.per_area.size()) + without_area;
    if (!request.facets) matches.facets.clear();
    limit_facet_values(matches.facets, request.facet_limit);
    rank(plan, request, enquire, check_at_least, matches);
    return matches;
  }
  // Two passes are faster than one: the ranked top hits (Xapian stops early), then an
  // unweighted pass over every match for the exact total and the facet counts.
  Matches matches = plan.any && !local_shards_.empty() ? count_tiers(plan, request, check_at_least)
                                                       : count(query, request, check_at_least);
  if (plan.any && local_shards_.empty()) {
    // Remote shards run only Xapian's own spies: a second pass counts the partial matches.
    SearchRequest no_facets = request;
    no_facets.facets = false;
    matches.partial = count(*plan.any, no_facets, check_at_least).total - matches.total;
  }
  rank(plan, request, enquire, 0, matches);
  return matches;
}

Searcher::Matches Searcher::count(const Xapian::Query& query, const SearchRequest& request,
                                  Xapian::doccount check_at_least) {
  Matches matches;
  auto counting_pass = [&](const Xapian::Database& db, Xapian::MatchSpy* spy) {
    Xapian::Enquire counting(db);
    counting.set_query(query);
    counting.set_weighting_scheme(Xapian::BoolWeight());
    if (spy) counting.add_matchspy(spy);
    const Xapian::MSet counted =
        counting.get_mset(0, 0, check_at_least, nullptr, deadline_decider());
    matches.total += counted.get_matches_estimated();
    // Counting may stop before the last match: the total (when Xapian cannot bound it
    // exactly) and the facet counts (when there are more matches than the sample) are
    // then estimates.
    matches.estimated =
        matches.estimated ||
        counted.get_matches_lower_bound() != counted.get_matches_upper_bound() ||
        (spy && request.facet_sample && counted.get_matches_estimated() > *request.facet_sample);
  };
  if (!request.facets) {
    counting_pass(db_, nullptr);
  } else if (local_shards_.empty()) {
    // Xapian's own match spy, which remote shards run on their servers.
    Xapian::ValueCountMatchSpy spy(schema::kPackedFacetsSlot);
    counting_pass(db_, &spy);
    matches.facets = split_facet_counts(spy, request.facet_limit);
  } else {
    // From the tables in memory, one shard at a time.
    std::vector<std::pair<std::string, Xapian::doccount>> packed_counts;
    for (std::size_t k = 0; k < local_shards_.size(); ++k) {
      FacetCounter counter(facet_table(k));
      counting_pass(local_shards_[k], &counter);
      counter.add_packed_counts(packed_counts);
    }
    matches.facets = split_facet_counts(packed_counts, request.facet_limit);
  }
  return matches;
}

Searcher::Matches Searcher::count_tiers(const QueryPlan& plan, const SearchRequest& request,
                                        Xapian::doccount check_at_least) {
  Matches matches;
  matches.partial = 0;
  std::vector<std::pair<std::string, Xapian::doccount>> packed_counts;
  for (std::size_t k = 0; k < local_shards_.size(); ++k) {
    std::optional<FacetCounter> facets;
    if (request.facets) facets.emplace(facet_table(k));
    TierCounter tiers(plan.units.size(), facets ? &*facets : nullptr);
    Xapian::Enquire counting(local_shards_[k]);
    counting.set_query(plan.ranked);  // weighted: the spy tells the tiers by weight
    counting.add_matchspy(&tiers);
    const Xapian::MSet counted =
        counting.get_mset(0, 0, check_at_least, nullptr, deadline_decider());
    matches.total += tiers.full();
    *matches.partial += tiers.partial();
    matches.estimated = matches.estimated ||
                        counted.get_matches_lower_bound() != counted.get_matches_upper_bound() ||
                        counted.get_matches_estimated() > tiers.full() + tiers.partial();
    if (facets) facets->add_packed_counts(packed_counts);
  }
  if (request.facets) matches.facets = split_facet_counts(packed_counts, request.facet_limit);
  return matches;
}

namespace {

// Articles about one inspection can be published in the year after it (a council's
// statement in January), so entries take articles from one year either side.
constexpr int kSameInspectionYears = 1;

// The entry a dated article belongs to: same rating, a year near one of the entry's.
std::optional<std::size_t> entry_for(const std::vector<Inspection>& entries,
                                     const std::vector<Hit>& hits, const Hit& hit) {
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const Inspection& entry = entries[e];
    if (!entry.year || entry.rating != hit.value(schema::Facet::kRating)) continue;
    for (std::size_t h : entry.hits) {
      if (std::abs(*hits[h].year() - *hit.year()) <= kSameInspectionYears) return e;
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<Inspection> group_inspections(std::vector<Hit>& hits) {
  // Dated articles in date order (the search sorted them), undated ones last.
  std::stable_partition(hits.begin(), hits.end(),
                        [](const Hit& h) { return h.year().has_value(); });
  std::vector<Inspection> entries;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const Hit& hit = hits[i];
    const std::optional<std::string>& rating = hit.value(schema::Facet::kRating);
    std::optional<std::size_t> entry;
    if (hit.year()) {
      entry = entry_for(entries, hits, hit);
    } else if (rating) {
      // Undated: the one dated entry with the same rating, if there is exactly one.
      std::size_t matches = 0;
      for (std::size_t e = 0; e < entries.size(); ++e) {
        if (entries[e].year && entries[e].rating == rating) {
          entry = e;
          ++matches;
        }
      }
      if (matches != 1) entry.reset();
    }
    if (!entry) {
      entries.push_back({hit.year(), rating, std::nullopt, std::nullopt, {}});
      entry = entries.size() - 1;
    }
    entries[*entry].hits.push_back(i);
  }
  // Compare each rated entry with the previous rated one; an undated entry is not compared,
  // since it cannot be placed in time.
  const Inspection* previous = nullptr;
  for (Inspection& entry : entries) {
    const auto rating = entry.rating ? parse_rating(*entry.rating) : std::nullopt;
    if (!rating || !entry.year) continue;
    if (previous) {
      const Rating before = *parse_rating(*previous->rating);
      entry.change = *rating > before ? "up" : *rating < before ? "down" : "same";
      entry.previous_rating = previous->rating;
    }
    previous = &entry;
  }
  // Each entry's articles together, in entry order.
  std::vector<Hit> ordered;
  ordered.reserve(hits.size());
  for (std::size_t e = 0; e < entries.size(); ++e) {
    for (std::size_t& h : entries[e].hits) {
      Hit hit = std::move(hits[h]);
      hit.inspection = e + 1;
      hit.change = entries[e].change;
      hit.previous_rating = entries[e].previous_rating;
      h = ordered.size();
      ordered.push_back(std::move(hit));
    }
  }
  for (std::size_t i = 0; i < ordered.size(); ++i)
    ordered[i].rank = static_cast<Xapian::doccount>(i + 1);
  hits = std::move(ordered);
  return entries;
}

}  // namespace yjs
