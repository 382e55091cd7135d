// Query builder: the query language -> Xapian::Query, analysed exactly as the indexer
// analyses documents (same Analyzer, same stemmer, same field prefixes from schema.h).
#pragma once

#include <xapian.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common/facet_terms.h"
#include "common/schema.h"
#include "common/text/analyzer.h"
#include "searcher/filters.h"
#include "searcher/result.h"

namespace yjs {

// Turns a facet filter value into its boolean term, however the user typed it, with the
// same function indexing used (common/facet_terms.h).
// With a database, a value typed by one of its words only ("inspector:stacey") finds the
// one known value with that word (filter_term).
class FacetFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit FacetFieldProcessor(schema::Facet facet) : facet_(facet) {}
  void use_database(const Xapian::Database& db) { db_ = &db; }
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(db_ ? filter_term(*db_, schema::spec(facet_), value)
                             : facet_term(facet_, value));
  }

 private:
  schema::Facet facet_;
  const Xapian::Database* db_ = nullptr;
};

// One processor per facet of the schema table, in its order.
template <std::size_t... I>
std::array<FacetFieldProcessor, sizeof...(I)> facet_processors(std::index_sequence<I...>) {
  return {FacetFieldProcessor(schema::kFacets[I].facet)...};
}

// A facet filter typed in the query: rating:excellent -> {"rating", "excellent"}.
struct QueryFacetValue {
  std::string field;  // the query field as typed: a facet's name or alias
  std::string value;  // as typed, without quotes
};

// True for the English stop words a query drops outside phrases: function words ("and",
// "of", "the"), question words ("which", "why", "how") and auxiliaries ("were", "did",
// "has"), which a question typed as people type it is full of.
bool is_stop_word(std::string_view word);

// One thing a plain query asks for, as the tiers count them: a word, a "phrase", a
// compound ("re-offending"), words naming a facet value ("Tyne and Wear") or a multi-word
// synonym ("youth offending team"), or an OR chain ("leicester OR cardiff").
struct QueryUnit {
  std::string text;  // as typed: what a hit's `missing` names
  Xapian::Query query;
};

// The weight each unit a document has adds in a tiered query: more than BM25 and the
// phrase boost can ever add, so documents with more units always rank first.
inline constexpr double kTierWeight = 1e6;

// A query read once, ready to run.
struct QueryPlan {
  // What `total` and the facet counts count: documents with every unit (any unit with
  // WordMatch::kAny), without the excluded words, with the filters typed in the query.
  Xapian::Query matched;
  // What ranks the hits. Tiered (WordMatch::kAllElseAny on a plain query of two units or
  // more): every document with at least one unit, those with more units first (each adds
  // kTierWeight), then by BM25. Otherwise `matched`.
  Xapian::Query ranked;
  // Unless kAny, for a query of plain words: the words as typed, next to each other. The
  // top hits that have it rank higher by its weight (the searcher reranks them, rather
  // than checking positions in every match).
  std::optional<Xapian::Query> phrase;
  // Tiered only: documents with at least one unit, for counting partial matches.
  std::optional<Xapian::Query> any;
  std::vector<QueryUnit> units;  // of a plain query (structured ones have none)
  std::vector<FacetWord> facet_words;
  bool tiered() const { return any.has_value(); }
};

// The longest query accepted: longer ones are refused (QueryError) rather than left to
// take seconds and hundreds of megabytes.
inline constexpr std::size_t kMaxQueryBytes = 4096;
inline constexpr std::size_t kMaxQueryWords = 256;

