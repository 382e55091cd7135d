#include "common/text/analyzer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "common/text/hyphen.h"

namespace yjs::text {
namespace {

// The stem cache is cleared when it grows past this many words, which bounds memory on
// huge vocabularies while keeping the frequent words (Zipf) cached nearly all the time.
constexpr std::size_t kStemCacheLimit = 200000;

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

// "U.S.A." style initials: single capital letters each followed by a full stop
// (the last stop is outside the ICU segment). Matches TermGenerator's acronym rule.
bool is_initialism(std::string_view s) {
  if (s.size() < 3) return false;
  for (std::size_t i = 0; i < s.size(); i += 2) {
    if (!is_ascii_upper(s[i])) return false;
    if (i + 1 < s.size() && s[i + 1] != '.') return false;
  }
  return s.size() % 2 == 1;
}

// ASCII punctuation ICU may leave inside a letter word ("gov.uk", "media@host") that
// Xapian's query parser splits at. Apostrophes and underscores stay part of the word.
bool is_inner_separator(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x80 && std::ispunct(u) && c != '\'' && c != '_';
}

// Combining marks and the other characters ICU's word rules attach to what precedes them.
bool is_attached_mark(UChar32 c) {
  const auto kind = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  return kind == U_WB_EXTEND || kind == U_WB_FORMAT || kind == U_WB_ZWJ;
}

// Bytes of the attached marks starting at s[i]. After a separator they belong to it, not
// to the next word: otherwise "@\u0301host" would give a word that analyses differently
// on its own.
std::size_t attached_marks(std::string_view s, std::size_t i) {
  const std::size_t start = i;
  while (i < s.size()) {
    std::size_t next = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), next, s.size(), c);
    if (c < 0 || !is_attached_mark(c)) break;
    i = next;
  }
  return i - start;
}

// True for characters ICU keeps inside a word but never at its edges (apostrophes and
// the like): a piece split off at a separator must not start or end with one either.
bool is_mid_word_only(UChar32 c) {
  const auto kind = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  return kind == U_WB_MIDLETTER || kind == U_WB_MIDNUMLET || kind == U_WB_MIDNUM ||
         kind == U_WB_SINGLE_QUOTE;
}

// `piece` without mid-word-only characters at either end.
std::string_view trim_mid_word_only(std::string_view piece) {
  auto plain = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  if (piece.empty() || (plain(piece.front()) && plain(piece.back())))
    return piece;                                             // the usual case
  const auto size = static_cast<std::int32_t>(piece.size());  // a word is far below 2 GB
  // From the front: an apostrophe and any marks attached to it.
  std::int32_t begin = 0;
  while (begin < size) {
    std::int32_t next = begin;
    UChar32 c = 0;
    U8_NEXT(piece.data(), next, size, c);
    if (c < 0 || !is_mid_word_only(c)) break;
    begin = next + static_cast<std::int32_t>(attached_marks(piece, next));
  }
  // From the back: marks, then the apostrophe they are attached to, if it is one.
  std::int32_t end = size;
  while (end > begin) {
    std::int32_t at = end;
    UChar32 c = 0;
    do {
      U8_PREV(piece.data(), begin, at, c);
    } while (at > begin && c >= 0 && is_attached_mark(c));
    if (c < 0 || !is_mid_word_only(c)) break;
    end = at;
  }
  return piece.substr(begin, end - begin);
}

