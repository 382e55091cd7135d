// Tokenizer: Unicode word segmentation (UAX #29) of UTF-8 text as ICU's word break
// iterator does it; pure-ASCII text without ICU (common/text/ascii_word_break.h).
// Yields byte offsets into the caller's text; no UTF-16 copy is made.
#pragma once

#include <unicode/uversion.h>  // defines the versioned icu namespace

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "common/text/segment.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END
struct UText;

namespace yjs::text {

// Splits text into word and non-word segments.
// Invalid UTF-8 is read as U+FFFD by ICU, so any byte string is accepted.
// Not thread-safe: give each thread its own Tokenizer (creation is the costly part).
class Tokenizer {
 public:
  // Throws yjs::Error if ICU cannot create a word break iterator.
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Replaces `out` with every segment of `text`, in order, covering it completely: the
  // segments of ICU's root-locale word break iterator. Pure-ASCII text takes a fast path
  // that gives the same segments without ICU (append_ascii_segments); in other text, only
  // the stretches around non-ASCII characters, from and to the nearest breaks that hold
  // whatever surrounds them (is_context_free_break), go to ICU.
  // `text` must stay alive only for the duration of the call.
  void segment(std::string_view text, std::vector<Segment>& out);

  // The same with ICU's iterator alone, whatever the text: what the fast path is checked
  // against by the tests and the tokenizer fuzz target.
  void segment_with_icu(std::string_view text, std::vector<Segment>& out);

 private:
  // Appends ICU's segments of `text`, shifted by `offset`.
  void append_icu_segments(std::string_view text, std::size_t offset, std::vector<Segment>& out);

  std::unique_ptr<icu::BreakIterator> breaker_;
  UText* utext_ = nullptr;  // reused between calls (utext_openUTF8 re-initialises it)
};

}  // namespace yjs::text
