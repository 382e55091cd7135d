#include "common/text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <string>

#include "common/errors.h"
#include "common/text/ascii_word_break.h"

namespace yjs::text {
namespace {

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw Error(std::string("ICU: ") + what + ": " + u_errorName(status));
}

}  // namespace

Tokenizer::Tokenizer() {
  UErrorCode status = U_ZERO_ERROR;
  breaker_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  check(status, "cannot create word break iterator");
}

Tokenizer::~Tokenizer() {
  if (utext_) utext_close(utext_);
}

void Tokenizer::segment(std::string_view text, std::vector<Segment>& out) {
  out.clear();
  std::size_t done = 0;  // everything before is segmented, and ICU breaks there
  while (done < text.size()) {
    const auto non_ascii = std::find_if(text.begin() + done, text.end(), [](char c) {
      return static_cast<unsigned char>(c) >= 0x80;
    });
    const auto first_other = static_cast<std::size_t>(non_ascii - text.begin());
    if (first_other == text.size()) {
      append_ascii_segments(text.substr(done), done, out);
      return;
    }
    // ICU reads from the last break before the non-ASCII character that holds whatever
    // surrounds it to the first such break after it (past any non-ASCII that follows).
    std::size_t icu_begin = first_other;
    while (icu_begin > done && !is_context_free_break(text, icu_begin)) --icu_begin;
    std::size_t icu_end = first_other + 1;
    while (!is_context_free_break(text, icu_end)) ++icu_end;
    append_ascii_segments(text.substr(done, icu_begin - done), done, out);
    append_icu_segments(text.substr(icu_begin, icu_end - icu_begin), icu_begin, out);
    done = icu_end;
  }
}

void Tokenizer::segment_with_icu(std::string_view text, std::vector<Segment>& out) {
  out.clear();
  append_icu_segments(text, 0, out);
}

void Tokenizer::append_icu_segments(std::string_view text, std::size_t offset,
                                    std::vector<Segment>& out) {
  if (text.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  utext_ = utext_openUTF8(utext_, text.data(), static_cast<int64_t>(text.size()), &status);
  check(status, "cannot open text");
  breaker_->setText(utext_, status);
  check(status, "cannot set text");

  // With a UTF-8 UText, ICU's native indexes are byte offsets.
  int32_t begin = breaker_->first();
  for (int32_t end = breaker_->next(); end != icu::BreakIterator::DONE;
       begin = end, end = breaker_->next()) {
    const int32_t status_tag = breaker_->getRuleStatus();
    Segment seg;
    seg.begin = offset + static_cast<std::size_t>(begin);
    seg.end = offset + static_cast<std::size_t>(end);
    seg.is_word = status_tag >= UBRK_WORD_NONE_LIMIT;
    seg.is_number = status_tag >= UBRK_WORD_NUMBER && status_tag < UBRK_WORD_NUMBER_LIMIT;
    out.push_back(seg);
  }
}

}  // namespace yjs::text
