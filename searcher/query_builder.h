// Query builder: the query language -> Xapian::Query, analysed exactly as the indexer
// analyses documents (same Analyzer, same stemmer, same field prefixes from schema.h).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/facet_terms.h"
#include "common/text/analyzer.h"

namespace yjs {

// Turns a facet filter value into its boolean term, however the user typed it, with the
// same function indexing used (common/facet_terms.h).
class FacetFieldProcessor : public Xapian::FieldProcessor {
 public:
  using TermFunction = std::string (*)(std::string_view);
  explicit FacetFieldProcessor(TermFunction term) : term_(term) {}
  Xapian::Query operator()(const std::string& value) override { return Xapian::Query(term_(value)); }

 private:
  TermFunction term_;
};

// Parses queries. Syntax: free words (ranked OR, or AND with all_terms), "phrases",
// AND OR NOT XOR (upper case), +word -word, word* (wildcard), (brackets), title:word, and
// the facet filters area:"leicester city", rating:good, inspector:"martin jones",
// year:2019 and year:2015..2019. Borrows `analyzer` (and `db`, used to expand wildcards);
// both must outlive the builder. Not thread-safe.
class QueryBuilder {
 public:
  QueryBuilder(text::Analyzer& analyzer, const Xapian::Database& db);
  QueryBuilder(const QueryBuilder&) = delete;  // the parser points at our processors
  QueryBuilder& operator=(const QueryBuilder&) = delete;

  // An empty or blank query matches every document. Throws QueryError (whose what()
  // is one line naming the problem) when the query cannot be parsed.
  Xapian::Query parse(std::string_view query, bool all_terms = false);

  // After parse(): the query with likely misspellings corrected from the database's
  // spelling data ("speach" -> "speech"), or "" when nothing looked misspelt.
  const std::string& corrected() const { return corrected_; }

  // The query text as handed to Xapian's parser: every word folded as the Analyzer folds
  // it, operators (AND, OR, ...) and field names kept, characters the parser would glue
  // into a word but the Analyzer splits at ("B&NES", "C++") turned into separators.
  std::string prepare(std::string_view query);

 private:
  text::Analyzer& analyzer_;
  FacetFieldProcessor area_{area_term};
  FacetFieldProcessor rating_{rating_term};
  FacetFieldProcessor inspector_{inspector_term};
  FacetFieldProcessor kind_{kind_term};
  FacetFieldProcessor nation_{nation_term};
  Xapian::NumberRangeProcessor year_range_;
  Xapian::QueryParser parser_;
  std::vector<text::Segment> segments_;  // scratch
  std::string corrected_;
};

}  // namespace yjs
