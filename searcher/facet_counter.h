// Facet counts: how many matching documents have each value of area, year, rating and
// chief inspector. Attaches to an Enquire before get_mset() and reads the counts after.
#pragma once

#include <xapian.h>

#include <array>
#include <vector>

#include "searcher/result.h"

namespace yjs {

// One Xapian::ValueCountMatchSpy per facet slot. Counts cover every document the match
// examines: all of them when get_mset() is given check_at_least = the document count.
// Must outlive the get_mset() call. Not copyable.
class FacetCounter {
 public:
  explicit FacetCounter(Xapian::Enquire& enquire);
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Counts per facet in schema order, most frequent first then by value; at most `limit`
  // values each (0: all). Values are in display form (years as "2019", ratings as labels).
  std::vector<FacetCounts> counts(std::size_t limit) const;

 private:
  std::array<Xapian::ValueCountMatchSpy, 4> spies_;
};

}  // namespace yjs