// True when `word` has a letter or digit. ICU makes a word of "__" but not of "_";
// neither is one here, so any piece of a word is a word on its own too.
bool has_alphanumeric(std::string_view word) {
  const auto size = static_cast<std::int32_t>(word.size());
  for (std::int32_t i = 0; i < size;) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {
      if (std::isalnum(byte)) return true;
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(word.data(), i, size, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

// True for a word of ASCII letters and digits only: ICU's word rules treat it alike
// wherever it stands, so it needs no checking.
bool is_plain(std::string_view word) {
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

// Splits a folded word at inner separators and middle dots (U+00B7, U+2027), or, for a
// number (`is_number`), only at spaces. Spaces appear when folding turns a character ICU
// keeps inside a word into one ("1\u202F000", narrow no-break space, gives "1 000").
template <typename Emit>
void split_at_separators(std::string_view s, bool is_number, Emit&& emit) {
  auto emit_piece = [&emit](std::string_view piece) { emit(trim_mid_word_only(piece)); };
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    if (s[i] == ' ' || (!is_number && is_inner_separator(s[i]))) {
      len = 1;
    } else if (is_number) {
      len = 0;
    } else if (s[i] == '\xC2' && s.compare(i, 2, "\xC2\xB7") == 0) {
      len = 2;
    } else if (s[i] == '\xE2' && s.compare(i, 3, "\xE2\x80\xA7") == 0) {
      len = 3;
    }
    if (len == 0) {
      ++i;
      continue;
    }
    if (i > start) emit_piece(s.substr(start, i - start));
    i += len;
    i += attached_marks(s, i);
    start = i;
  }
  // Also when nothing was split off: folding can put an apostrophe at an edge ("\u02BCand").
  if (start < s.size()) emit_piece(s.substr(start));
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Analyzer::Analyzer(const std::string& language)
    : stemmer_(language), drop_possessive_(language == "english" || language == "en") {}

void Analyzer::segment_words(std::string_view segment, bool is_number,
                             std::vector<std::string>& out) {
  analyse_segment(segment, is_number, /*check=*/true, out);
}

void Analyzer::analyse_segment(std::string_view segment, bool is_number, bool check,
                               std::vector<std::string>& out) {
  std::string unchecked_folded;  // the check below analyses again: keep folded_ intact
  std::string& folded = check ? folded_ : unchecked_folded;
  auto emit = [&](std::string_view word) {
    if (drop_possessive_ && word.size() > 2 && word.ends_with("'s")) {
      word = trim_mid_word_only(word.substr(0, word.size() - 2));
    }
    if (word.empty() || word.size() > kMaxWordBytes || !has_alphanumeric(word)) return;
    if (check && !is_plain(word)) {
      emit_checked(word, out);
    } else {
      out.emplace_back(word);
    }
  };
  if (!is_number && is_initialism(segment)) {
    std::string joined;
    for (std::size_t i = 0; i < segment.size(); i += 2) joined.push_back(segment[i]);
    normalizer_.fold(joined, folded);
    emit(folded);
    return;
  }
  normalizer_.fold(segment, folded);
  split_at_separators(folded, is_number, emit);
}

void Analyzer::emit_checked(std::string_view word, std::vector<std::string>& out) {
  // ICU's word rules have corners (marks after "_", letters that fold to apostrophes)
  // where a word found inside longer text is not a word alone. What the word analyses to
  // alone is what both indexing and queries use.
  const std::string alone(word);
  std::vector<Segment> segments;
  std::vector<std::string> again;
  tokenizer_.segment(alone, segments);
  for (const Segment& seg : segments) {
    if (seg.is_word) {
      analyse_segment(std::string_view(alone).substr(seg.begin, seg.end - seg.begin), seg.is_number,
                      /*check=*/false, again);
    }
  }
  for (std::string& w : again) out.push_back(std::move(w));
}

void Analyzer::words(std::string_view text, std::vector<std::string>& out,
                     std::vector<std::string>* compounds) {
  out.clear();
  if (compounds) compounds->clear();
  tokenizer_.segment(text, segments_);
  auto piece = [&](std::size_t i) {
    return text.substr(segments_[i].begin, segments_[i].end - segments_[i].begin);
  };
  std::size_t parts = 0;  // letter words of the compound that ends at out.back()
  auto close_compound = [&] {
    if (compounds && parts >= 2) {
      std::string closed;
      for (std::size_t k = out.size() - parts; k < out.size(); ++k) closed += out[k];
      if (closed.size() <= kMaxWordBytes) compounds->push_back(std::move(closed));
    }
    parts = 0;
  };
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    const Segment& seg = segments_[i];
    if (!seg.is_word) continue;
    piece_.clear();
    segment_words(piece(i), seg.is_number, piece_);
    const bool letter_word = !seg.is_number && piece_.size() == 1 && !has_digit(piece_[0]);
    const bool after_hyphen = i >= 2 && parts > 0 && !segments_[i - 1].is_word &&
                              segments_[i - 2].is_word && is_compound_hyphen(piece(i - 1));
    if (!(letter_word && after_hyphen)) close_compound();
    for (std::string& word : piece_) out.push_back(std::move(word));
    if (letter_word) ++parts;
  }
  close_compound();
}

std::vector<std::string> Analyzer::words(std::string_view text) {
  std::vector<std::string> out;
  words(text, out);
  return out;
}

std::string Analyzer::stem(std::string_view word) {
  if (word.empty() || (word[0] >= '0' && word[0] <= '9') || stemmer_.is_none()) return "";
  auto found = stem_cache_.find(word);
  if (found != stem_cache_.end()) return found->second;
  if (stem_cache_.size() >= kStemCacheLimit) stem_cache_.clear();
  std::string key(word);
  std::string stemmed = stemmer_(key);
  return stem_cache_.emplace(std::move(key), std::move(stemmed)).first->second;
}

void Analyzer::add_unpositioned(const std::string& word, Xapian::termcount count,
                                const std::string& prefix, Xapian::Document& doc) {
  doc.add_term(prefix + word, count);
  const std::string stemmed = stem(word);
  if (!stemmed.empty()) doc.add_term("Z" + prefix + stemmed, count);
}

std::vector<Segment> Analyzer::segments(std::string_view text) {
  std::vector<Segment> out;
  tokenizer_.segment(text, out);
  return out;
}

std::vector<std::string> Analyzer::index_text(std::string_view text, Xapian::Document& doc,
                                              Xapian::termpos& pos, const std::string& prefix) {
  std::vector<std::string> text_words;
  words(text, text_words, &compounds_);
  // Each stem term is added once per distinct word, with the word's count as its wdf:
  // the same terms TermGenerator makes, with far fewer stemmer and Document lookups.
  word_counts_.clear();
  std::string term;
  for (const std::string& word : text_words) {
    term.assign(prefix).append(word);
    doc.add_posting(term, ++pos);
    ++word_counts_[word];
  }
  for (const auto& [word, count] : word_counts_) {
    const std::string stemmed = stem(word);
    if (!stemmed.empty()) {
      term.assign("Z").append(prefix).append(stemmed);
      doc.add_term(term, count);
    }
  }
  for (const std::string& closed : compounds_) add_unpositioned(closed, 1, prefix, doc);
  return text_words;
}

}  // namespace yjs::text
