// Area: the gazetteer finds every named service; the words around each mention decide
// whether it is the article's subject ("Leicester City Youth Justice Service", "youth
// offending work in Leicestershire") or a place named in passing.
#include <array>
#include <map>

#include "indexer/extract/extract.h"

namespace yjs::extract {
namespace {

// Words that name a youth justice service when they follow a place name.
constexpr std::array<std::string_view, 11> kServiceAfter = {
    "youth offending",
    "youth justice",
    "youth and justice",
    "yot",
    "yos",
    "yjs",
    "yjt",
    "cypjs",
    "children and young people s justice",
    "children young people s justice",
    "youth inclusion and support",
};

// Words allowed between a place name and the service words: "Leicester's", "City", ...
std::size_t skip_qualifiers(const WordView& w, std::size_t j) {
  for (int rounds = 0; rounds < 3; ++rounds) {
    if (w.is(j, "s") || w.is(j, "city") || w.is(j, "county") || w.is(j, "borough") ||
        w.is(j, "council") || w.is(j, "metropolitan")) {
      ++j;
    } else {
      break;
    }
  }
  return j;
}

bool service_words_after(const WordView& w, std::size_t end) {
  const std::size_t j = skip_qualifiers(w, end);
  for (std::string_view phrase : kServiceAfter) {
    if (w.matches(j, phrase)) return true;
  }
  return false;
}

// "youth offending work in X", "the youth justice service for X".
bool service_words_before(const WordView& w, std::size_t begin) {
  if (begin < 3) return false;
  const std::size_t prep = begin - 1;
  if (!(w.is(prep, "in") || w.is(prep, "for") || w.is(prep, "of") || w.is(prep, "at") ||
        w.is(prep, "covering") || w.is(prep, "serving"))) {
    return false;
  }
  for (std::size_t back = 2; back <= 5 && back <= begin; ++back) {
    const std::size_t k = begin - back;
    if (w.sentence_of(k) != w.sentence_of(begin)) break;
    if (w.is(k, "youth") && (w.is(k + 1, "offending") || w.is(k + 1, "justice"))) return true;
  }
  return false;
}

}  // namespace

namespace {

struct Score {
  double total = 0;
  int strong = 0;
  std::optional<std::size_t> evidence_sentence;
};

}  // namespace

std::optional<Found<std::string>> extract_area(const WordView& words,
                                               const std::vector<AreaMention>& mentions,
                                               const Gazetteer& gazetteer) {
  if (mentions.empty()) return std::nullopt;
  std::map<std::size_t, Score> scores;
  for (const AreaMention& m : mentions) {
    Score& s = scores[m.area];
    const bool title = words.in_title(m.word);
    const bool strong =
        service_words_after(words, m.word + m.length) || service_words_before(words, m.word);
    if (strong) {
      s.total += title ? 6 : (s.strong == 0 ? 4 : 1);
      ++s.strong;
      if (!s.evidence_sentence) s.evidence_sentence = words.sentence_of(m.word);
    } else {
      s.total += title ? 3 : 0.5;
      if (title && !s.evidence_sentence) s.evidence_sentence = 0;
    }
  }
  // Two services named in the headline ("… in Slough and Bournemouth"): a story about both.
  int areas_in_title = 0;
  for (const auto& [area, score] : scores) areas_in_title += score.evidence_sentence == 0;
  if (areas_in_title >= 2) return std::nullopt;
  const Score* best = nullptr;
  std::size_t best_area = 0;
  for (const auto& [area, score] : scores) {
    if (!best || score.total > best->total) {
      best = &score;
      best_area = area;
    }
  }
  // The subject must be named as a service somewhere, or in the headline.
  if (best->strong == 0 && best->evidence_sentence != std::optional<std::size_t>(0)) {
    return std::nullopt;
  }
  return Found<std::string>{gazetteer.name(best_area),
                            words.sentence_text(best->evidence_sentence.value_or(0))};
}

}  // namespace yjs::extract
