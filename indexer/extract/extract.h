// Facet extraction from prose: which service an article is about, when it was published,
// the overall rating and the chief inspector, each with the sentence it came from.
// The rules are written for the ways real articles phrase these, and the traps they set
// (see tests/data/facets/). Anything the text does not establish is left absent.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "common/article.h"
#include "common/extract/gazetteer.h"
#include "common/extract/word_view.h"
#include "common/facets.h"

namespace yjs::extract {

// True for a number read as a year in these articles (kMinYear..kMaxYear).
inline bool is_year(int n) { return n >= kMinYear && n <= kMaxYear; }

// The first word of the window `n` words back from word i, not before word `floor` (the
// start of i's sentence or clause, say): the words before a mention that are read with it.
inline std::size_t words_back(std::size_t i, std::size_t n, std::size_t floor = 0) {
  return i >= n ? std::max(floor, i - n) : floor;
}

// Youth justice services have had an overall rating on the four-point scale only since the
// inspections begun in 2018; earlier reports gave scores and judgements, never a rating.
inline constexpr int kFirstRatedYear = 2018;

// The first word of the list of other stories under an article ("Related topics", "More
// on this story", "Latest news", ... as a line of its own), or words.size() when none.
std::size_t other_stories_start(const WordView& words);

// A value read from the prose and the sentence it was read from.
template <typename T>
struct Found {
  T value{};
  std::string evidence;
};

// The kind an article's wording gives it near the top when it is not the inspection of one
// youth justice service: blog, annual report, adult probation, thematic, another
// inspectorate, outside England and Wales, or a round-up (`other`). Nullopt otherwise.
std::optional<Kind> kind_from_wording(const WordView& words,
                                      const std::vector<AreaMention>& mentions);

// True when the headline or first sentence announces an inspection still to come ("will
// be inspected later this month") and no verdict is given near the top: an article about
// its service (which keeps its area) but not an inspection report (kind `other`).
bool announces_inspection(const WordView& words);

// True when the headline or the first two body sentences talk about an inspection or a
// rating (so an article naming a service is about its inspection, not a court case).
bool reports_inspection(const WordView& words);

// The inspected service, as the gazetteer's canonical name. Absent when no service is
// named as the article's subject, or when the article is not a single-service youth
// justice report (annual and thematic reports, adult probation, prisons, Ofsted, round-ups).
std::optional<Found<std::string>> extract_area(const WordView& words,
                                               const std::vector<AreaMention>& mentions,
                                               const Gazetteer& gazetteer);

// The year of publication: a "Published:" line, a dateline, "available ... on DATE",
// "published in MONTH YEAR", a date opening the headline or a year closing it ("… Brent
// (2011)", "… Bexley - 2012"), a year alone on the line under it; the fieldwork date only
// when there is nothing else. Dates in the list of other stories under the article (from
// word `own_end` on: other_stories_start(words)), programme start dates and statistics
// periods are ignored.
struct PublicationDate {
  int year = 0;
  int month = 0;  // 1..12, or 0 when the text gives only the year
  int day = 0;    // 1..31, or 0 when the text gives no day
  std::string evidence;
};
std::optional<PublicationDate> extract_date(const WordView& words, std::size_t own_end);

// The overall rating. Sub-ratings of parts of the work, earlier ratings, ratings of other
// services and explanations of the four-point scale are ignored. `area_mentions` and
// `area` (index into the gazetteer, if known) tell other services apart; `year` (if known)
// tells a rating "in 2019" from the current one. Ratings from word `own_end` on
// (other_stories_start(words)) are other stories'. Reports on many services have none.
std::optional<Found<Rating>> extract_rating(const WordView& words, std::size_t own_end,
                                            const std::vector<AreaMention>& area_mentions,
                                            std::optional<std::size_t> area,
                                            std::optional<int> year);

// The Chief (or Interim, Acting, Assistant) Inspector of Probation who speaks for or signs
// the report, as "First Last" without honorifics. Chief inspectors of other inspectorates
// and "the then chief inspector" of an earlier inspection are ignored.
std::optional<Found<std::string>> extract_inspector(const WordView& words);

// The article's kind (always set; inspection only for one service's inspection), and its
// area, year, rating and chief inspector, with explicit fields of the article (JSON Lines)
// taking precedence over what the prose says; nation and region derived from the area.
// Uses the built-in gazetteer.
// Throws InputError for a bad explicit value.
Facets extract_facets(const Article& article);

}  // namespace yjs::extract
