#include "common/extract/extract.h"

namespace yjs::extract {

Facets extract_facets(const Article& article) {
  Facets facets = explicit_facets(article);
  const WordView words(article.title, article.body);
  const Gazetteer& gazetteer = Gazetteer::builtin();
  const std::vector<AreaMention> mentions = gazetteer.find(words);

  const Scope scope = scope_of(words);
  if (!facets.area) facets.area = extract_area(words, mentions, gazetteer, scope);
  if (!facets.year) facets.year = extract_year(words);
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
