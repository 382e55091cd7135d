// Tokenizer: Unicode word segmentation (UAX #29) of UTF-8 text with ICU.
// Yields byte offsets into the caller's text; no UTF-16 copy is made.
#pragma once

#include <unicode/uversion.h>  // defines the versioned icu namespace

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END
struct UText;

namespace yjs::text {

// One segment of the input: [begin, end) in bytes.
struct Segment {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool is_word = false;    // letters, numbers, kana or ideographs (not space or punctuation)
  bool is_number = false;  // ICU classed it as a number ("3.5", "1,000", "v1.4")
};

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

  // Replaces `out` with every segment of `text`, in order, covering it completely.
  // `text` must stay alive only for the duration of the call.
  void segment(std::string_view text, std::vector<Segment>& out);

 private:
  std::unique_ptr<icu::BreakIterator> breaker_;
  UText* utext_ = nullptr;  // reused between calls (utext_openUTF8 re-initialises it)
};

}  // namespace yjs::text
