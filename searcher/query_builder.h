// Query builder: the query language -> Xapian::Query, analysed exactly as the indexer
// analyses documents (same Analyzer, same stemmer, same field prefixes from schema.h).
#pragma once

#include <xapian.h>

#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common/facet_terms.h"
#include "common/schema.h"
#include "common/text/analyzer.h"

namespace yjs {

// Turns a facet filter value into its boolean term, however the user typed it, with the
// same function indexing used (common/facet_terms.h).
class FacetFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit FacetFieldProcessor(schema::Facet facet) : facet_(facet) {}
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(facet_term(facet_, value));
  }

 private:
  schema::Facet facet_;
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

// True for the English stop words a query drops outside phrases ("and", "of", "the"):
// the list Lucene and Elasticsearch use by default, which users of those engines know.
bool is_stop_word(std::string_view word);

// The longest query accepted: longer ones are refused (QueryError) rather than left to
// take seconds and hundreds of megabytes.
inline constexpr std::size_t kMaxQueryBytes = 4096;
inline constexpr std::size_t kMaxQueryWords = 256;

// Parses queries. Syntax: free words, "phrases", AND OR NOT XOR (upper case), +word
// -word, word* (wildcard), (brackets), title:word, and a filter for every facet of the
// schema table by its name or alias: area:"leicester city", rating:good, inspector:"martin
// jones", kind:blog, nation:wales, region:london, year:2019 and year:2015..2019.
//
// What a plain query means: every content word must match (stemmed: "inspections" finds
// "inspected"), or any of them with `any_word`. English stop words ("and", "of", "the",
// ...) are dropped outside phrases unless the query has nothing else, and kept inside
// phrases. A hyphenated word also finds its closed form ("re-offending", "reoffending"),
// and an age range "10-17" also finds "10 to 17". Documents where the words of a plain
// query stand together as typed rank first.
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
  Xapian::Query parse(std::string_view query, bool any_word = false);

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
  // prepare() for the compound starting at pieces[i]; returns the index of its last piece.
  std::size_t prepare_compound(std::string_view query, const std::vector<Piece>& pieces,
                               std::size_t i, std::string& out);
  // `parsed` ranked higher where the words of a plain query stand together as typed.
  Xapian::Query with_phrase_boost(const Xapian::Query& parsed, std::string_view query,
                                  const std::vector<Piece>& all);
  bool known_word(const std::string& word);

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
