// Rating: every mention of a rating on the four-point scale is scored by its context
// ("an overall rating of 'Good'" scores high; "good practice" is not a rating at all), and
// mentions that describe something else (a part of the work, an earlier inspection,
// another service, the scale itself) are dropped. The best remaining mention wins.
#include <array>

#include "indexer/extract/extract.h"

namespace yjs::extract {
namespace {

struct RatingMention {
  Rating rating;
  std::size_t length;  // words
  bool phrase_rating;  // "requires improvement": a rating by its wording alone
};

std::optional<RatingMention> rating_at(const WordView& w, std::size_t i) {
  // Called for every word: dispatch on the first letter, then the first word, before
  // comparing phrases.
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
      if (word != "lowest") break;
      if (w.matches(i, "lowest rating") || w.matches(i, "lowest grade")) {
        return RatingMention{Rating::kInadequate, 2, true};
      }
      if (w.matches(i, "lowest possible rating"))
        return RatingMention{Rating::kInadequate, 3, true};
      break;
    case 'h':
      if (word != "highest") break;
      if (w.matches(i, "highest rating")) return RatingMention{Rating::kOutstanding, 2, true};
      if (w.matches(i, "highest possible rating")) {
        return RatingMention{Rating::kOutstanding, 3, true};
      }
      break;
    case 't':
      if (word != "top") break;
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
    "rated",    "rating",  "ratings", "judged", "graded",   "grade", "given",
    "received", "awarded", "verdict", "deemed", "assessed", "as",    "overall"};
constexpr std::array<std::string_view, 18> kEarlier = {
    "from",         "previous",      "previously", "last",   "earlier", "then",
    "former",       "once",          "had been",   "before", "in its",  "was also",
    "turns around", "turned around", "shakes off", "sheds",  "escapes"};
// "after being rated" is an earlier rating ("improved after being rated 'Inadequate'")
// unless the service is celebrating or praised for it ("celebrating after being rated Good").
constexpr std::string_view kAfterBeing = "after being";
constexpr std::array<std::string_view, 8> kCelebrating = {"celebrating", "celebrates", "celebrate",
                                                          "delighted",   "pleased",    "proud",
                                                          "praised",     "welcomed"};
// A later inspection's rating mentioned in passing ("went on to be rated 'Good'").
constexpr std::array<std::string_view, 6> kLater = {"later",      "went on",   "subsequently",
                                                    "since been", "follow up", "reinspected"};
constexpr std::array<std::string_view, 3> kLaterAfter = {"next inspection", "at its next", "later"};
// Negations: "was not rated 'Inadequate'", "does not award a rating such as 'Outstanding'".
// ("won" is left out: "won't" splits into it, but "won the top rating" is an award.)
constexpr std::array<std::string_view, 12> kNegation = {"not",     "no",     "never",   "nor",
                                                        "neither", "cannot", "without", "didn",
                                                        "doesn",   "isn",    "wasn",    "don"};
constexpr std::array<std::string_view, 7> kRatingWord = {"rating", "ratings", "rated", "rate",
                                                         "grade",  "grades",  "graded"};
// Hypotheticals and aims: "could have been rated 'Inadequate'", "aim to be rated 'Good'".
constexpr std::array<std::string_view, 17> kHypothetical = {
    "would", "could",  "might", "should", "if",     "unless",   "aim",    "aims",   "hope",
    "hopes", "hoping", "want",  "wants",  "likely", "needs to", "target", "expects"};
// The present perfect of an award: "has been rated", "have given it".
constexpr std::array<std::string_view, 9> kAwarded = {
    "has been",  "has now been", "has again been", "has received", "have given",
    "has given", "has rated",    "has awarded",    "have rated"};
// "good, the second-highest of four possible grades": a rating by its place on the scale.
constexpr std::array<std::string_view, 4> kScalePlace = {"highest", "lowest", "grades", "ratings"};

// The windows of words read around a mention (all within its sentence or clause):
// a negation governs a mention this many words after it ("not rated 'Good'")...
constexpr std::size_t kGoverningWords = 5;
// ...and "not ... a rating" a rating word this many words after the negation;
constexpr std::size_t kNegatedRatingWords = 5;
// a hypothetical or an aim, this many words before ("could have been rated");
constexpr std::size_t kHypotheticalWords = 8;
// a rating cue, this many words before ("was rated", "an overall rating of");
constexpr std::size_t kCueWords = 6;
// a word of its place on the scale, this many words after ("the second-highest of four");
constexpr std::size_t kScalePlaceWords = 7;
// a word of an earlier inspection, this many words before ("up from");
constexpr std::size_t kEarlierWords = 4;
// the words after a mention that may still say which inspection it belongs to;
constexpr std::size_t kWordsAfter = 5;
// a part of the work, or the way a rating was awarded, this many words before;
constexpr std::size_t kSubjectWords = 10;
// another service's name, this many words before, makes it that service's rating.
constexpr std::size_t kOtherServiceWords = 12;
// A sentence naming this many different ratings explains the scale.
constexpr int kScaleRatings = 3;
// What a piece of evidence adds to a mention's score, and the least score that is a rating.
constexpr double kStrongEvidence = 2;
constexpr double kWeakEvidence = 1;
constexpr double kLeastScore = 3;
// After a rating: "… at its last inspection".
constexpr std::array<std::string_view, 6> kEarlierAfter = {"last inspection",     "last time",
                                                           "previous inspection", "previously",
                                                           "earlier inspection",  "at its last"};
constexpr std::array<std::string_view, 39> kAspect = {
    "separately", "safeguarding", "area",       "strongest",      "weakest",    "resettlement",
    "assessment", "assessing",    "planning",   "implementation", "delivery",   "delivering",
    "reviewing",  "review",       "reviews",    "standard",       "standards",  "aspect",
    "aspects",    "domain",       "domains",    "strand",         "strands",    "element",
    "elements",   "judgement",    "judgements", "judgment",       "leadership", "governance",
    "staffing",   "partnerships", "facilities", "information",    "disposals",  "victims",
    "parts",      "areas of",     "part of"};
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
        gap.find("\xE2\x80\x93") != std::string_view::npos ||
        gap.find(" - ") != std::string_view::npos) {
      return k;
    }
  }
  return from;
}

