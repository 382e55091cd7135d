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
constexpr std::array<std::string_view, 12> kShortMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                           "jul", "aug", "sep", "oct", "nov", "dec"};

// 1..12 for a month name or abbreviation, else 0.
int month_number(std::string_view w) {
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
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
  if (i < w.size() && is_month(w.word(i)) && w.capitalised(i)) {
    // January 14, 2025
    if (is_day(w, i + 1)) {
      std::size_t k = i + 2;
      if (ordinal(k)) ++k;
      if (is_year(w.number(k))) {
        return DateAt{w.number(k), k + 1 - i, true, month_number(w.word(i)), w.number(i + 1)};
      }
    }
    // October 2023
    if (is_year(w.number(i + 1))) return DateAt{w.number(i + 1), 2, false, month_number(w.word(i)), 0};
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
    "published", "publish",  "publication", "available", "released", "release",
    "posted",    "date",     "announced",   "news",      "issued"};
constexpr std::array<std::string_view, 9> kFieldwork = {
    "fieldwork", "inspected", "visited", "visit", "took place", "on site", "inspection took",
    "inspectors were", "returned"};
constexpr std::array<std::string_view, 17> kEarlier = {
    "started",  "began", "since",  "previous", "previously", "last inspection", "earlier",
    "then",     "until", "before", "ago",      "first inspected", "last inspected", "between",
    "founded",  "formed", "once"};

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

// The first word of a "Related topics" list: dates after it belong to other stories.
std::size_t related_topics_start(const WordView& w) {
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    if (w.is(i, "related") && w.is(i + 1, "topics") && w.capitalised(i)) return i;
  }
  return w.size();
}

}  // namespace

std::optional<PublicationDate> extract_date(const WordView& words) {
  const std::size_t end = related_topics_start(words);
  double best_score = 0;
  DateAt best_date;
  std::size_t best_sentence = 0;
  const std::size_t first_body_line = words.size() ? words.line_of(0) + 1 : 0;

  auto consider = [&](double score, const DateAt& date, std::size_t sentence) {
    if (score > best_score) {
      best_score = score;
      best_date = date;
      best_sentence = sentence;
    }
  };

  for (std::size_t i = 0; i < end; ++i) {
    const auto date = date_at(words, i);
    const std::size_t sentence = words.sentence_of(i);
    const std::size_t from = words.sentence_begin(sentence);
    const std::size_t to = words.sentence_end(sentence);
    const std::size_t near = words_back(i, kPublicationCueWords, from);
    const std::size_t just_before = words_back(i, kEarlierWords, from);
    if (!date) {
      // "published in 2019", "released 2019"
      const int n = words.number(i);
      if (is_year(n) && i >= 1 && near < i &&
          (words.is(i - 1, "in") || words.is(i - 1, "during")) &&
          words.any_in(near, i, kPublication) && !words.any_in(near, i, kEarlier)) {
        consider(2.5, DateAt{n, 1, false, 0, 0}, sentence);
      }
      continue;
    }
    const std::size_t date_end = i + date->length;
    // The nearest cue before the date decides what the date is; cues after it count less.
    const auto pub_before = last_cue(words, from, i, kPublication);
    const auto field_before = last_cue(words, from, i, kFieldwork);
    const bool publication_near =
        pub_before && (!field_before || *field_before < *pub_before) && i - *pub_before <= 20;
    const bool fieldwork_near =
        field_before && (!pub_before || *pub_before < *field_before);
    const bool publication_after = !pub_before && !field_before &&
                                   last_cue(words, date_end, to, kPublication).has_value();
    const bool fieldwork_after = !pub_before && !field_before &&
                                 last_cue(words, date_end, to, kFieldwork).has_value();
    const bool earlier = words.any_in(just_before, i, kEarlier) ||
                         words.any_in(date_end, std::min(to, date_end + 2), kEarlier);
    // A dateline: a short line near the top holding the date ("Thursday 17 September
    // 2020", "Youth Justice | November 2024 | By Tom Ashworth").
    const bool dateline = words.line_of(i) <= first_body_line + 4 && to - from <= 10 &&
                          words.line_of(from) == words.line_of(to - 1);
    double score = 0;
    if (earlier) {
      score = 0;
    } else if (publication_near) {
      score = 3 + (date->has_day ? 1 : 0);
    } else if (fieldwork_near) {
      score = 1;
    } else if (dateline) {
      score = 3;
    } else if (publication_after) {
      score = 2;
    } else if (fieldwork_after) {
      score = 1;
    }
    consider(score, *date, sentence);
    i = date_end - 1;
  }
  if (best_score <= 0) return std::nullopt;
  return PublicationDate{best_date.year, best_date.month, best_date.day,
                         words.sentence_text(best_sentence)};
}

}  // namespace yjs::extract
