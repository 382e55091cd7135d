// Segment: one piece of a text as word segmentation cuts it.
#pragma once

#include <cstddef>

namespace yjs::text {

// One segment of the input: [begin, end) in bytes.
struct Segment {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool is_word = false;    // letters, numbers, kana or ideographs (not space or punctuation)
  bool is_number = false;  // ICU classed it as a number ("3.5", "1,000", "v1.4")

  friend bool operator==(const Segment&, const Segment&) = default;
};

}  // namespace yjs::text
