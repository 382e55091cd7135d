#include "searcher/facet_counter.h"

#include <algorithm>
#include <array>
#include <map>

#include "common/schema.h"
#include "searcher/query_builder.h"

namespace yjs {

FacetTable::FacetTable(const Xapian::Database& db) : ids_(db.get_lastdocid() + 1, 0), packed_{""} {
  std::unordered_map<std::string, std::uint32_t> id_of_packed{{"", 0}};
  for (auto it = db.valuestream_begin(schema::kPackedFacetsSlot);
       it != db.valuestream_end(schema::kPackedFacetsSlot); ++it) {
    const auto [found, inserted] =
        id_of_packed.emplace(*it, static_cast<std::uint32_t>(packed_.size()));
    if (inserted) packed_.push_back(*it);
    ids_[it.get_docid()] = found->second;
  }
}

void FacetCounter::operator()(const Xapian::Document& doc, double) {
  ++counts_[table_.id_of(doc.get_docid())];
}

void FacetCounter::add_packed_counts(
    std::vector<std::pair<std::string, Xapian::doccount>>& out) const {
  // Id 0 (a document with no packed value) counts as having no value for any facet.
  for (std::uint32_t id = 0; id < counts_.size(); ++id) {
    if (counts_[id] != 0) out.emplace_back(table_.packed(id), counts_[id]);
  }
}

std::vector<FacetCounts> split_facet_counts(const Xapian::ValueCountMatchSpy& spy,
                                            std::size_t limit) {
  std::vector<std::pair<std::string, Xapian::doccount>> packed_counts;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    packed_counts.emplace_back(*it, it.get_termfreq());
  }
  return split_facet_counts(packed_counts, limit);
}

std::vector<FacetCounts> split_facet_counts(
    const std::vector<std::pair<std::string, Xapian::doccount>>& packed_counts, std::size_t limit) {
  schema::PerFacet<std::map<std::string, Xapian::doccount>> by_facet;
  schema::PerFacet<Xapian::doccount> none{};
  for (const auto& [packed, count] : packed_counts) {
    const schema::PackedFacets values = schema::unpack_facets(packed);
    for (std::size_t f = 0; f < by_facet.size(); ++f) {
      if (values[f].empty()) {
        none[f] += count;
      } else {
        by_facet[f][values[f]] += count;
      }
    }
  }
  std::vector<FacetCounts> out;
  for (std::size_t f = 0; f < by_facet.size(); ++f) {
    FacetCounts facet{std::string(schema::kFacets[f].name), {}, none[f]};
    for (const auto& [value, count] : by_facet[f]) facet.values.push_back({value, count});
    std::stable_sort(facet.values.begin(), facet.values.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    out.push_back(std::move(facet));
  }
  limit_facet_values(out, limit);
  return out;
}

void limit_facet_values(std::vector<FacetCounts>& facets, std::size_t limit) {
  for (FacetCounts& facet : facets) {
    if (limit && facet.values.size() > limit) facet.values.resize(limit);
  }
}

void TierCounter::operator()(const Xapian::Document& doc, double weight) {
  // Every unit adds kTierWeight, far more than BM25 adds; half of one is the margin.
  if (weight >= (static_cast<double>(units_) - 0.5) * kTierWeight) {
    ++full_;
    if (full_matches_) (*full_matches_)(doc, weight);
  } else {
    ++partial_;
  }
}

}  // namespace yjs
