#include "common/extract/extract.h"

#include "common/facet_terms.h"

namespace yjs::extract {

Facets extract_facets(const Article& article) {
  Facets facets = explicit_facets(article);
  const WordView words(article.title, article.body);
  const Gazetteer& gazetteer = Gazetteer::builtin();
  const std::vector<AreaMention> mentions = gazetteer.find(words);

  // Explicit areas are named as the gazetteer names them ("Hull" -> "Kingston upon Hull").
  if (facets.area) {
    if (auto canonical = gazetteer.canonical(facets.area->value)) facets.area->value = *canonical;
  }
  if (facets.chief_inspector) {
    facets.chief_inspector->value = strip_honorifics(facets.chief_inspector->value);
  }
  if (facets.year && !facets.date) facets.date = facets.year->value * 10000;
  const Scope scope = scope_of(words);
  if (!facets.area) facets.area = extract_area(words, mentions, gazetteer, scope);
  if (!facets.year) {
    if (const auto date = extract_date(words)) {
      facets.year = FacetValue<int>{date->year, date->evidence};
      facets.date = date->year * 10000 + date->month * 100 + date->day;
    }
  }
  if (!facets.chief_inspector) facets.chief_inspector = extract_inspector(words);
  if (!facets.rating) {
    std::optional<std::size_t> area;
    if (facets.area) {
      for (std::size_t i = 0; i < gazetteer.size(); ++i) {
        if (gazetteer.name(i) == facets.area->value) area = i;
      }
    }
    facets.rating = extract_rating(words, mentions, area,
                                   facets.year ? std::optional<int>(facets.year->value) : std::nullopt, scope);
  }
  return facets;
}

}  // namespace yjs::extract
