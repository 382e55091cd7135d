// Fuzz target: facet extraction from an article's prose (title = first line, body = the
// rest), checking what extraction promises about the facets it returns.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/extract/gazetteer.h"
#include "indexer/extract/extract.h"

namespace {

void check(bool promise) {
  if (!promise) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = text.find('\n');
  yjs::Article article;
  article.id = "fuzz";
  article.title = std::string(text.substr(0, newline));
  if (newline != std::string_view::npos) article.body = std::string(text.substr(newline + 1));

  const yjs::Facets facets = yjs::extract::extract_facets(article);

  using yjs::schema::Facet;
  // Every value found is its facet's canonical form, with the evidence of its source.
  for (const yjs::schema::FacetSpec& spec : yjs::schema::kFacets) {
    const auto& found = facets[spec.facet];
    if (!found) continue;
    check(!found->value.empty());
    check(found->source == yjs::FacetSource::kText || found->source == yjs::FacetSource::kDerived);
    if (spec.facet != Facet::kInspector) check(spec.canonical(found->value) == found->value);
    // The area's and rating's sentences are never empty, and nation and region carry the
    // area's.
    if (spec.facet == Facet::kArea || spec.facet == Facet::kRating || spec.derived) {
      check(!found->evidence.empty());
    }
  }
  if (const auto year = facets.year()) {
    check(*year >= yjs::kMinYear && *year <= yjs::kMaxYear);
    check(facets.date && *facets.date / 10000 == *year);
    const int month = *facets.date / 100 % 100;
    const int day = *facets.date % 100;
    check(month <= 12 && day <= 31);
  }
  // Nation and region come with the area, and only with it.
  check(facets[Facet::kNation].has_value() == facets[Facet::kArea].has_value());
  check(facets[Facet::kRegion].has_value() == facets[Facet::kArea].has_value());
  return 0;
}
