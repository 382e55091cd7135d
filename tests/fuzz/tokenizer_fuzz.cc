// Fuzz target: the tokenizer's fast paths against ICU's word break iterator alone. Traps
// when the segments differ: for the input as it is (ASCII stretches without ICU, the rest
// with it), and for the input made ASCII (high bits cleared), the fast path throughout.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/text/ascii_word_break.h"
#include "common/text/tokenizer.h"

namespace {

void check(bool promise) {
  if (!promise) __builtin_trap();
}

void check_same_as_icu(yjs::text::Tokenizer& tokenizer, std::string_view text) {
  std::vector<yjs::text::Segment> fast;
  std::vector<yjs::text::Segment> icu;
  tokenizer.segment(text, fast);
  tokenizer.segment_with_icu(text, icu);
  check(fast == icu);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static yjs::text::Tokenizer tokenizer;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_same_as_icu(tokenizer, text);

  std::string ascii(text);
  for (char& c : ascii) c = static_cast<char>(c & 0x7f);
  check(yjs::text::is_ascii(ascii));
  check_same_as_icu(tokenizer, ascii);
  return 0;
}
