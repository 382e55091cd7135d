// The diacritics folded away on both sides (query words, index words and facet keys):
// the combining diacritical marks U+0300-U+036F, as NFKD leaves them after a Latin letter
// ("Môn", "café", "Sir Gâr"). Marks of other scripts stay: they are letters there.
#pragma once

namespace yjs::text {

constexpr bool is_diacritic(char32_t c) { return c >= 0x0300 && c <= 0x036F; }

}  // namespace yjs::text
