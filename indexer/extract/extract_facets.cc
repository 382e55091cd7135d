#include "common/person_name.h"
#include "indexer/extract/extract.h"

namespace yjs::extract {
namespace {

// The kind from the wording, else inspection when a service is the article's subject and
// either the headline names it or the top of the article talks about inspecting or rating
// it; `other` when not (a court story that mentions the local service's rating).
FacetValue<Kind> kind_of(const WordView& words, const std::vector<AreaMention>& mentions,
                         bool has_area, bool area_in_title) {
  if (const auto kind = kind_from_wording(words, mentions)) {
    return {*kind, words.sentence_text(0)};
  }
  if (has_area && (area_in_title || reports_inspection(words))) {
    return {Kind::kInspection, words.sentence_text(0)};
  }
  return {Kind::kOther, words.sentence_text(0)};
}

// A JSON Lines "published" date in ISO 8601: "2019", "2019-11", "2019-11-14", or a date-time
// "2019-11-14T00:01:00Z". Nullopt for anything else (the field is free text).
std::optional<PublicationDate> iso_date(std::string_view text) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    if (text.size() < at + n) return -1;
    int value = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (text[k] < '0' || text[k] > '9') return -1;
      value = value * 10 + (text[k] - '0');
    }
    return value;
  };
  const auto ends_at = [&](std::size_t at) {
    return text.size() == at || text[at] == 'T' || text[at] == ' ';
  };
  PublicationDate date;
  date.year = digits(0, 4);
  if (date.year < 1900 || date.year > 2100) return std::nullopt;
  if (ends_at(4)) return date;
  if (text[4] != '-') return std::nullopt;
  date.month = digits(5, 2);
  if (date.month < 1 || date.month > 12) return std::nullopt;
  if (ends_at(7)) return date;
  if (text[7] != '-') return std::nullopt;
  date.day = digits(8, 2);
  if (date.day < 1 || date.day > 31 || !ends_at(10)) return std::nullopt;
  return date;
}

// The publication date: JSON Lines "published" unless the prose gives a full date and the
// field does not (the field is what the publisher recorded; prose dates can be fieldwork).
std::optional<PublicationDate> publication_date(const Article& article, const WordView& words) {
  const auto stated = iso_date(article.published);
  const auto prose = extract_date(words);
  if (stated && !(prose && prose->day != 0 && stated->day == 0)) return stated;
  return prose;
}

}  // namespace

Facets extract_facets(const Article& article) {
  Facets facets = explicit_facets(article);
  const WordView words(article.title, article.body);
  const Gazetteer& gazetteer = Gazetteer::builtin();
  const std::vector<AreaMention> mentions = gazetteer.find(words);

  // Explicit areas are named as the gazetteer names them ("Hull" -> "Kingston upon Hull").
  if (facets.area) facets.area->value = gazetteer.canonical_or_same(facets.area->value);
  if (facets.chief_inspector) {
    facets.chief_inspector->value = strip_honorifics(facets.chief_inspector->value);
  }
  if (facets.year && !facets.date) {
    const auto stated = iso_date(article.published);
    facets.date = stated && stated->year == facets.year->value
                      ? stated->year * 10000 + stated->month * 100 + stated->day
                      : facets.year->value * 10000;
  }

  // Only the inspection of one service has an area (and so an area's rating) from the prose.
  const bool explicit_area = facets.area.has_value();
  std::optional<FacetValue<std::string>> found_area;
  if (!explicit_area && !kind_from_wording(words, mentions)) {
    found_area = extract_area(words, mentions, gazetteer, Scope::kOneService);
  }
  const bool area_in_title = found_area && found_area->evidence == words.sentence_text(0);
  if (!facets.kind) {
    facets.kind = kind_of(words, mentions, explicit_area || found_area, area_in_title);
  }
  if (!explicit_area && facets.kind->value == Kind::kInspection) facets.area = found_area;

  if (!facets.year) {
    if (const auto date = publication_date(article, words)) {
      facets.year = FacetValue<int>{date->year, date->evidence};
      facets.date = date->year * 10000 + date->month * 100 + date->day;
    }
  }
  if (!facets.chief_inspector) facets.chief_inspector = extract_inspector(words);

  std::optional<std::size_t> area;
  if (facets.area) area = gazetteer.index_of(facets.area->value);
  if (!facets.rating && facets.kind->value == Kind::kInspection) {
    facets.rating = extract_rating(
        words, mentions, area, facets.year ? std::optional<int>(facets.year->value) : std::nullopt,
        Scope::kOneService);
  }
  if (area && !gazetteer.nation(*area).empty()) {
    facets.nation = FacetValue<std::string>{gazetteer.nation(*area), facets.area->evidence};
  }
  return facets;
}

}  // namespace yjs::extract
