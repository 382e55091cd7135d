// Chief inspector: a person's name written right next to the title "Chief Inspector (of
// Probation)", before or after it ("Chief Inspector of Probation, Justin Russell, said",
// "said Martin Jones CBE, the chief inspector"). Honorifics and post-nominal letters are
// dropped; other inspectorates' chiefs and past office-holders are passed over.
#include <array>
#include <map>

#include "common/person_name.h"
#include "indexer/extract/extract.h"

namespace yjs::extract {
namespace {

// Capitalised words that are never part of a person's name here.
constexpr std::array<std::string_view, 32> kNotName = {
    "the",       "hm",    "his",    "her",          "majesty", "chief",  "inspector",
    "probation", "said",  "says",   "and",          "of",      "in",     "for",
    "a",         "city",  "county", "council",      "service", "team",   "borough",
    "justice",   "youth", "report", "inspectorate", "interim", "acting", "assistant",
    "deputy",    "when",  "by",     "posted"};
// Words before or after "chief inspector" that make it another inspectorate's chief.
constexpr std::array<std::string_view, 9> kOtherInspectorate = {
    "prisons", "ofsted",      "constabulary",      "fire",  "education",
    "schools", "social care", "crown prosecution", "police"};

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

// The first and last word of a name.
using Span = std::pair<std::size_t, std::size_t>;

// A name has two or three words ("Justin Russell", "Dame Glenys Stacey" without "Dame").
constexpr std::size_t kLeastNameWords = 2;
constexpr std::size_t kMostNameWords = 3;
// A "who" clause ending in the title starts within this many words before it.
constexpr std::size_t kWhoClauseWords = 8;
// Another inspectorate is named within this many words of the title...
constexpr std::size_t kOtherInspectorateWords = 3;
// ...and a past office-holder is marked within this many words before it.
constexpr std::size_t kPastWords = 4;
// An unnamed title's speaker is looked for in its sentence and the next two.
constexpr std::size_t kSpeakerSentences = 3;

// Words that qualify the title before it: "HM", "the interim", "Acting", ...
constexpr std::array<std::string_view, 6> kTitleQualifiers = {"hm",        "interim", "acting",
                                                              "assistant", "deputy",  "the"};
// Words before the title that mark a past office-holder ("the then chief inspector").
constexpr std::array<std::string_view, 6> kPast = {"then", "former", "previous",
                                                   "late", "was",    "predecessor"};

// One past the last word of the name starting at `first` (`first` when there is none).
std::size_t name_end(const WordView& w, std::size_t first) {
  std::size_t end = first;
  while (end < w.size() && end - first < kMostNameWords && is_name_word(w, end) &&
         (end == first || joined_by_space(w, end))) {
    ++end;
  }
  return end;
}

// The name written just after the title ending at `end`: "…, Justin Russell, said".
std::optional<Span> name_after(const WordView& w, std::size_t end) {
  std::size_t first = end;
  if (first < w.size() && w.sentence_of(first) != w.sentence_of(end - 1)) return std::nullopt;
  if (first < w.size() && is_honorific(w.word(first))) ++first;
  const std::size_t last_end = name_end(w, first);
  if (last_end - first < kLeastNameWords) return std::nullopt;
  return Span{first, last_end - 1};
}

// The name written just before the title starting at `begin`: "Justin Russell, HM Chief…".
std::optional<Span> name_before(const WordView& w, std::size_t begin) {
  if (begin == 0) return std::nullopt;
  std::size_t k = begin;  // one past the name's last word
  while (k > 0 && is_post_nominal(w.word(k - 1))) --k;
  const std::size_t last = k;
  while (k > 0 && last - k < kMostNameWords && is_name_word(w, k - 1) &&
         (k == last || joined_by_space(w, k))) {
    --k;
  }
  if (last - k < kLeastNameWords || w.sentence_of(k) != w.sentence_of(begin)) return std::nullopt;
  return Span{k, last - 1};
}

// "Paul Wilson, who took over as interim HM Chief Inspector of Probation, said": the name
// before a "who" clause that ends in the title.
std::optional<Span> name_before_who(const WordView& w, std::size_t begin) {
  const std::size_t from =
      words_back(begin, kWhoClauseWords, w.sentence_begin(w.sentence_of(begin)));
  for (std::size_t k = begin; k > from; --k) {
    if (w.is(k - 1, "who") && w.gap_before(k - 1) == ", ") return name_before(w, k - 1);
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 10> kSpeechVerbs = {
    "said",      "says",      "added", "published", "warned",
    "explained", "commented", "noted", "welcomed",  "told"};

// "Dame Glenys Stacey published the report": a name that is the subject of a speech or
// publishing verb somewhere in sentences [from, to).
std::optional<Span> speaker_in(const WordView& w, std::size_t from, std::size_t to) {
  for (std::size_t k = w.sentence_begin(from); k < w.sentence_end(to - 1); ++k) {
    const std::size_t first = is_honorific(w.word(k)) ? k + 1 : k;
    const std::size_t end = name_end(w, first);
    if (end - first >= kLeastNameWords && end < w.size() && is_one_of(w.word(end), kSpeechVerbs) &&
        joined_by_space(w, end)) {
      return Span{first, end - 1};
    }
  }
  return std::nullopt;
}

// A chief inspector's title where the words "chief inspector" stand: [begin, end) with
// what qualifies it ("the interim HM Chief Inspector of Probation").
struct Title {
  std::size_t at = 0;  // "chief"
  std::size_t begin = 0;
  std::size_t end = 0;
  bool of_probation = false;
};

Title title_at(const WordView& w, std::size_t i) {
  Title t{i, i, i + 2, false};
  while (t.begin > 0 && is_one_of(w.word(t.begin - 1), kTitleQualifiers)) --t.begin;
  if (t.begin >= 3 && w.matches(t.begin - 3, "his majesty s")) t.begin -= 3;
  if (t.begin >= 3 && w.matches(t.begin - 3, "her majesty s")) t.begin -= 3;
  if (w.matches(t.end, "of probation")) {
    t.end += 2;
    t.of_probation = true;
  }
  return t;
}

// What the article is about, which tells whose chief an unqualified title is.
struct Topic {
  bool probation = false;      // "probation" anywhere
  bool youth_justice = false;  // "youth justice" or "youth offending" anywhere
};

Topic topic_of(const WordView& w) {
  Topic topic;
  for (std::size_t i = 0; i < w.size() && !(topic.probation && topic.youth_justice); ++i) {
    topic.probation = topic.probation || w.is(i, "probation");
    topic.youth_justice =
        topic.youth_justice || w.matches(i, "youth justice") || w.matches(i, "youth offending");
  }
  return topic;
}

// Probation's chief inspector: "of Probation", any title in an article about probation, and
// in a youth justice article an unqualified "Assistant Chief Inspector"; never another
// inspectorate's ("Chief Inspector of Prisons", "Ofsted's chief inspector").
bool probations(const WordView& w, const Title& t, const Topic& topic) {
  if (t.of_probation) return true;
  const std::size_t from = words_back(t.begin, kOtherInspectorateWords);
  if (w.any_in(from, std::min(w.size(), t.end + kOtherInspectorateWords), kOtherInspectorate)) {
    return false;
  }
  const bool deputy = w.is(t.begin, "assistant") || w.is(t.begin, "deputy");
  return topic.probation || (deputy && topic.youth_justice);
}

// "the then chief inspector", "former chief inspector": a past office-holder.
bool past_office_holder(const WordView& w, const Title& t) {
  const std::size_t from = words_back(t.begin, kPastWords, w.sentence_begin(w.sentence_of(t.at)));
  return w.any_in(from, t.at, kPast);
}

// "Chief Inspector's blog - Martin Jones": the chief inspector's blog headed by the name.
std::optional<Span> blog_author(const WordView& w, const Title& t) {
  const std::size_t after = t.end + 2;
  if (!w.matches(t.end, "s blog") || after >= w.size()) return std::nullopt;
  const std::string_view gap = w.gap_before(after);
  const bool dash = gap.find_first_of("-:") != std::string_view::npos ||
                    gap.find("\xE2\x80\x93") != std::string_view::npos;
  return dash ? name_after(w, after) : std::nullopt;
}

// The name written beside the title: after it (or after "'s blog -"), before it, before a
// "who" clause ending in it, or before "as" it ("appointed Martin Jones as HM Chief Inspector of
// Probation").
std::optional<Span> name_beside(const WordView& w, const Title& t) {
  if (auto span = name_after(w, t.end)) return span;
  if (auto span = blog_author(w, t)) return span;
  if (auto span = name_before(w, t.begin)) return span;
  if (auto span = name_before_who(w, t.begin)) return span;
  if (t.begin > 0 && w.is(t.begin - 1, "as")) return name_before(w, t.begin - 1);
  return std::nullopt;
}

// A service's name that reads like a person's ("North Yorkshire"): no inspector.
bool is_place(const WordView& w, const Span& span) {
  return Gazetteer::builtin().canonical(join_name(w, span.first, span.second)).has_value();
}

struct Candidate {
  std::string name;
  std::size_t sentence;
};

// The chief inspector named beside a title of probation's current chief, if any.
std::optional<Candidate> named_by_title(const WordView& w, const Span& span, const Title& t) {
  const bool past =
      span.first >= 2 && (w.is(span.first - 1, "then") || w.is(span.first - 1, "former"));
  if (past || is_place(w, span)) return std::nullopt;
  return Candidate{join_name(w, span.first, span.second), w.sentence_of(t.at)};
}

// The title without a name ("…, the Chief Inspector of Probation has said."): the person who
// speaks or publishes in its sentence or just after it.
std::optional<Candidate> speaker_after(const WordView& w, std::size_t sentence) {
  const auto span =
      speaker_in(w, sentence, std::min(w.sentence_count(), sentence + kSpeakerSentences));
  if (!span || is_place(w, *span)) return std::nullopt;
  return Candidate{join_name(w, span->first, span->second), w.sentence_of(span->first)};
}

// Of several people, the one the article returns to most ("Mr Russell said") speaks for it.
const Candidate& most_mentioned(const WordView& w, const std::vector<Candidate>& candidates) {
  std::map<std::string, int> surname_mentions;
  for (const Candidate& c : candidates) {
    const std::string surname = c.name.substr(c.name.rfind(' ') + 1);
    int count = 0;
    for (std::size_t i = 0; i < w.size(); ++i) count += w.original(i) == surname;
    surname_mentions[c.name] = count;
  }
  const Candidate* best = &candidates.front();
  for (const Candidate& c : candidates) {
    if (surname_mentions[c.name] > surname_mentions[best->name]) best = &c;
  }
  return *best;
}

}  // namespace

std::optional<Found<std::string>> extract_inspector(const WordView& words) {
  const Topic topic = topic_of(words);
  std::vector<Candidate> candidates;
  std::optional<std::size_t> unnamed_title_sentence;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (!(words.is(i, "chief") && words.is(i + 1, "inspector"))) continue;
    const Title title = title_at(words, i);
    if (!probations(words, title, topic) || past_office_holder(words, title)) continue;
    if (const auto span = name_beside(words, title)) {
      if (auto candidate = named_by_title(words, *span, title)) candidates.push_back(*candidate);
    } else if (!unnamed_title_sentence) {
      unnamed_title_sentence = words.sentence_of(i);
    }
  }
  if (candidates.empty() && unnamed_title_sentence) {
    if (auto speaker = speaker_after(words, *unnamed_title_sentence))
      candidates.push_back(*speaker);
  }
  if (candidates.empty()) return std::nullopt;
  const Candidate& best = most_mentioned(words, candidates);
  return Found<std::string>{best.name, words.sentence_text(best.sentence)};
}

}  // namespace yjs::extract
