// Rating: every mention of a rating on the four-point scale is scored by its context
// ("an overall rating of 'Good'" scores high; "good practice" is not a rating at all), and
// mentions that describe something else (a part of the work, an earlier inspection,
// another service, the scale itself) are dropped. The best remaining mention wins.
#include <array>

#include "common/extract/extract.h"

namespace yjs::extract {
namespace {

struct RatingMention {
  Rating rating;
  std::size_t length;   // words
  bool phrase_rating;   // "requires improvement": a rating by its wording alone
};

std::optional<RatingMention> rating_at(const WordView& w, std::size_t i) {
  // Called for every word: dispatch on the first letter before comparing whole words.
  const std::string_view word = w.word(i);
  if (word.empty()) return std::nullopt;
  switch (word[0]) {
    case 'o':
      if (word == "outstanding") return RatingMention{Rating::kOutstanding, 1, false};
      break;
    case 'g':
      if (word == "good") return RatingMention{Rating::kGood, 1, false};
      break;
    case 'i':
      if (word == "inadequate") return RatingMention{Rating::kInadequate, 1, false};
      break;
    case 'r':
      if ((word == "requires" || word == "require" || word == "requiring" || word == "required") &&
          w.is(i + 1, "improvement")) {
        return RatingMention{Rating::kRequiresImprovement, 2, true};
      }
      break;
    case 'l':
      if (w.matches(i, "lowest rating") || w.matches(i, "lowest grade")) {
        return RatingMention{Rating::kInadequate, 2, true};
      }
      if (w.matches(i, "lowest possible rating")) return RatingMention{Rating::kInadequate, 3, true};
      break;
    case 'h':
      if (w.matches(i, "highest rating")) return RatingMention{Rating::kOutstanding, 2, true};
      if (w.matches(i, "highest possible rating")) {
        return RatingMention{Rating::kOutstanding, 3, true};
      }
      break;
    case 't':
      if (w.matches(i, "top rating") || w.matches(i, "top grade")) {
        return RatingMention{Rating::kOutstanding, 2, true};
      }
      break;
    default:
      break;
  }
  return std::nullopt;
}

bool opens_quote(std::string_view gap) {
  if (gap.empty()) return false;
  const char last = gap.back();
  if (last == '\'' || last == '"') return true;
  // ‘ (E2 80 98) or “ (E2 80 9C)
  return gap.size() >= 3 && static_cast<unsigned char>(gap[gap.size() - 3]) == 0xE2 &&
         (static_cast<unsigned char>(last) == 0x98 || static_cast<unsigned char>(last) == 0x9C);
}

constexpr std::array<std::string_view, 14> kRatingCue = {
    "rated", "rating", "ratings", "judged", "graded", "grade", "given", "received", "awarded",
    "verdict", "deemed", "assessed", "as", "overall"};
constexpr std::array<std::string_view, 12> kEarlier = {
    "from", "previous", "previously", "last", "earlier", "then", "former", "once",
    "had been", "before", "in its", "was also"};
// After a rating: "… at its last inspection".
constexpr std::array<std::string_view, 6> kEarlierAfter = {
    "last inspection", "last time", "previous inspection", "previously", "earlier inspection",
    "at its last"};
constexpr std::array<std::string_view, 39> kAspect = {
    "separately",   "safeguarding", "area",    "strongest",   "weakest",
    "resettlement", "assessment", "assessing", "planning",    "implementation", "delivery",
    "delivering",   "reviewing",  "review",    "reviews",     "standard",       "standards",
    "aspect",       "aspects",    "domain",    "domains",     "strand",         "strands",
    "element",      "elements",   "judgement", "judgements",  "judgment",       "leadership",
    "governance",   "staffing",   "partnerships", "facilities", "information",  "disposals",
    "victims",      "parts",      "areas of",  "part of"};
constexpr std::array<std::string_view, 9> kSubject = {
    "service", "services", "team", "yot", "yos", "yjs", "cypjs", "it", "partnership"};

int distinct_ratings_in(const WordView& w, std::size_t from, std::size_t to) {
  std::array<bool, 5> seen{};
  int count = 0;
  for (std::size_t k = from; k < to; ++k) {
    if (const auto m = rating_at(w, k); m && !seen[static_cast<int>(m->rating)]) {
      seen[static_cast<int>(m->rating)] = true;
      ++count;
    }
  }
  return count;
}

}  // namespace

std::optional<FacetValue<Rating>> extract_rating(const WordView& words,
                                                 const std::vector<AreaMention>& area_mentions,
                                                 std::optional<std::size_t> area,
                                                 std::optional<int> year, Scope scope) {
  if (scope == Scope::kManyServices) return std::nullopt;
  const bool ofsted_article = words.any_in(0, words.sentence_end(0),
                                     std::array<std::string_view, 1>{"ofsted"});
  double best_score = 0;
  std::optional<Rating> best;
  std::size_t best_sentence = 0;

  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto mention = rating_at(words, i);
    if (!mention) continue;
    const std::size_t sentence = words.sentence_of(i);
    const std::size_t from = words.sentence_begin(sentence);
    const std::size_t to = words.sentence_end(sentence);
    const std::size_t before = i >= 6 ? std::max(from, i - 6) : from;
    const std::size_t clause = i >= 10 ? std::max(from, i - 10) : from;
    const std::size_t after = std::min(to, i + mention->length + 5);
    const bool title = words.in_title(i);

    // The scale explained ("a four-point scale: Outstanding, Good, ...").
    if (distinct_ratings_in(words, from, to) >= 3 ||
        words.any_in(from, to, std::array<std::string_view, 2>{"scale", "four point"})) {
      continue;
    }
    const bool quoted = opens_quote(words.gap_before(i));
    const bool cue = words.any_in(before, i, kRatingCue) || words.is(i + mention->length, "rating") ||
                     words.is(i + mention->length, "grade");
    const bool overall = words.any_in(before, after, std::array<std::string_view, 1>{"overall"});
    // "good practice", "outstanding work": adjectives, not ratings.
    if (!mention->phrase_rating && !quoted && !cue && !overall) {
      continue;
    }
    // Earlier ratings: "up from 'Inadequate'", "was rated 'Good' in 2019".
    const std::size_t just_before = i >= 4 ? std::max(from, i - 4) : from;
    if (words.any_in(just_before, i, kEarlier) ||
        words.any_in(i + mention->length, after, kEarlierAfter)) {
      continue;
    }
    bool other_year = false;
    for (std::size_t k = i + mention->length; k < after; ++k) {
      const int n = words.number(k);
      if (n >= 1990 && n <= 2040 && (!year || n != *year)) other_year = true;
    }
    if (other_year) continue;
    // A part of the work rather than the whole ("resettlement was rated 'Outstanding'").
    if (!overall && words.any_in(clause, i, kAspect)) continue;
    // "good enough in only 36 per cent of cases", "'outstanding' partnerships": a word
    // about one thing, not the service's rating.
    if (words.is(i + mention->length, "enough")) continue;
    if (i + mention->length < to && words.any_in(i + mention->length, i + mention->length + 1, kAspect)) {
      continue;
    }
    // Another inspectorate's verdict inside a probation article.
    if (!ofsted_article && words.any_in(from, to, std::array<std::string_view, 1>{"ofsted"})) {
      continue;
    }
    // Another service's rating ("Leicester City was rated 'Good'" in a Leicestershire story).
    bool other_service = false;
    for (const AreaMention& m : area_mentions) {
      if (m.word >= from && m.word < i && i - m.word <= 12) {
        other_service = area ? m.area != *area : !title;
      }
    }
    if (other_service) continue;

    double score = mention->phrase_rating ? 2 : 1;
    if (quoted) score += 2;
    if (cue) score += 2;
    if (overall) score += 2;
    if (title) score += 2;
    if (mention->phrase_rating && words.any_in(before, i, kSubject)) score += 1;
    if (score > best_score) {
      best_score = score;
      best = mention->rating;
      best_sentence = sentence;
    }
  }
  if (!best || best_score < 3) return std::nullopt;
  return FacetValue<Rating>{*best, words.sentence_text(best_sentence)};
}

}  // namespace yjs::extract
