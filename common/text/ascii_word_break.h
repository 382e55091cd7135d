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

// Appends to `out` the segments of `text`, which must be pure ASCII, shifted by `offset`:
// the same begin, end, is_word and is_number as Tokenizer::segment_with_icu gives (tested
// against it, character by character and on random text, and fuzzed).
void append_ascii_segments(std::string_view text, std::size_t offset, std::vector<Segment>& out);

}  // namespace yjs::text
