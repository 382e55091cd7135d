// Searcher: runs a SearchRequest against a database and returns a SearchResult.
#pragma once

#include <xapian.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>

#include "common/errors.h"
#include "common/text/analyzer.h"
#include "searcher/database_set.h"
#include "searcher/facet_counter.h"
#include "searcher/filters.h"
#include "searcher/query_builder.h"
#include "searcher/result.h"

namespace yjs {

// search() ran longer than the time limit set with Searcher::set_time_limit().
class SearchTimeout : public Error {
 public:
  using Error::Error;
};

struct SearcherOptions {
  // Some of the databases are remote (served by xapian-tcpsrv). Facets are then counted by
  // a Xapian::ValueCountMatchSpy, which the servers run on their shards, instead of from
  // FacetTables in memory, which would read every document over the network. And since
  // Xapian 1.4's remote backend serves no spelling or synonym tables, a search that needed
  // one and finds none readable (the sharded database's lexicon is not listed) says so in
  // SearchResult::warnings rather than quietly answering differently.
  bool remote = false;
};

// Owns a read-only database (one, or several searched as one: shards, local or remote) and
// the query-side analyzer. The database is opened with the stemming language recorded in
// it by the indexer, so queries and documents are analysed alike. Xapian combines the
// statistics of several databases, so results, weights and counts are those of one
// database holding all their documents. Not thread-safe.
class Searcher {
 public:
  // Opens `db_path` with open_database_set() and searches it; throws as that does.
  explicit Searcher(const std::string& db_path);
  explicit Searcher(const DatabaseSet& databases);
  // Searches an already open database (in tests, an in-memory one). A database combining
  // several has its facets counted by a ValueCountMatchSpy (its parts are unknown here).
  explicit Searcher(const Xapian::Database& db, const SearcherOptions& options = {});
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Runs the request: query, filters, sorting, collapsing, facet counts, "did you mean".
  // Throws QueryError for a query that cannot be parsed. When the database changes
  // underneath (an indexer committing), reopens it and retries.
  SearchResult search(const SearchRequest& request);

  Xapian::doccount doc_count() const { return db_.get_doccount(); }

  // Moves to the database's latest commit, so that what an indexer has committed since is
  // found (search() reopens by itself only when the revision it was reading is gone).
  // Returns true when the database may have changed.
  bool reopen();

  // From now on, a search() that runs longer than `limit` stops with SearchTimeout (zero:
  // no limit, the default). Checked as matches are found, so a long search stops within
  // a document or so. Local databases only: Xapian's remote backend runs no MatchDecider.
  void set_time_limit(std::chrono::steady_clock::duration limit) { time_limit_ = limit; }

 private:
  // What one query matched: the page of hits, the exact total and the facet counts.
  struct Matches {
    Xapian::MSet mset;
    Xapian::doccount total = 0;
    std::optional<Xapian::doccount> articles;  // when collapsing: the matching articles
    bool estimated = false;                    // counting stopped early (facet_sample)
    std::vector<FacetCounts> facets;
    std::map<std::string, Xapian::doccount> per_area;  // when collapsing: matches per area
  };

  Searcher(const Xapian::Database& db, std::vector<Xapian::Database> local_shards,
           const SearcherOptions& options);
  SearchResult run(const SearchRequest& request);
  Matches match(const Xapian::Query& query, const SearchRequest& request);
  // The unweighted pass over every match (or at least `check_at_least`): the total, and
  // with request.facets the facet counts.
  Matches count(const Xapian::Query& query, const SearchRequest& request,
                Xapian::doccount check_at_least);
  void fill_hit(const Xapian::MSetIterator& it, const Xapian::MSet& mset,
                const SearchRequest& request, Hit& hit);
  Xapian::Query with_filters(const Xapian::Query& query, const Filters& filters) const;
  // Shard `k`'s table, built on its first facet request and kept: later ones count from memory.
  const FacetTable& facet_table(std::size_t k);

  // Accepts every document; throws SearchTimeout once `deadline` has passed.
  struct DeadlineDecider : Xapian::MatchDecider {
    std::chrono::steady_clock::time_point deadline;
    bool operator()(const Xapian::Document&) const override;
  };
  // The decider for the Enquire calls of this search, or null without a time limit.
  const Xapian::MatchDecider* deadline_decider() const;

  Xapian::Database db_;
  std::chrono::steady_clock::duration time_limit_{};
  DeadlineDecider deadline_;
  // The databases db_ combines, when all are local: facets are counted in each from its
  // FacetTable. (In a combined database a match spy sees each shard's own document
  // numbers, so one table for all cannot work.) Empty with remote shards.
  std::vector<Xapian::Database> local_shards_;
  std::vector<std::unique_ptr<FacetTable>> facet_tables_;  // by shard
  SearcherOptions options_;
  // With remote shards: the tables Xapian 1.4's remote backend does not serve, when no
  // local database (the lexicon) provides them.
  bool spelling_missing_ = false;
  bool synonyms_missing_ = false;
  text::Analyzer analyzer_;
  QueryBuilder query_builder_;
};

// For a history: groups articles (hits oldest first, undated last) about the same
// inspection into one entry: same rating (or none) and a year within one of the entry's;
// an undated article joins the one entry with its rating, if exactly one has it, and is an
// entry of its own otherwise. Each entry is compared with the previous rated one ("up",
// "down", "same"); the hits get their entry's number (1-based) and change. Reorders `hits`
// so that each entry's articles are together, entries in date order.
std::vector<Inspection> group_inspections(std::vector<Hit>& hits);

}  // namespace yjs
