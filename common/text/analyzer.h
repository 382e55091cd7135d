// Analyzer: the one text analysis both sides use. ICU word segmentation, NFKC case
// folding and Snowball stemming, emitting the terms Xapian::TermGenerator would.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/text/normalizer.h"
#include "common/text/tokenizer.h"

namespace yjs::text {

// Words longer than this many bytes are not indexed (TermGenerator's default too).
inline constexpr std::size_t kMaxWordBytes = 64;

// Turns text into index words and terms.
//
// Word rules, applied to each ICU word segment:
// - numbers stay whole ("3.5", "1,000", "v1.4");
// - dotted capital initials join up ("U.S.A." -> "usa");
// - other words split at inner punctuation other than apostrophes and underscores
//   ("media@hmiprobation.gov.uk" -> 4 words), which is how Xapian's query parser reads
//   them, so both sides see the same words (a piece keeps no apostrophe at its edges
//   and no combining mark left over from the separator);
// - a word needs a letter or digit ("__" is not one);
// - a word that is not plain ASCII letters and digits becomes what it analyses to alone
//   (ICU's rules have corners where a word inside longer text is not one by itself);
// - every word is folded by Normalizer (case, compatibility forms, diacritics, apostrophes);
// - in English, a possessive "'s" is dropped ("Leicester’s" -> "leicester"), so a
//   possessive does not hide a word from a phrase ("southend on sea" in "Southend-on-Sea's").
//
// Hyphenated compounds of letter words ("re-offending", "out-of-court") are indexed as
// their parts, with positions, and also closed up ("reoffending", "outofcourt") without a
// position, so that either spelling in a query finds either spelling in a text.
//
// Not thread-safe (it owns an ICU break iterator and a stem cache): one per thread.
class Analyzer {
 public:
  // `language` is a Snowball stemmer name ("english", "french", "none", ...).
  // Throws Xapian::InvalidArgumentError for an unknown language and yjs::Error for ICU failures.
  explicit Analyzer(const std::string& language = "english");

  // Replaces `out` with the index words of `text`, in order. With `compounds`, replaces
  // it with the closed forms of the hyphenated compounds in `text` ("reoffending").
  void words(std::string_view text, std::vector<std::string>& out,
             std::vector<std::string>* compounds = nullptr);
  std::vector<std::string> words(std::string_view text);

  // Appends to `out` the index words of one ICU word segment (see the rules above).
  void segment_words(std::string_view segment, bool is_number, std::vector<std::string>& out);

  // The stem of an index word, "" when the word is not stemmed (it starts with a digit,
  // or the language is "none"). Cached.
  std::string stem(std::string_view word);

  // The word and non-word segments of `text`, in order, as the analyzer reads it.
  std::vector<Segment> segments(std::string_view text);

  // Adds the terms of `text` to `doc` as TermGenerator with STEM_SOME would: prefix+word
  // with a position (positions continue from `pos`, which is advanced), and
  // "Z"+prefix+stem without a position; then the closed forms of hyphenated compounds,
  // word and stem, without positions. Returns the index words of `text`, in order.
  std::vector<std::string> index_text(std::string_view text, Xapian::Document& doc,
                                      Xapian::termpos& pos, const std::string& prefix = "");

  // The stemmer, for Xapian components that need one (QueryParser, snippets).
  const Xapian::Stem& stemmer() const { return stemmer_; }

 private:
  // segment_words(); with `check`, a word that is not plain ASCII letters and digits is
  // replaced by what it analyses to alone (emit_checked), so every word is its own analysis.
  void analyse_segment(std::string_view segment, bool is_number, bool check,
                       std::vector<std::string>& out);
  void emit_checked(std::string_view word, std::vector<std::string>& out);

  // Adds `count` occurrences of prefix+word and "Z"+prefix+stem(word) to `doc`.
  void add_unpositioned(const std::string& word, Xapian::termcount count, const std::string& prefix,
                        Xapian::Document& doc);

  Tokenizer tokenizer_;
  Normalizer normalizer_;
  Xapian::Stem stemmer_;
  bool drop_possessive_;                // English
  std::vector<std::string> compounds_;  // scratch: index_text
  std::vector<std::string> piece_;      // scratch: words
  // Looked up by string_view without making a string (C++20 transparent lookup).
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> stem_cache_;
  std::vector<Segment> segments_;  // scratch, reused between calls
  std::string folded_;             // scratch, reused between calls
  std::unordered_map<std::string_view, Xapian::termcount> word_counts_;  // scratch: index_text
};

}  // namespace yjs::text
