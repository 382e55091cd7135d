// Normalizer: folds a word to its index form (NFKC case folding, no diacritics, one
// apostrophe).
// The indexer and the query side both call it, so they agree on every word.
#pragma once

#include <unicode/uversion.h>  // defines the versioned icu namespace

#include <string>
#include <string_view>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace yjs::text {

// Thread-safe after construction (ICU normalizer instances are immutable singletons).
class Normalizer {
 public:
  // Throws yjs::Error if ICU's NFKC_Casefold data cannot be loaded.
  Normalizer();

  // Appends the folded form of `word` to `out` (which is cleared first):
  // NFKC_Casefold (so "ÆRØ", "ﬁ" and "Straße" become "ærø", "fi", "strasse"), without
  // the combining diacritical marks U+0300-U+036F ("Môn", "café", "Sir Gâr" become "mon",
  // "cafe", "sir gar": users type them either way; letters such as "ø" and "æ", and the
  // marks of other scripts, stay), and every apostrophe-like character (’ ‘ ʼ ＇) as
  // U+0027, which is what Xapian's own parser uses.
  // Pure ASCII takes a fast path that lower-cases bytes.
  void fold(std::string_view word, std::string& out) const;

 private:
  const icu::Normalizer2* nfkc_casefold_;
  const icu::Normalizer2* nfd_;
  const icu::Normalizer2* nfc_;
};

}  // namespace yjs::text
