// WordView: an article's title and body as a sequence of folded words, with the
// sentence and line each word belongs to and a way back to the original text.
// What a word is when prose is read for meaning: the facet extractors, the gazetteer's
// names, people's names (person_name.h) and the synonym acronyms all read words through
// it. (Index and query terms are text::Analyzer's words, which follow Xapian's parser.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yjs::extract {

// True when words i, i+1, ... of a sequence of `count` words are `phrase` (words separated
// by single spaces); `word_at(k)` gives word k. Walks the phrase without splitting it: this
// runs for every cue at every candidate position, so it must not allocate or search.
template <typename WordAt>
bool phrase_starts_at(std::size_t count, std::size_t i, std::string_view phrase, WordAt&& word_at) {
  std::size_t at = 0;
  for (;; ++i) {
    if (i >= count) return false;
    const std::string_view w = word_at(i);
    // Most cues differ from the word at their first letter: test it before comparing.
    if (!w.empty() && at < phrase.size() && phrase[at] != w[0]) return false;
    if (phrase.size() - at < w.size() || phrase.compare(at, w.size(), w) != 0) return false;
    at += w.size();
    if (at == phrase.size()) return true;
    if (phrase[at] != ' ') return false;
    ++at;
  }
}

// Where the next word of `source` at or after byte `from` lies, [begin, end), as WordView
// reads words (below); begin == end == source.size() when there is none. With `lines`,
// adds the line ends passed over on the way (a word holds none). The one
// definition of a word's extent: WordView builds on it, and counting words by their
// original text (the synonyms' acronyms) walks it without building a view.
struct WordSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};
WordSpan next_word(std::string_view source, std::size_t from, std::size_t* lines = nullptr);

// Words are runs of letters and digits (never empty): ASCII is lower-cased, other UTF-8 letters
// kept as they are; a letter-digit change splits ("Published12" -> "published", "12"); hyphens,
// apostrophes, quotes and dashes separate words; "&" is the word "and".
class WordView {
 public:
  // Copies nothing but offsets: `title` and `body` must outlive the view.
  WordView(std::string_view title, std::string_view body);

  std::size_t size() const { return words_.size(); }
  std::string_view word(std::size_t i) const {
    return {folded_.data() + words_[i].folded_begin, words_[i].folded_size};
  }
  // True when word i exists and equals `w` (already folded).
  bool is(std::size_t i, std::string_view w) const { return i < size() && word(i) == w; }
  // True when the words from i on are `phrase` (folded words separated by single spaces).
  bool matches(std::size_t i, std::string_view phrase) const {
    // Called for every cue at every word read: settle most at the first letter, inline.
    if (i >= size() || phrase.empty() || phrase[0] != word(i)[0]) return false;
    return phrase_starts_at(size(), i, phrase, [this](std::size_t k) { return word(k); });
  }
  // True when one of `cues` (folded phrases) starts at a word in [from, to).
  template <typename Cues>
  bool any_in(std::size_t from, std::size_t to, const Cues& cues) const {
    for (std::size_t k = from; k < to && k < size(); ++k) {
      const char first = word(k)[0];  // the test most cues fail, read once per word
      for (std::string_view cue : cues) {
        if (cue.starts_with(first) && matches(k, cue)) return true;
      }
    }
    return false;
  }
  bool is_number(std::size_t i) const {
    return i < size() && !word(i).empty() && word(i)[0] >= '0' && word(i)[0] <= '9';
  }
  // The integer value of a word of 1..4 digits, or -1.
  int number(std::size_t i) const {
    if (!is_number(i) || word(i).size() > 4) return -1;
    int value = 0;
    for (char c : word(i)) value = value * 10 + (c - '0');
    return value;
  }
  // The original first character is an ASCII capital (or a non-ASCII letter).
  bool capitalised(std::size_t i) const {
    const char c = words_[i].source[words_[i].begin];
    return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  }
  // The original text between word i-1 and word i (for word 0, what precedes it).
  std::string_view gap_before(std::size_t i) const {
    const Word& w = words_[i];
    if (i > 0 && words_[i - 1].source.data() != w.source.data()) return w.source.substr(0, w.begin);
    return w.source.substr(w.gap_begin, w.begin - w.gap_begin);
  }
  // The original text of word i.
  std::string_view original(std::size_t i) const {
    return words_[i].source.substr(words_[i].begin, words_[i].end - words_[i].begin);
  }

  bool in_title(std::size_t i) const { return words_[i].sentence == 0; }
  std::size_t sentence_of(std::size_t i) const { return words_[i].sentence; }
  std::size_t line_of(std::size_t i) const { return words_[i].line; }
  // First word of sentence s and one past its last word.
  std::size_t sentence_begin(std::size_t s) const { return sentence_starts_[s]; }
  std::size_t sentence_end(std::size_t s) const {
    return s + 1 < sentence_starts_.size() ? sentence_starts_[s + 1] : size();
  }
  std::size_t sentence_count() const { return sentence_starts_.size(); }
  // The original text of sentence s, white space collapsed: a facet's evidence.
  std::string sentence_text(std::size_t s) const;

 private:
  struct Word {
    std::size_t folded_begin = 0;  // the folded word is folded_[folded_begin, + folded_size)
    std::size_t folded_size = 0;
    std::string_view source;  // where the original text lives (title or body)
    std::size_t begin = 0;    // byte offsets in `source`
    std::size_t end = 0;
    std::size_t gap_begin = 0;  // end of the previous word in `source` (or 0)
    std::size_t sentence = 0;
    std::size_t line = 0;
  };
  // Adds the words of `source`, which starts at `folded_offset` in folded_.
  void add_words(std::string_view source, std::size_t folded_offset, std::size_t& line);

  std::vector<Word> words_;
  std::string folded_;  // title and body folded, then "and": one buffer, not a string a word
  std::vector<std::size_t> sentence_starts_;
};

}  // namespace yjs::extract
