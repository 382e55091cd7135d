#include "common/text/ascii_word_break.h"

#include <array>
#include <cstdint>

namespace yjs::text {
namespace {

// The Word_Break classes of ASCII as ICU 72's root rules see them (checked against ICU for
// every ASCII character): '@' is a letter, ':' is not MidLetter in the root locale, and '"'
// (Double_Quote) only joins Hebrew letters, so it is Other here, as are tab, VT and FF.
enum class WordClass : std::uint8_t {
  kOther,
  kLetter,      // A-Z a-z @ (ALetter)
  kDigit,       // 0-9 (Numeric)
  kUnderscore,  // _ (ExtendNumLet)
  kMidNumLet,   // . ' (MidNumLet, Single_Quote): between two letters or two digits
  kMidNum,      // , ; (MidNum): between two digits
  kSpace,       // ' ' (WSegSpace)
  kCR,
  kLF,
};

constexpr std::array<WordClass, 128> make_classes() {
  std::array<WordClass, 128> classes{};
  for (char c = 'a'; c <= 'z'; ++c) classes[c] = WordClass::kLetter;
  for (char c = 'A'; c <= 'Z'; ++c) classes[c] = WordClass::kLetter;
  for (char c = '0'; c <= '9'; ++c) classes[c] = WordClass::kDigit;
  classes['@'] = WordClass::kLetter;
  classes['_'] = WordClass::kUnderscore;
  classes['.'] = WordClass::kMidNumLet;
  classes['\''] = WordClass::kMidNumLet;
  classes[','] = WordClass::kMidNum;
  classes[';'] = WordClass::kMidNum;
  classes[' '] = WordClass::kSpace;
  classes['\r'] = WordClass::kCR;
  classes['\n'] = WordClass::kLF;
  return classes;
}

constexpr std::array<WordClass, 128> kClasses = make_classes();

WordClass class_of(char c) { return kClasses[static_cast<unsigned char>(c)]; }

bool is_word_class(WordClass c) {
  return c == WordClass::kLetter || c == WordClass::kDigit || c == WordClass::kUnderscore;
}

// ICU's rule status of a word is set by the rule that joined its last character: a letter
// ends a letter word, a digit a number ("abc123" and "v1.4" are numbers), and "_" keeps
// what the character before it made ("1_" a number, "a_" and "__" letters, "_" alone none).
enum class Status : std::uint8_t { kNone, kLetter, kNumber };

Status status_after(WordClass joined, WordClass before) {
  if (joined == WordClass::kLetter) return Status::kLetter;
  if (joined == WordClass::kDigit) return Status::kNumber;
  return before == WordClass::kDigit ? Status::kNumber : Status::kLetter;
}

// The end of the segment starting at `begin` and its status.
std::size_t segment_end(std::string_view text, std::size_t begin, Status& status) {
  const std::size_t size = text.size();
  const WordClass first = class_of(text[begin]);
  status = Status::kNone;
  if (first == WordClass::kCR) {
    return begin + 1 < size && class_of(text[begin + 1]) == WordClass::kLF ? begin + 2 : begin + 1;
  }
  if (first == WordClass::kSpace) {  // WB3d: horizontal space stays together
    std::size_t end = begin + 1;
    while (end < size && class_of(text[end]) == WordClass::kSpace) ++end;
    return end;
  }
  if (!is_word_class(first)) return begin + 1;

  status = first == WordClass::kLetter  ? Status::kLetter
           : first == WordClass::kDigit ? Status::kNumber
                                        : Status::kNone;
  WordClass last = first;
  std::size_t end = begin + 1;
  while (end < size) {
    const WordClass next = class_of(text[end]);
    if (is_word_class(next)) {  // WB5, WB8-WB10, WB13a-b
      status = status_after(next, last);
      last = next;
      ++end;
      continue;
    }
    if (end + 1 == size) break;
    const WordClass after = class_of(text[end + 1]);
    const bool letters = last == WordClass::kLetter && after == WordClass::kLetter &&
                         next == WordClass::kMidNumLet;  // WB6-WB7
    const bool digits = last == WordClass::kDigit && after == WordClass::kDigit &&
                        (next == WordClass::kMidNumLet || next == WordClass::kMidNum);  // WB11-12
    if (!letters && !digits) break;
    status = status_after(after, next);
    last = after;
    end += 2;
  }
  return end;
}

}  // namespace

bool is_ascii(std::string_view text) {
  unsigned char any = 0;  // a plain OR over the bytes, which the compiler vectorises
  for (char c : text) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

bool is_context_free_break(std::string_view text, std::size_t at) {
  if (at == 0 || at >= text.size()) return true;
  const auto before_byte = static_cast<unsigned char>(text[at - 1]);
  const auto after_byte = static_cast<unsigned char>(text[at]);
  if (before_byte >= 0x80 || after_byte >= 0x80) return false;
  const WordClass before = kClasses[before_byte];
  const WordClass after = kClasses[after_byte];
  switch (before) {
    case WordClass::kOther:
    case WordClass::kLF:
      return true;
    case WordClass::kCR:
      return after != WordClass::kLF;
    case WordClass::kSpace:
      return after != WordClass::kSpace;
    default:
      return false;
  }
}

void append_ascii_segments(std::string_view text, std::size_t offset, std::vector<Segment>& out) {
  for (std::size_t begin = 0; begin < text.size();) {
    Status status = Status::kNone;
    const std::size_t end = segment_end(text, begin, status);
    out.push_back(Segment{.begin = offset + begin,
                          .end = offset + end,
                          .is_word = status != Status::kNone,
                          .is_number = status == Status::kNumber});
    begin = end;
  }
}

}  // namespace yjs::text
