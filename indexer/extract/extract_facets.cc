#include "common/person_name.h"
#include "indexer/extract/extract.h"

namespace yjs::extract {
namespace {

using schema::Facet;

// The kind from the wording (kind_from_wording), else inspection when a service is the article's
// subject and either the headline names it or the top of the article talks about inspecting or
// rating it; `other` when not (a court story that mentions the local service's rating, an
// inspection announced).
Found<Kind> kind_of(const WordView& words, std::optional<Kind> from_wording, bool has_area,
                    bool area_in_title) {
  if (from_wording) return {*from_wording, words.sentence_text(0)};
  if (announces_inspection(words)) return {Kind::kOther, words.sentence_text(0)};
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
  if (date.year < kMinYear || date.year > kMaxYear) return std::nullopt;
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
std::optional<PublicationDate> publication_date(const Article& article, const WordView& words,
                                                std::size_t own_end) {
  auto stated = iso_date(article.published);
  const auto prose = extract_date(words, own_end);
  if (stated && !(prose && prose->day != 0 && stated->day == 0)) {
    stated->evidence = article.published_evidence;  // a page's or PDF's metadata
    return stated;
  }
  return prose;
}

// A value read from the prose.
template <typename T, typename Display>
FacetValue from_text(const Found<T>& found, Display display) {
  return {std::string(display(found.value)), FacetSource::kText, found.evidence, {}};
}

std::string_view as_is(const std::string& value) { return value; }

// Nation and region from the area, with the area's evidence; the region's place groups
// are names the document is also found by.
void derive_from_area(Facets& facets, std::size_t area, const Gazetteer& gazetteer) {
  const std::string& evidence = facets[Facet::kArea]->evidence;
  if (!gazetteer.nation(area).empty()) {
    facets[Facet::kNation] =
        FacetValue{gazetteer.nation(area), FacetSource::kDerived, evidence, {}};
  }
  if (!gazetteer.region(area).empty()) {
    facets[Facet::kRegion] =
        FacetValue{gazetteer.region(area), FacetSource::kDerived, evidence, gazetteer.groups(area)};
  }
}

}  // namespace

Facets extract_facets(const Article& article) {
  Facets facets = explicit_facets(article);
  const WordView words(article.title, article.body);
  const Gazetteer& gazetteer = Gazetteer::builtin();
  const std::vector<AreaMention> mentions = gazetteer.find(words);
  // Where the article's own text ends: the date and the rating are read before it.
  const std::size_t own_end = other_stories_start(words);

  // Explicit areas are named as the gazetteer names them ("Hull" -> "Kingston upon Hull").
  auto& area_value = facets[Facet::kArea];
  if (area_value) area_value->value = gazetteer.canonical_or_same(area_value->value);
  auto& inspector = facets[Facet::kInspector];
  if (inspector) inspector->value = strip_honorifics(inspector->value);
  if (facets.year() && !facets.date) {
    const int year = *facets.year();
    const auto stated = iso_date(article.published);
    facets.date = stated && stated->year == year
                      ? stated->year * 10000 + stated->month * 100 + stated->day
                      : year * 10000;
  }

  // Only the inspection of one service has an area (and so an area's rating) from the prose,
  // and the announcement of one its area alone.
  const bool explicit_area = area_value.has_value();
  // Read once, and only when the area or the kind is still to be found.
  const std::optional<Kind> from_wording =
      explicit_area && facets[Facet::kKind] ? std::nullopt : kind_from_wording(words, mentions);
  std::optional<Found<std::string>> found_area;
  if (!explicit_area && !from_wording) {
    found_area = extract_area(words, mentions, gazetteer);
  }
  const bool area_in_title = found_area && found_area->evidence == words.sentence_text(0);
  if (!facets[Facet::kKind]) {
    facets[Facet::kKind] = from_text(
        kind_of(words, from_wording, explicit_area || found_area, area_in_title), kind_label);
  }
  const bool inspection = facets.kind() == Kind::kInspection;
  const bool announced = facets.kind() == Kind::kOther && announces_inspection(words);
  if (!explicit_area && (inspection || announced) && found_area) {
    area_value = from_text(*found_area, as_is);
  }

  if (!facets[Facet::kYear]) {
    if (const auto date = publication_date(article, words, own_end)) {
      facets[Facet::kYear] =
          FacetValue{std::to_string(date->year), FacetSource::kText, date->evidence, {}};
      facets.date = date->year * 10000 + date->month * 100 + date->day;
    }
  }
  if (!inspector) {
    if (const auto found = extract_inspector(words)) inspector = from_text(*found, as_is);
  }

  std::optional<std::size_t> area;
  if (area_value) area = gazetteer.index_of(area_value->value);
  // Before the four-point scale, reports judged and scored but did not rate.
  const bool before_ratings = facets.year() && *facets.year() < kFirstRatedYear;
  if (!facets[Facet::kRating] && inspection && !before_ratings) {
    if (const auto found = extract_rating(words, own_end, mentions, area, facets.year())) {
      facets[Facet::kRating] = from_text(*found, rating_label);
    }
  }
  if (area) derive_from_area(facets, *area, gazetteer);
  return facets;
}

}  // namespace yjs::extract
