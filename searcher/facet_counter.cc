#include "searcher/facet_counter.h"

#include <algorithm>
#include <cmath>

#include "common/facets.h"
#include "common/schema.h"

namespace yjs {
namespace {

// A slot value as shown: years are serialised numbers, ratings rank digits.
std::string display(Xapian::valueno slot, const std::string& value) {
  if (slot == schema::kYearSlot) {
    return std::to_string(static_cast<int>(std::lround(Xapian::sortable_unserialise(value))));
  }
  if (slot == schema::kRatingSlot && value.size() == 1 && value[0] >= '1' && value[0] <= '4') {
    return std::string(rating_label(static_cast<Rating>(value[0] - '0')));
  }
  return value;
}

}  // namespace

FacetCounter::FacetCounter(Xapian::Enquire& enquire)
    : spies_{Xapian::ValueCountMatchSpy(schema::kFacetFields[0].slot),
             Xapian::ValueCountMatchSpy(schema::kFacetFields[1].slot),
             Xapian::ValueCountMatchSpy(schema::kFacetFields[2].slot),
             Xapian::ValueCountMatchSpy(schema::kFacetFields[3].slot)} {
  for (auto& spy : spies_) enquire.add_matchspy(&spy);
}

std::vector<FacetCounts> FacetCounter::counts(std::size_t limit) const {
  std::vector<FacetCounts> out;
  for (std::size_t f = 0; f < spies_.size(); ++f) {
    const schema::FacetField& field = schema::kFacetFields[f];
    FacetCounts facet{std::string(field.name), {}};
    for (auto it = spies_[f].values_begin(); it != spies_[f].values_end(); ++it) {
      facet.values.push_back({display(field.slot, *it), it.get_termfreq()});
    }
    std::sort(facet.values.begin(), facet.values.end(), [](const FacetCount& a, const FacetCount& b) {
      return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    if (limit && facet.values.size() > limit) facet.values.resize(limit);
    out.push_back(std::move(facet));
  }
  return out;
}

}  // namespace yjs
