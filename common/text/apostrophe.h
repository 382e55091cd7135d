// The apostrophe and the characters written for it. Folding turns each into "'" (what
// Xapian's query parser uses) and facet keys drop them all, so "Children’s" and
// "Children's" are one word and one key.
#pragma once

#include <algorithm>
#include <array>

namespace yjs::text {

// "'", U+2019 (the usual typographic apostrophe), U+2018 (often typed for it), U+02BC
// (modifier letter apostrophe). The full-width U+FF07 needs no place here: NFKC folds it
// to "'" first.
inline constexpr std::array<char32_t, 4> kApostrophes = {U'\'', U'\u2019', U'\u2018', U'\u02BC'};

inline bool is_apostrophe(char32_t c) {
  return std::find(kApostrophes.begin(), kApostrophes.end(), c) != kApostrophes.end();
}

}  // namespace yjs::text