// Parses queries. Syntax: free words, "phrases", AND OR NOT XOR (upper case), +word
// -word, word* (wildcard), (brackets), title:word, and a filter for every facet of the
// schema table by its name or alias: area:"leicester city", rating:good, inspector:"martin
// jones", kind:blog, nation:wales, region:london, year:2019 and year:2015..2019.
//
// A plain query (words, "phrases", +word, -word, OR chains and field filters; no AND, NOT,
// XOR, NEAR, ADJ or brackets) is read as units (QueryUnit). By default documents with
// every unit rank first, then those lacking one, and so on; --all keeps only the first,
// --any ranks any unit by BM25. Words are stemmed ("inspections" finds "inspected"),
// except families the stemmer confuses ("exclusions" is not "exclusively"); stop words
// are dropped outside phrases unless the query has nothing else, and kept inside them. A
// hyphenated word also finds its closed form ("re-offending", "reoffending"), an age
// range "10-17" also finds "10 to 17", an acronym typed in capitals ("SEND") finds the
// concept, not the word "send". Words naming a facet value (facet_words.h) also find the
// documents carrying it. Documents where the words stand together as typed rank first.
// OR binds closer than the implied AND: "leicester OR cardiff inadequate" is
// "(leicester OR cardiff) inadequate". A structured query is parsed as a whole by
// Xapian's QueryParser, every word required (any with kAny).
//
// Borrows `analyzer` (and `db`, used for wildcards, synonyms and spelling); both must
// outlive the builder. Not thread-safe.
class QueryBuilder {
 public:
  QueryBuilder(text::Analyzer& analyzer, const Xapian::Database& db);
  QueryBuilder(const QueryBuilder&) = delete;  // the parser points at our processors
  QueryBuilder& operator=(const QueryBuilder&) = delete;

  // An empty or blank query matches every document; a query that is only a negation
  // ("NOT youth") matches every document without it. Throws QueryError (whose what() is
  // one line naming the problem) when the query cannot be parsed or is over the limits.
  // The plan's ranked query of --all (or --any) with its phrase as an AND_MAYBE.
  Xapian::Query parse(std::string_view query, bool any_word = false);

  // The query read once into what the searcher runs (see QueryPlan). Throws as parse().
  QueryPlan plan(std::string_view query, WordMatch words);

  // The query with each free word that no document contains (and that names no place
  // in the gazetteer) replaced by the most likely word from the database's spelling
  // data ("speach" -> "speech"); "" when no word needed replacing or none was found.
  std::string suggest(std::string_view query);

  // True when the query has a free word (not only filters, operators or nothing).
  bool has_free_words(std::string_view query);

  // The facet filters typed in the query, for naming values the database does not know.
  std::vector<QueryFacetValue> facet_values(std::string_view query);

  // The query text as handed to Xapian's parser: every word folded as the Analyzer folds
  // it, operators (AND, OR, ...) and field names kept, characters the parser would glue
  // into a word but the Analyzer splits at ("B&NES", "C++") turned into separators,
  // hyphenated words and number ranges outside phrases given their other written forms.
  std::string prepare(std::string_view query);

 private:
  struct Piece;
  std::vector<Piece> pieces(std::string_view query);
  // Throws QueryError for a query over kMaxQueryBytes or kMaxQueryWords.
  void check_limits(std::string_view query);
  // prepare() for the compound starting at pieces[i]; returns the index of its last piece.
  std::size_t prepare_compound(std::string_view query, const std::vector<Piece>& pieces,
                               std::size_t i, std::string& out);
  // The phrase of a query of plain words (all its words, stop words too, as typed), or
  // nullopt for any other query.
  std::optional<Xapian::Query> phrase_of(std::string_view query, const std::vector<Piece>& all);
  bool known_word(const std::string& word);
  // Xapian's parse of `text` after prepare(), every word required (any with `any_word`),
  // without the phrase boost. Throws QueryError naming `whole`, the query typed.
  Xapian::Query parse_prepared(std::string_view text, bool any_word, std::string_view whole);
  // A unit's query: `text` parsed, with the exact forms of a stemmer-confused word family,
  // the concept of an acronym typed in capitals, and a facet value it names.
  QueryUnit unit_of(std::string_view text, std::string_view whole,
                    std::vector<FacetWord>& facet_words);
  // True when the words of `text` are a multi-word synonym in the database.
  bool multiword_synonym(std::string_view text);

  text::Analyzer& analyzer_;
  Xapian::Database db_;
  std::array<FacetFieldProcessor, schema::kFacetCount> facet_processors_ =
      facet_processors(std::make_index_sequence<schema::kFacetCount>());
  Xapian::NumberRangeProcessor year_range_;
  Xapian::SimpleStopper stopper_;
  Xapian::QueryParser parser_;
  std::unordered_set<std::string> place_words_;  // words of gazetteer names, analysed
};

}  // namespace yjs
