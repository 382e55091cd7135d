// Chief inspector: a person's name written right next to the title "Chief Inspector (of
// Probation)", before or after it ("Chief Inspector of Probation, Justin Russell, said",
// "said Martin Jones CBE, the chief inspector"). Honorifics and post-nominal letters are
// dropped; other inspectorates' chiefs and past office-holders are passed over.
#include <array>
#include <map>

#include "common/extract/extract.h"
#include "common/person_name.h"

namespace yjs::extract {
namespace {

// Capitalised words that are never part of a person's name here.
constexpr std::array<std::string_view, 32> kNotName = {
    "the",      "hm",        "his",     "her",       "majesty", "chief",   "inspector",
    "probation", "said",     "says",    "and",       "of",      "in",      "for",
    "a",        "city",      "county",  "council",   "service", "team",    "borough",
    "justice",  "youth",     "report",  "inspectorate", "interim", "acting", "assistant",
    "deputy",   "when",      "by",      "posted"};
// Words before or after "chief inspector" that make it another inspectorate's chief.
constexpr std::array<std::string_view, 9> kOtherInspectorate = {
    "prisons", "ofsted", "constabulary", "fire", "education", "schools", "social care",
    "crown prosecution", "police"};

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& list) {
  for (std::string_view item : list) {
    if (word == item) return true;
  }
  return false;
}

bool is_name_word(const WordView& w, std::size_t i) {
  if (i >= w.size() || !w.capitalised(i) || w.is_number(i)) return false;
  if (is_one_of(w.word(i), kNotName) || is_honorific(w.word(i))) return false;
  // "CYPJS", "YOT": more than one capital in a row is an acronym, not a name.
  const std::string_view original = w.original(i);
  return !(original.size() > 1 && original[1] >= 'A' && original[1] <= 'Z');
}

// Only spaces between two words of one name.
bool joined_by_space(const WordView& w, std::size_t i) { return w.gap_before(i) == " "; }

std::string join_name(const WordView& w, std::size_t first, std::size_t last) {
  std::string name;
  for (std::size_t k = first; k <= last; ++k) {
    if (!name.empty()) name += ' ';
    name += w.original(k);
  }
  return name;
}

// The name written just after the title ending at `end`: "…, Justin Russell, said".
std::optional<std::pair<std::size_t, std::size_t>> name_after(const WordView& w, std::size_t end) {
  std::size_t k = end;
  if (k < w.size() && w.sentence_of(k) != w.sentence_of(end - 1)) return std::nullopt;
  if (k < w.size() && is_honorific(w.word(k))) ++k;
  const std::size_t first = k;
  while (k < w.size() && k - first < 3 && is_name_word(w, k) &&
         (k == first || joined_by_space(w, k))) {
    ++k;
  }
  if (k - first < 2) return std::nullopt;
  return std::pair{first, k - 1};
}

// The name written just before the title starting at `begin`: "Justin Russell, HM Chief…".
std::optional<std::pair<std::size_t, std::size_t>> name_before(const WordView& w,
                                                               std::size_t begin) {
  if (begin == 0) return std::nullopt;
  std::size_t k = begin;  // one past the name's last word
  while (k > 0 && is_post_nominal(w.word(k - 1))) --k;
  const std::size_t last = k;
  while (k > 0 && last - k < 3 && is_name_word(w, k - 1) &&
         (k == last || joined_by_space(w, k))) {
    --k;
  }
  if (last - k < 2 || w.sentence_of(k) != w.sentence_of(begin)) return std::nullopt;
  return std::pair{k, last - 1};
}

// "Paul Wilson, who took over as interim HM Chief Inspector of Probation, said": the name
// before a "who" clause that ends in the title.
std::optional<std::pair<std::size_t, std::size_t>> name_before_who(const WordView& w,
                                                                   std::size_t begin) {
  const std::size_t from = std::max(w.sentence_begin(w.sentence_of(begin)), begin >= 8 ? begin - 8 : 0);
  for (std::size_t k = begin; k > from; --k) {
    if (w.is(k - 1, "who") && w.gap_before(k - 1) == ", ") return name_before(w, k - 1);
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 10> kSpeechVerbs = {
    "said", "says", "added", "published", "warned", "explained", "commented", "noted",
    "welcomed", "told"};

// "Dame Glenys Stacey published the report": a name that is the subject of a speech or
// publishing verb somewhere in sentences [from, to).
std::optional<std::pair<std::size_t, std::size_t>> speaker_in(const WordView& w, std::size_t from,
                                                              std::size_t to) {
  for (std::size_t k = w.sentence_begin(from); k < w.sentence_end(to - 1); ++k) {
    std::size_t first = k;
    if (is_honorific(w.word(k))) ++first;
    std::size_t end = first;
    while (end < w.size() && end - first < 3 && is_name_word(w, end) &&
           (end == first || joined_by_space(w, end))) {
      ++end;
    }
    if (end - first >= 2 && end < w.size() && is_one_of(w.word(end), kSpeechVerbs) &&
        joined_by_space(w, end)) {
      return std::pair{first, end - 1};
    }
  }
  return std::nullopt;
}

struct Candidate {
  std::string name;
  std::size_t sentence;
};

}  // namespace

std::optional<FacetValue<std::string>> extract_inspector(const WordView& words) {
  bool mentions_probation = false;
  for (std::size_t i = 0; i < words.size() && !mentions_probation; ++i) {
    mentions_probation = words.is(i, "probation");
  }
  bool mentions_youth_justice = false;
  for (std::size_t i = 0; i < words.size() && !mentions_youth_justice; ++i) {
    mentions_youth_justice = words.matches(i, "youth justice") || words.matches(i, "youth offending");
  }
  std::vector<Candidate> candidates;
  std::optional<std::size_t> unnamed_title_sentence;  // "…, the Chief Inspector of Probation has said."
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (!(words.is(i, "chief") && words.is(i + 1, "inspector"))) continue;
    // The whole title: [begin, end).
    std::size_t begin = i;
    while (begin > 0 && (words.is(begin - 1, "hm") || words.is(begin - 1, "interim") ||
                         words.is(begin - 1, "acting") || words.is(begin - 1, "assistant") ||
                         words.is(begin - 1, "deputy") || words.is(begin - 1, "the"))) {
      --begin;
    }
    if (begin >= 3 && words.matches(begin - 3, "his majesty s")) begin -= 3;
    if (begin >= 3 && words.matches(begin - 3, "her majesty s")) begin -= 3;
    std::size_t end = i + 2;
    bool of_probation = false;
    if (words.matches(end, "of probation")) {
      end += 2;
      of_probation = true;
    }
    // Another inspectorate's chief ("Chief Inspector of Prisons", "Ofsted's chief inspector").
    bool other = false;
    const std::size_t window_from = begin >= 3 ? begin - 3 : 0;
    for (std::size_t k = window_from; k < std::min(words.size(), end + 3) && !of_probation; ++k) {
      for (std::string_view name : kOtherInspectorate) {
        if (words.matches(k, name)) other = true;
      }
    }
    // A youth justice article's unqualified "Assistant Chief Inspector" is probation's.
    const bool deputy = words.is(begin, "assistant") || words.is(begin, "deputy");
    if (other || (!of_probation && !mentions_probation && !(deputy && mentions_youth_justice))) {
      continue;
    }
    // "the then chief inspector", "former chief inspector".
    const std::size_t look_back =
        std::max(words.sentence_begin(words.sentence_of(i)), begin >= 4 ? begin - 4 : 0);
    bool past = false;
    for (std::size_t k = look_back; k < i; ++k) {
      past = past || words.is(k, "then") || words.is(k, "former") || words.is(k, "previous") ||
             words.is(k, "late") || words.is(k, "was") || words.is(k, "predecessor");
    }
    if (past) continue;
    auto span = name_after(words, end);
    if (!span) span = name_before(words, begin);
    if (!span) span = name_before_who(words, begin);
    // "appointed Martin Jones as HM Chief Inspector of Probation".
    if (!span && begin > 0 && words.is(begin - 1, "as")) span = name_before(words, begin - 1);
    if (!span) {
      if (!unnamed_title_sentence) unnamed_title_sentence = words.sentence_of(i);
      continue;
    }
    if (span->first >= 2 && (words.is(span->first - 1, "then") || words.is(span->first - 1, "former"))) {
      continue;
    }
    if (Gazetteer::builtin().canonical(join_name(words, span->first, span->second))) continue;
    candidates.push_back({join_name(words, span->first, span->second), words.sentence_of(i)});
  }
  if (candidates.empty() && unnamed_title_sentence) {
    // The title without a name: the person who speaks or publishes just after it.
    const std::size_t from = *unnamed_title_sentence;
    const std::size_t to = std::min(words.sentence_count(), from + 3);
    if (const auto span = speaker_in(words, from, to);
        span && !Gazetteer::builtin().canonical(join_name(words, span->first, span->second))) {
      candidates.push_back({join_name(words, span->first, span->second), words.sentence_of(span->first)});
    }
  }
  if (candidates.empty()) return std::nullopt;

  // Several people: the one the article returns to most ("Mr Russell said") speaks for it.
  std::map<std::string, int> surname_mentions;
  for (const Candidate& c : candidates) {
    const std::string surname = c.name.substr(c.name.rfind(' ') + 1);
    int count = 0;
    for (std::size_t i = 0; i < words.size(); ++i) count += words.original(i) == surname;
    surname_mentions[c.name] = count;
  }
  const Candidate* best = &candidates.front();
  for (const Candidate& c : candidates) {
    if (surname_mentions[c.name] > surname_mentions[best->name]) best = &c;
  }
  return FacetValue<std::string>{best->name, words.sentence_text(best->sentence)};
}

}  // namespace yjs::extract
