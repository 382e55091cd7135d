#include "searcher/facet_counter.h"

#include <algorithm>
#include <array>
#include <map>

#include "common/schema.h"

namespace yjs {

void FacetCounter::operator()(const Xapian::Document& doc, double) {
  ++examined_;
  ++packed_counts_[doc.get_value(schema::kPackedFacetsSlot)];
}

std::vector<FacetCounts> FacetCounter::counts(std::size_t limit) const {
  std::array<std::map<std::string, Xapian::doccount>, 4> by_facet;
  for (const auto& [packed, count] : packed_counts_) {
    std::size_t start = 0;
    for (std::size_t f = 0; f < by_facet.size(); ++f) {
      const std::size_t end = std::min(packed.find(schema::kPackedFacetSeparator, start), packed.size());
      if (end > start) by_facet[f][packed.substr(start, end - start)] += count;
      start = end + 1;
      if (start > packed.size()) break;
    }
  }
  std::vector<FacetCounts> out;
  for (std::size_t f = 0; f < by_facet.size(); ++f) {
    FacetCounts facet{std::string(schema::kFacetFields[f].name), {}};
    for (const auto& [value, count] : by_facet[f]) facet.values.push_back({value, count});
    std::stable_sort(facet.values.begin(), facet.values.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (limit && facet.values.size() > limit) facet.values.resize(limit);
    out.push_back(std::move(facet));
  }
  return out;
}

}  // namespace yjs
