// Searcher: runs a SearchRequest against a database and returns a SearchResult.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>

#include "common/text/analyzer.h"
#include "searcher/facet_counter.h"
#include "searcher/filters.h"
#include "searcher/query_builder.h"
#include "searcher/result.h"

namespace yjs {

// Owns a read-only database and the query-side analyzer. The database is opened with
// the stemming language recorded in it by the indexer, so queries and documents are
// analysed alike. Throws Xapian::DatabaseOpeningError (or another Xapian::Error) when
// `db_path` is not a readable database. Not thread-safe.
class Searcher {
 public:
  explicit Searcher(const std::string& db_path);
  // For tests: searches an already open database (e.g. an in-memory one).
  explicit Searcher(const Xapian::Database& db);
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Runs the request: query, filters, sorting, collapsing, facet counts, "did you mean".
  // Throws QueryError for a query that cannot be parsed. When the database changes
  // underneath (an indexer committing), reopens it and retries.
  SearchResult search(const SearchRequest& request);

  Xapian::doccount doc_count() const { return db_.get_doccount(); }

 private:
  // What one query matched: the page of hits, the exact total and the facet counts.
  struct Matches {
    Xapian::MSet mset;
    Xapian::doccount total = 0;
    std::vector<FacetCounts> facets;
  };

  SearchResult run(const SearchRequest& request);
  Matches match(const Xapian::Query& query, const SearchRequest& request);
  void fill_hit(const Xapian::MSetIterator& it, const Xapian::MSet& mset,
                const SearchRequest& request, Hit& hit);
  Xapian::Query with_filters(const Xapian::Query& query, const Filters& filters) const;
  // Built on the first facet request and kept: later ones count from memory.
  const FacetTable& facet_table();

  Xapian::Database db_;
  text::Analyzer analyzer_;
  QueryBuilder query_builder_;
  std::unique_ptr<FacetTable> facet_table_;
};

// For a history: groups articles (hits oldest first, undated last) about the same
// inspection into one entry: same rating (or none) and a year within one of the entry's;
// an undated article joins the one entry with its rating, if exactly one has it, and is an
// entry of its own otherwise. Each entry is compared with the previous rated one ("up",
// "down", "same"); the hits get their entry's number (1-based) and change. Reorders `hits`
// so that each entry's articles are together, entries in date order.
std::vector<Inspection> group_inspections(std::vector<Hit>& hits);

}  // namespace yjs
