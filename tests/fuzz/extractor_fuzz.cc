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

  if (facets.area) {
    check(!facets.area->evidence.empty());
    check(yjs::extract::Gazetteer::builtin().canonical(facets.area->value) == facets.area->value);
  }
  if (facets.year) {
    check(facets.year->value >= 1990 && facets.year->value <= 2040);
    check(facets.date && *facets.date / 10000 == facets.year->value);
    const int month = *facets.date / 100 % 100;
    const int day = *facets.date % 100;
    check(month <= 12 && day <= 31);
  }
  if (facets.rating) {
    const int rating = static_cast<int>(facets.rating->value);
    check(rating >= 1 && rating <= 4);
    check(!facets.rating->evidence.empty());
  }
  if (facets.chief_inspector) check(!facets.chief_inspector->value.empty());
  return 0;
}
