// Facet counts: how many matching documents have each value of area, year, rating and
// chief inspector. Attaches to an Enquire before get_mset() and reads the counts after.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "searcher/result.h"

namespace yjs {

// A match spy over the packed facet slot (schema::kPackedFacetsSlot): one value read and
// one hash lookup per match, where one Xapian::ValueCountMatchSpy per facet would read four
// values. It counts whole packed values (few distinct ones), split into facets at the end.
// Counts cover every document the match examines: all of them when get_mset() is given
// check_at_least = the document count. Must outlive the get_mset() call.
class FacetCounter : public Xapian::MatchSpy {
 public:
  FacetCounter() = default;
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  void operator()(const Xapian::Document& doc, double weight) override;

  // Counts per facet in schema order, most frequent first then by value; at most `limit`
  // values each (0: all). Years are "2019", ratings their labels.
  std::vector<FacetCounts> counts(std::size_t limit) const;

  // How many documents were examined.
  Xapian::doccount examined() const { return examined_; }

 private:
  std::unordered_map<std::string, Xapian::doccount> packed_counts_;
  Xapian::doccount examined_ = 0;
};

}  // namespace yjs
