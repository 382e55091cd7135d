// Rating: every mention of a rating on the four-point scale is scored by its context
// ("an overall rating of 'Good'" scores high; "good practice" is not a rating at all), and
// mentions that describe something else (a part of the work, an earlier inspection,
// another service, the scale itself) are dropped. The best remaining mention wins.
#include <array>
#include <cassert>

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
constexpr std::array<std::string_view, 18> kEarlier = {
    "from", "previous", "previously", "last", "earlier", "then", "former", "once",
    "had been", "before", "in its", "was also", "turns around", "turned around",
    "shakes off", "sheds", "escapes", "after being"};
// A later inspection's rating mentioned in passing ("went on to be rated 'Good'").
constexpr std::array<std::string_view, 6> kLater = {
    "later", "went on", "subsequently", "since been", "follow up", "reinspected"};
constexpr std::array<std::string_view, 3> kLaterAfter = {"next inspection", "at its next",
                                                         "later"};
// Negations: "was not rated 'Inadequate'", "does not award a rating such as 'Outstanding'".
// ("won" is left out: "won't" splits into it, but "won the top rating" is an award.)
constexpr std::array<std::string_view, 12> kNegation = {
    "not", "no", "never", "nor", "neither", "cannot", "without", "didn", "doesn", "isn",
    "wasn", "don"};
constexpr std::array<std::string_view, 7> kRatingWord = {
    "rating", "ratings", "rated", "rate", "grade", "grades", "graded"};
// Hypotheticals and aims: "could have been rated 'Inadequate'", "aim to be rated 'Good'".
constexpr std::array<std::string_view, 17> kHypothetical = {
    "would", "could", "might", "should", "if", "unless", "aim", "aims", "hope", "hopes",
    "hoping", "want", "wants", "likely", "needs to", "target", "expects"};
// The present perfect of an award: "has been rated", "have given it".
constexpr std::array<std::string_view, 9> kAwarded = {
    "has been", "has now been", "has again been", "has received", "have given", "has given",
    "has rated", "has awarded", "have rated"};
// "good, the second-highest of four possible grades": a rating by its place on the scale.
constexpr std::array<std::string_view, 4> kScalePlace = {"highest", "lowest", "grades",
                                                         "ratings"};
// Within this many words before a mention, a negation or hypothetical governs it.
constexpr std::size_t kGoverningWords = 5;
// The words after a mention that may still say which inspection it belongs to.
constexpr std::size_t kWordsAfter = 5;
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

// The first word of the clause holding word i: clauses end at commas, semicolons, colons,
// brackets and dashes as well as at sentence ends.
std::size_t clause_begin(const WordView& w, std::size_t i) {
  const std::size_t from = w.sentence_begin(w.sentence_of(i));
  for (std::size_t k = i; k > from; --k) {
    const std::string_view gap = w.gap_before(k);
    if (gap.find_first_of(",;:()") != std::string_view::npos ||
        gap.find("\xE2\x80\x94") != std::string_view::npos ||
        gap.find("\xE2\x80\x93") != std::string_view::npos || gap.find(" - ") != std::string_view::npos) {
      return k;
    }
  }
  return from;
}

// "does not award a rating", "do not lead to a rating": a negation of rating anywhere
// before word i in its sentence.
bool rating_negated_before(const WordView& w, std::size_t from, std::size_t i) {
  for (std::size_t k = from; k < i; ++k) {
    if (w.any_in(k, k + 1, kNegation) && w.any_in(k + 1, std::min(i, k + 5), kRatingWord)) {
      return true;
    }
  }
  return false;
}

// A hypothetical word in [from, to), leaving out the month of May.
bool hypothetical_in(const WordView& w, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (w.is(k, "may") && !w.capitalised(k)) return true;
    if (w.any_in(k, k + 1, kHypothetical)) return true;
  }
  return false;
}

// A part of the work is what was rated when it is named before the mention with no service
// named after it: "resettlement was rated 'Outstanding'", but not "... with court disposals
// and it rated the service as 'requires improvement'".
bool aspect_is_subject(const WordView& w, std::size_t from, std::size_t i) {
  std::optional<std::size_t> last_aspect;
  for (std::size_t k = from; k < i; ++k) {
    if (w.any_in(k, k + 1, kAspect)) last_aspect = k;
  }
  if (!last_aspect) return false;
  return !w.any_in(*last_aspect + 1, i, kSubject);
}

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
  std::size_t best_word = 0;

  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto mention = rating_at(words, i);
    if (!mention) continue;
    const std::size_t sentence = words.sentence_of(i);
    const std::size_t from = words.sentence_begin(sentence);
    const std::size_t to = words.sentence_end(sentence);
    const std::size_t before = i >= 6 ? std::max(from, i - 6) : from;
    const std::size_t clause = i >= 10 ? std::max(from, i - 10) : from;
    const std::size_t after = std::min(to, i + mention->length + kWordsAfter);
    const bool title = words.in_title(i);

    // The scale explained ("a four-point scale: Outstanding, Good, ...").
    if (distinct_ratings_in(words, from, to) >= 3 ||
        words.any_in(from, to, std::array<std::string_view, 2>{"scale", "four point"})) {
      continue;
    }
    const bool quoted = opens_quote(words.gap_before(i));
    const bool cue = words.any_in(before, i, kRatingCue) || words.is(i + mention->length, "rating") ||
                     words.is(i + mention->length, "grade") ||
                     words.any_in(i + mention->length, std::min(to, i + mention->length + 7),
                                  kScalePlace);
    // Not a rating: negated, hypothetical or an aim.
    const std::size_t clause_from = clause_begin(words, i);
    const std::size_t governing = std::max(clause_from, i >= kGoverningWords ? i - kGoverningWords : 0);
    if (words.any_in(governing, i, kNegation) || rating_negated_before(words, from, i) ||
        hypothetical_in(words, std::max(clause_from, i >= 8 ? i - 8 : 0), i)) {
      continue;
    }
    // Another inspection, later or earlier, named by its year in the same clause.
    bool year_in_clause = false;
    for (std::size_t k = clause_from; k < i; ++k) {
      const int n = words.number(k);
      if (n >= 1990 && n <= 2040 && (!year || n != *year)) year_in_clause = true;
    }
    if (year_in_clause || words.any_in(clause_from, i, kLater) ||
        words.any_in(i + mention->length, std::min(to, i + mention->length + kWordsAfter),
                     kLaterAfter)) {
      continue;
    }
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
    if (!overall && aspect_is_subject(words, clause, i)) continue;
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
    if (words.any_in(clause, i, kAwarded)) score += 1;
    if (score > best_score) {
      best_score = score;
      best = mention->rating;
      best_sentence = sentence;
      best_word = i;
    }
  }
  if (!best || best_score < 3) return std::nullopt;
  // The value is read from a mention inside its evidence sentence, never from elsewhere.
  assert(words.sentence_of(best_word) == best_sentence && rating_at(words, best_word) &&
         rating_at(words, best_word)->rating == *best);
  (void)best_word;
  return FacetValue<Rating>{*best, words.sentence_text(best_sentence)};
}

}  // namespace yjs::extract
