// Year: every date in the article is found (full dates, month and year, numeric dates),
// then judged by its context: publication wins, fieldwork is the fallback, and dates of
// other stories, programme starts and earlier inspections are passed over.
#include <array>

#include "indexer/extract/extract.h"

namespace yjs::extract {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kShortMonths = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

// 1..12 for a month name or abbreviation, else 0.
int month_number(std::string_view w) {
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    // Called for nearly every word; a month's names all start with its first letter.
    if (w.empty() || w[0] != kMonths[m][0]) continue;
    if (w == kMonths[m] || w == kShortMonths[m] || (m == 8 && w == "sept")) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

bool is_month(std::string_view w) { return month_number(w) != 0; }

bool is_day(const WordView& w, std::size_t i) {
  const int n = w.number(i);
  return n >= 1 && n <= 31;
}

// The date starting at word i, if any: its year and how many words it spans.
struct DateAt {
  int year = 0;
  std::size_t length = 0;
  bool has_day = false;
  int month = 0;  // 0 when not given
  int day = 0;    // 0 when not given
};

std::optional<DateAt> date_at(const WordView& w, std::size_t i) {
  auto ordinal = [&](std::size_t k) {
    return w.is(k, "st") || w.is(k, "nd") || w.is(k, "rd") || w.is(k, "th");
  };
  // 24 June 2025, 3rd March 2022
  if (is_day(w, i)) {
    std::size_t k = i + 1;
    if (ordinal(k)) ++k;
    if (w.is(k, "of")) ++k;
    if (k < w.size() && is_month(w.word(k)) && is_year(w.number(k + 1))) {
      return DateAt{w.number(k + 1), k + 2 - i, true, month_number(w.word(k)), w.number(i)};
    }
    // 12/03/2024 or 12.03.2024
    if (w.number(i + 1) >= 1 && w.number(i + 1) <= 12 && is_year(w.number(i + 2)) &&
        w.gap_before(i + 1).size() == 1 && w.gap_before(i + 2).size() == 1) {
      return DateAt{w.number(i + 2), 3, true, w.number(i + 1), w.number(i)};
    }
  }
  if (i < w.size() && w.capitalised(i) && is_month(w.word(i))) {
    // January 14, 2025
    if (is_day(w, i + 1)) {
      std::size_t k = i + 2;
      if (ordinal(k)) ++k;
      if (is_year(w.number(k))) {
        return DateAt{w.number(k), k + 1 - i, true, month_number(w.word(i)), w.number(i + 1)};
      }
    }
    // October 2023
    if (is_year(w.number(i + 1)))
      return DateAt{w.number(i + 1), 2, false, month_number(w.word(i)), 0};
  }
  // 2024-03-12
  if (is_year(w.number(i)) && w.number(i + 1) >= 1 && w.number(i + 1) <= 12 && is_day(w, i + 2) &&
      w.gap_before(i + 1) == "-" && w.gap_before(i + 2) == "-") {
    return DateAt{w.number(i), 3, true, w.number(i + 1), w.number(i + 2)};
  }
  return std::nullopt;
}

// "published in 2019": a publication cue this many words before a bare year.
constexpr std::size_t kPublicationCueWords = 8;
// "Earlier" words count only right before a date: "since inspectors visited in August" is a
// fieldwork date, "since 2019" is not.
constexpr std::size_t kEarlierWords = 3;

constexpr std::array<std::string_view, 11> kPublication = {
    "published", "publish", "publication", "available", "released", "release",
    "posted",    "date",    "announced",   "news",      "issued"};
constexpr std::array<std::string_view, 9> kFieldwork = {
    "fieldwork", "inspected",       "visited",         "visit",   "took place",
    "on site",   "inspection took", "inspectors were", "returned"};
constexpr std::array<std::string_view, 17> kEarlier = {
    "started",        "began",   "since",   "previous", "previously", "last inspection",
    "earlier",        "then",    "until",   "before",   "ago",        "first inspected",
    "last inspected", "between", "founded", "formed",   "once"};

// The last word in [from, to) where one of `cues` starts, or nullopt.
template <std::size_t N>
std::optional<std::size_t> last_cue(const WordView& w, std::size_t from, std::size_t to,
                                    const std::array<std::string_view, N>& cues) {
  for (std::size_t k = to; k > from; --k) {
    for (std::string_view cue : cues) {
      if (w.matches(k - 1, cue)) return k - 1;
    }
  }
  return std::nullopt;
}

// How surely a date is the publication date (the best wins; 0 is not at all).
constexpr double kPublicationScore = 3;       // "Published: 7 November 2019"
constexpr double kDayBonus = 1;               // ...with its day
constexpr double kDatelineScore = 3;          // "Thursday 17 September 2020" alone near the top
constexpr double kPublishedInScore = 2.5;     // "published in 2019"
constexpr double kPublicationAfterScore = 2;  // "On 7 November 2019 the report was published"
constexpr double kFieldworkScore = 1;         // "Inspectors visited in August 2021"
constexpr double kHeadlineScore = 3;          // "29 February 2024 - …", "… Brent (2011)"
// A publication cue counts within this many words before the date...
constexpr std::size_t kPublicationCueReach = 20;
// ...and an "earlier" word this many words after it ("2019 and before").
constexpr std::size_t kEarlierWordsAfter = 2;
// A dateline stands within this many lines of the body's first and has at most this many
// words ("Youth Justice | November 2024 | By Tom Ashworth").
constexpr std::size_t kDatelineLines = 4;
constexpr std::size_t kDatelineWords = 10;

// A year standing alone after "published in" or "released during": kPublishedInScore, else 0.
double published_in_score(const WordView& w, std::size_t i, std::size_t sentence_from) {
  const std::size_t near = words_back(i, kPublicationCueWords, sentence_from);
  const bool published_in = is_year(w.number(i)) && i >= 1 && near < i &&
                            (w.is(i - 1, "in") || w.is(i - 1, "during")) &&
                            w.any_in(near, i, kPublication) && !w.any_in(near, i, kEarlier);
  return published_in ? kPublishedInScore : 0;
}

// What may stand between a headline and the date opening or closing it: " - ", ": ",
// "(" and ")", a dash, a comma.
bool headline_separator(std::string_view gap) {
  if (gap.find_first_of("-:(),") != std::string_view::npos) return true;
  return gap.find("\xE2\x80\x93") != std::string_view::npos ||
         gap.find("\xE2\x80\x94") != std::string_view::npos;
}

// True when word i is the last word on its line.
bool ends_line(const WordView& w, std::size_t i) {
  return i + 1 >= w.size() || w.line_of(i + 1) != w.line_of(i);
}

// A date that opens the headline ("29 February 2024 - Barnet …") or a year that closes it
// ("… in Brent (2011)", "… Bexley - 2012"), set off by a separator: the headline's date.
// The end of a range ("plan 2023-2025") is not.
bool headline_date(const WordView& w, std::size_t i, std::size_t length) {
  if (!w.in_title(i)) return false;
  const std::size_t end = i + length;
  if (i == 0) return end < w.sentence_end(0) && headline_separator(w.gap_before(end));
  const bool range_end = w.is_number(i - 1);
  return end == w.sentence_end(0) && !range_end && headline_separator(w.gap_before(i));
}

// A year alone on the first line under the headline ("2017"), blank lines between or not.
bool year_line(const WordView& w, std::size_t i) {
  const std::size_t first_body_word = w.sentence_end(0);
  return i == first_body_word && i < w.size() && is_year(w.number(i)) && ends_line(w, i);
}

// The score of the date at word i: the nearest cue before it decides what it is; a
// dateline comes next; cues after it count less; an earlier date scores 0.
double date_score(const WordView& w, std::size_t i, const DateAt& date,
                  std::size_t first_body_line) {
  const std::size_t sentence = w.sentence_of(i);
  const std::size_t from = w.sentence_begin(sentence);
  const std::size_t to = w.sentence_end(sentence);
  const std::size_t date_end = i + date.length;
  if (w.any_in(words_back(i, kEarlierWords, from), i, kEarlier) ||
      w.any_in(date_end, std::min(to, date_end + kEarlierWordsAfter), kEarlier)) {
    return 0;
  }
  const auto pub_before = last_cue(w, from, i, kPublication);
  const auto field_before = last_cue(w, from, i, kFieldwork);
  if (pub_before && (!field_before || *field_before < *pub_before) &&
      i - *pub_before <= kPublicationCueReach) {
    return kPublicationScore + (date.has_day ? kDayBonus : 0);
  }
  if (field_before && (!pub_before || *pub_before < *field_before)) return kFieldworkScore;
  const bool dateline = w.line_of(i) <= first_body_line + kDatelineLines &&
                        to - from <= kDatelineWords && w.line_of(from) == w.line_of(to - 1);
  if (dateline) return kDatelineScore;
  if (pub_before || field_before) return 0;
  if (last_cue(w, date_end, to, kPublication)) return kPublicationAfterScore;
  if (last_cue(w, date_end, to, kFieldwork)) return kFieldworkScore;
  return 0;
}

}  // namespace

std::optional<PublicationDate> extract_date(const WordView& words, std::size_t own_end) {
  const std::size_t first_body_line = words.size() ? words.line_of(0) + 1 : 0;
  double best_score = 0;
  DateAt best_date;
  std::size_t best_sentence = 0;
  auto consider = [&](double score, const DateAt& date, std::size_t i) {
    if (score > best_score) {
      best_score = score;
      best_date = date;
      best_sentence = words.sentence_of(i);
    }
  };
  for (std::size_t i = 0; i < own_end; ++i) {
    // A date or a year starts with a number or a capitalised month; other words score 0.
    if (!words.is_number(i) && !words.capitalised(i)) continue;
    if (const auto date = date_at(words, i)) {
      const bool headline = headline_date(words, i, date->length);
      consider(headline ? kHeadlineScore : date_score(words, i, *date, first_body_line), *date, i);
      i += date->length - 1;
    } else if (is_year(words.number(i)) && (headline_date(words, i, 1) || year_line(words, i))) {
      consider(kHeadlineScore, DateAt{words.number(i), 1, false, 0, 0}, i);
    } else {
      const std::size_t from = words.sentence_begin(words.sentence_of(i));
      consider(published_in_score(words, i, from), DateAt{words.number(i), 1, false, 0, 0}, i);
    }
  }
  if (best_score <= 0) return std::nullopt;
  return PublicationDate{best_date.year, best_date.month, best_date.day,
                         words.sentence_text(best_sentence)};
}

}  // namespace yjs::extract
