#include "common/extract/word_view.h"

#include <array>

namespace yjs::extract {
namespace {

constexpr bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 punctuation at s[i] that separates words (quotes, dashes,
// ellipsis, bullets: U+2000..U+206F; no-break space U+00A0), or 0.
std::size_t punctuation_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (byte(i) == 0xE2 && i + 2 < s.size() && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81)) return 3;
  if (byte(i) == 0xC2 && i + 1 < s.size() &&
      (byte(i + 1) == 0xA0 || byte(i + 1) == 0xAB || byte(i + 1) == 0xBB)) {
    return 2;
  }
  return 0;
}

// The kind of each ASCII character for word building: 0 separator, 1 letter, 2 digit.
constexpr std::array<unsigned char, 128> kAsciiKinds = [] {
  std::array<unsigned char, 128> kinds{};
  for (int c = 0; c < 128; ++c) kinds[c] = is_ascii_alpha(char(c)) ? 1 : is_digit(char(c)) ? 2 : 0;
  return kinds;
}();

// Kind of character for word building: 0 separator, 1 letter, 2 digit. Called for every
// byte of every article, so ASCII is read from a table.
int kind(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return kAsciiKinds[c];
  return punctuation_length(s, i) == 0 ? 1 : 0;
}

// A sentence ends in this gap when it holds a line end, or a full stop, question or
// exclamation mark followed by white space.
bool ends_sentence(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] == '\n') return true;
    if ((gap[i] == '.' || gap[i] == '?' || gap[i] == '!') && i + 1 < gap.size() &&
        (gap[i + 1] == ' ' || gap[i + 1] == '"' || gap[i + 1] == '\'' ||
         static_cast<unsigned char>(gap[i + 1]) == 0xE2)) {
      return true;
    }
  }
  return false;
}

}  // namespace

WordView::WordView(std::string_view title, std::string_view body) {
  // About one word per five bytes of prose: room for them all at once, not by doublings.
  words_.reserve((title.size() + body.size()) / 5 + 1);
  // The title and body ASCII-lower-cased, then the "and" that "&" folds to: every folded
  // word is a piece of this one buffer, at its original's offset.
  folded_.reserve(title.size() + body.size() + 3);
  folded_.append(title).append(body);
  for (char& c : folded_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  folded_ += "and";
  std::size_t line = 0;
  add_words(title, 0, line);
  const std::size_t title_words = words_.size();
  line += 1;
  add_words(body, title.size(), line);
  // Sentence 0 is the title (possibly empty); the body starts sentence 1.
  sentence_starts_ = {0, title_words};
  for (std::size_t i = title_words + 1; i < words_.size(); ++i) {
    if (ends_sentence(gap_before(i))) sentence_starts_.push_back(i);
  }
  std::size_t s = 0;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    while (s + 1 < sentence_starts_.size() && sentence_starts_[s + 1] <= i) ++s;
    words_[i].sentence = s;
  }
}

WordSpan next_word(std::string_view source, std::size_t from, std::size_t* lines) {
  std::size_t i = from;
  while (i < source.size()) {
    if (source[i] == '\n' && lines) ++*lines;
    if (source[i] == '&') return {i, i + 1};
    const int k = kind(source, i);
    if (k == 0) {
      // Only a non-ASCII separator is longer than one byte.
      const bool ascii = static_cast<unsigned char>(source[i]) < 0x80;
      const std::size_t skip = ascii ? 0 : punctuation_length(source, i);
      i += skip ? skip : 1;
      continue;
    }
    const std::size_t begin = i;
    while (i < source.size() && kind(source, i) == k) ++i;
    return {begin, i};
  }
  return {source.size(), source.size()};
}

void WordView::add_words(std::string_view source, std::size_t folded_offset, std::size_t& line) {
  const std::size_t and_begin = folded_.size() - 3;
  std::size_t gap_begin = 0;
  for (WordSpan span = next_word(source, 0, &line); span.begin < source.size();
       span = next_word(source, span.end, &line)) {
    const bool ampersand = source[span.begin] == '&';
    const std::size_t folded_begin = ampersand ? and_begin : folded_offset + span.begin;
    const std::size_t folded_size = ampersand ? 3 : span.end - span.begin;
    words_.push_back({folded_begin, folded_size, source, span.begin, span.end, gap_begin, 0, line});
    gap_begin = span.end;
  }
}

std::string WordView::sentence_text(std::size_t s) const {
  const std::size_t first = sentence_begin(s);
  const std::size_t last = sentence_end(s);
  if (first >= last) return {};
  const Word& a = words_[first];
  const Word& b = words_[last - 1];
  // Take in an opening quote, so "‘Good’ rating for…" keeps its first character.
  std::size_t begin = a.begin;
  if (begin >= 1 && (a.source[begin - 1] == '\'' || a.source[begin - 1] == '"')) {
    begin -= 1;
  } else if (begin >= 3 && punctuation_length(a.source, begin - 3) == 3) {
    begin -= 3;
  }
  std::string_view text = a.source.substr(begin, a.end - begin);
  if (a.source.data() == b.source.data()) {
    // Take in a closing full stop or quote, so the evidence reads as a sentence.
    std::size_t end = b.end;
    while (end < a.source.size() && end - b.end < 4 && a.source[end] != '\n' &&
           a.source[end] != ' ') {
      ++end;
    }
    text = a.source.substr(begin, end - begin);
  }
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace yjs::extract
