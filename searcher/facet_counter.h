// Facet counts: how many matching documents have each value of each facet of the schema
// table. Both ways count the packed facet slot (schema::kPackedFacetsSlot), one value per
// match holding every facet: FacetCounter
// from a table in memory (local databases only), or Xapian's own ValueCountMatchSpy, which
// xapian-tcpsrv runs on each remote shard; each distinct combination's count is then split
// into counts per facet.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "searcher/result.h"

namespace yjs {

// Every document's facet values (the packed slot, schema::kPackedFacetsSlot), read once
// into memory as one small number per document, so counting a match costs an array
// lookup instead of a value read. About 4 bytes per document; built by one sequential
// pass over the slot's value stream. Immutable once built.
class FacetTable {
 public:
  explicit FacetTable(const Xapian::Database& db);

  // The packed-value id of a document (0 for documents with no facets).
  std::uint32_t id_of(Xapian::docid docid) const { return docid < ids_.size() ? ids_[docid] : 0; }
  const std::string& packed(std::uint32_t id) const { return packed_[id]; }
  std::size_t distinct() const { return packed_.size(); }

 private:
  std::vector<std::uint32_t> ids_;   // by docid
  std::vector<std::string> packed_;  // by id; id 0 is ""
};

// A match spy counting the facet values of every match through a FacetTable. Counts cover
// every document the match examines: all of them when get_mset() is given check_at_least =
// the document count. Borrows `table`; must outlive the get_mset() call.
class FacetCounter : public Xapian::MatchSpy {
 public:
  explicit FacetCounter(const FacetTable& table) : table_(table), counts_(table.distinct()) {}
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  void operator()(const Xapian::Document& doc, double weight) override;

  // Appends the count of each packed facet value seen (each a combination of all facets).
  void add_packed_counts(std::vector<std::pair<std::string, Xapian::doccount>>& out) const;

 private:
  const FacetTable& table_;
  std::vector<Xapian::doccount> counts_;  // by packed-value id
};

// Counts of packed facet values (each a combination of all facets) -> counts per facet
// in schema order, most frequent first then by value; at most `limit` values each (0:
// all), and the count of matches without a value (FacetCounts::none). Years are "2019",
// ratings their labels.
std::vector<FacetCounts> split_facet_counts(
    const std::vector<std::pair<std::string, Xapian::doccount>>& packed_counts, std::size_t limit);

// Keeps the first `limit` values of each facet (the most frequent: they come sorted); 0
// keeps all.
void limit_facet_values(std::vector<FacetCounts>& facets, std::size_t limit);

// The counts of a Xapian::ValueCountMatchSpy on schema::kPackedFacetsSlot, split per facet.
std::vector<FacetCounts> split_facet_counts(const Xapian::ValueCountMatchSpy& spy,
                                            std::size_t limit);

}  // namespace yjs