// "does not award a rating", "do not lead to a rating": a negation of rating anywhere
// before word i in its sentence.
bool rating_negated_before(const WordView& w, std::size_t from, std::size_t i) {
  for (std::size_t k = from; k < i; ++k) {
    if (w.any_in(k, k + 1, kNegation) &&
        w.any_in(k + 1, std::min(i, k + kNegatedRatingWords), kRatingWord)) {
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

// A year in [from, to) other than the article's: another inspection's.
bool other_year_in(const WordView& w, std::size_t from, std::size_t to, std::optional<int> year) {
  for (std::size_t k = from; k < to; ++k) {
    const int n = w.number(k);
    if (is_year(n) && (!year || n != *year)) return true;
  }
  return false;
}

// Where a mention stands: its words, its sentence and clause, and the windows read.
struct Context {
  std::size_t at = 0;   // the mention's first word
  std::size_t end = 0;  // one past its last word
  std::size_t sentence = 0;
  std::size_t from = 0;    // the sentence's first word
  std::size_t to = 0;      // one past the sentence's last word
  std::size_t clause = 0;  // the first word of the clause holding the mention
  std::size_t after = 0;   // one past the kWordsAfter words after the mention
  bool title = false;
};

Context context_of(const WordView& w, std::size_t i, const RatingMention& mention) {
  Context c;
  c.at = i;
  c.end = i + mention.length;
  c.sentence = w.sentence_of(i);
  c.from = w.sentence_begin(c.sentence);
  c.to = w.sentence_end(c.sentence);
  c.clause = clause_begin(w, i);
  c.after = std::min(c.to, c.end + kWordsAfter);
  c.title = w.in_title(i);
  return c;
}

// What marks a mention as a rating rather than a word of praise or blame.
struct Marks {
  bool quoted = false;   // 'Good'
  bool cue = false;      // rated Good, a Good rating, good, the second-highest grade
  bool overall = false;  // an overall rating of Good
};

Marks marks_of(const WordView& w, const Context& c) {
  Marks m;
  m.quoted = opens_quote(w.gap_before(c.at));
  m.cue = w.any_in(words_back(c.at, kCueWords, c.from), c.at, kRatingCue) ||
          w.is(c.end, "rating") || w.is(c.end, "grade") ||
          w.any_in(c.end, std::min(c.to, c.end + kScalePlaceWords), kScalePlace);
  m.overall = w.any_in(words_back(c.at, kCueWords, c.from), c.after,
                       std::array<std::string_view, 1>{"overall"});
  return m;
}

// "rated 'Outstanding' overall", "an overall rating of 'Good'": the mention is the overall
// rating by its very words, whatever grades of the standards follow it in the sentence.
bool stated_overall(const WordView& w, const Context& c) {
  return w.is(c.end, "overall") || (c.at >= 3 && w.matches(c.at - 3, "overall rating of"));
}

// "'Outstanding', the highest grade on its scale": the mention placed on the scale.
bool placed_on_the_scale(const WordView& w, const Context& c) {
  return w.any_in(c.end, std::min(c.to, c.end + kScalePlaceWords),
                  std::array<std::string_view, 2>{"highest", "lowest"});
}

// The four-point scale explained ("a four-point scale: Outstanding, Good, ..."): the scale
// named, or three ratings in one sentence. Not when the mention is the only rating named
// and is placed on the scale, or is stated as the overall one beside its standards' grades.
bool explains_the_scale(const WordView& w, const Context& c) {
  const bool names_the_scale =
      w.any_in(c.from, c.to, std::array<std::string_view, 2>{"scale", "four point"});
  const int ratings = distinct_ratings_in(w, c.from, c.to);
  if (names_the_scale) return !(ratings == 1 && placed_on_the_scale(w, c));
  return ratings >= kScaleRatings && !stated_overall(w, c);
}

// "after being rated …" before the mention, as an earlier rating (above).
bool earlier_after_being(const WordView& w, const Context& c) {
  for (std::size_t k = words_back(c.at, kEarlierWords, c.from); k < c.at; ++k) {
    if (w.matches(k, kAfterBeing)) return !(k > c.from && w.any_in(k - 1, k, kCelebrating));
  }
  return false;
}

// A report's glossary: the sentence after which a "Glossary" heading stands alone, or none.
std::optional<std::size_t> glossary_heading(const WordView& w) {
  for (std::size_t s = 1; s < w.sentence_count(); ++s) {
    if (w.sentence_end(s) - w.sentence_begin(s) == 1 && w.is(w.sentence_begin(s), "glossary")) {
      return s;
    }
  }
  return std::nullopt;
}

// A rating defined, not given: a glossary entry ("Outstanding: the highest rating ..."),
// the rating opening its sentence with a colon after it, or anything under a glossary.
bool defines_the_rating(const WordView& w, const Context& c, std::optional<std::size_t> glossary) {
  if (glossary && c.sentence > *glossary) return true;
  return c.at == c.from && c.end < c.to && w.gap_before(c.end).find(':') != std::string_view::npos;
}

// Negated, hypothetical or an aim: "was not rated", "could be rated", "aims to be rated".
bool not_asserted(const WordView& w, const Context& c) {
  return w.any_in(words_back(c.at, kGoverningWords, c.clause), c.at, kNegation) ||
         rating_negated_before(w, c.from, c.at) ||
         hypothetical_in(w, words_back(c.at, kHypotheticalWords, c.clause), c.at);
}

// Another inspection's rating, earlier or later: named by its year in the clause or after
// the mention, or by the words around it ("up from", "went on to be", "at its last
// inspection").
bool another_inspections(const WordView& w, const Context& c, std::optional<int> year) {
  return other_year_in(w, c.clause, c.at, year) || w.any_in(c.clause, c.at, kLater) ||
         w.any_in(c.end, std::min(c.to, c.end + kWordsAfter), kLaterAfter) ||
         w.any_in(words_back(c.at, kEarlierWords, c.from), c.at, kEarlier) ||
         earlier_after_being(w, c) || w.any_in(c.end, c.after, kEarlierAfter) ||
         other_year_in(w, c.end, c.after, year);
}

// The rating of something other than the service: a part of the work ("resettlement was
// rated 'Outstanding'", "'outstanding' partnerships"), a share of cases ("good enough in
// 36 per cent"), another inspectorate's verdict, or another service named just before.
bool rates_something_else(const WordView& w, const Context& c, bool overall, bool ofsted_article,
                          const std::vector<AreaMention>& area_mentions,
                          std::optional<std::size_t> area) {
  if (!overall && aspect_is_subject(w, words_back(c.at, kSubjectWords, c.from), c.at)) return true;
  if (w.is(c.end, "enough")) return true;
  if (c.end < c.to && w.any_in(c.end, c.end + 1, kAspect)) return true;
  if (!ofsted_article && w.any_in(c.from, c.to, std::array<std::string_view, 1>{"ofsted"})) {
    return true;
  }
  bool other_service = false;  // the last service named before the mention decides
  for (const AreaMention& m : area_mentions) {
    if (m.word >= c.from && m.word < c.at && c.at - m.word <= kOtherServiceWords) {
      other_service = area ? m.area != *area : !c.title;
    }
  }
  return other_service;
}

double score_of(const WordView& w, const RatingMention& mention, const Context& c,
                const Marks& marks) {
  double score = mention.phrase_rating ? kStrongEvidence : kWeakEvidence;
  for (const bool strong : {marks.quoted, marks.cue, marks.overall, c.title}) {
    if (strong) score += kStrongEvidence;
  }
  if (mention.phrase_rating && w.any_in(words_back(c.at, kCueWords, c.from), c.at, kSubject)) {
    score += kWeakEvidence;
  }
  if (w.any_in(words_back(c.at, kSubjectWords, c.from), c.at, kAwarded)) score += kWeakEvidence;
  return score;
}

}  // namespace

std::optional<Found<Rating>> extract_rating(const WordView& words, std::size_t own_end,
                                            const std::vector<AreaMention>& area_mentions,
                                            std::optional<std::size_t> area,
                                            std::optional<int> year) {
  const bool ofsted_article =
      words.any_in(0, words.sentence_end(0), std::array<std::string_view, 1>{"ofsted"});
  double best_score = 0;
  std::optional<Rating> best;
  std::size_t best_sentence = 0;
  const std::optional<std::size_t> glossary = glossary_heading(words);
  // Ratings in the list of other stories under the article are theirs.
  for (std::size_t i = 0; i < own_end; ++i) {
    const auto mention = rating_at(words, i);
    if (!mention) continue;
    const Context c = context_of(words, i, *mention);
    if (explains_the_scale(words, c) || defines_the_rating(words, c, glossary) ||
        not_asserted(words, c) || another_inspections(words, c, year)) {
      continue;
    }
    const Marks marks = marks_of(words, c);
    // "good practice", "outstanding work": adjectives, not ratings.
    const bool adjective = !mention->phrase_rating && !marks.quoted && !marks.cue && !marks.overall;
    if (adjective ||
        rates_something_else(words, c, marks.overall, ofsted_article, area_mentions, area)) {
      continue;
    }
    if (const double score = score_of(words, *mention, c, marks); score > best_score) {
      best_score = score;
      best = mention->rating;
      best_sentence = c.sentence;
    }
  }
  if (!best || best_score < kLeastScore) return std::nullopt;
  // The evidence is the sentence of the very mention the value was read from.
  return Found<Rating>{*best, words.sentence_text(best_sentence)};
}

}  // namespace yjs::extract
