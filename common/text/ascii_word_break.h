// ASCII word breaking: the segments ICU 72's root-locale word break iterator (UAX #29 as
// ICU's word.txt applies it) gives a pure-ASCII text, found without ICU.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/text/segment.h"

namespace yjs::text {

// True if every byte of `text` is below 0x80.
bool is_ascii(std::string_view text);

// True if ICU's word break iterator breaks text at `at` whatever the text holds before
// at - 1 and after `at`: at either end, or between two ASCII characters that no word rule
// joins, the first an Other character (punctuation but . ' , ; _, tab, NUL, LF, VT, FF)
// or a CR before anything but LF or a space before anything but a space. (Only Extend and
// Format characters, never ASCII, attach to such a character.) ICU run from such a point
// segments as if the text started there.
bool is_context_free_break(std::string_view text, std::size_t at);

// Appends to `out` the segments of `text`, which must be pure ASCII, shifted by `offset`:
// the same begin, end, is_word and is_number as Tokenizer::segment_with_icu gives (tested
// against it, character by character and on random text, and fuzzed).
void append_ascii_segments(std::string_view text, std::size_t offset, std::vector<Segment>& out);

}  // namespace yjs::text
