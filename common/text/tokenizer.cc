#include "common/text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

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
  if (!is_ascii(text)) return segment_with_icu(text, out);
  out.clear();
  append_ascii_segments(text, 0, out);
}

void Tokenizer::segment_with_icu(std::string_view text, std::vector<Segment>& out) {
  out.clear();
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
    seg.begin = static_cast<std::size_t>(begin);
    seg.end = static_cast<std::size_t>(end);
    seg.is_word = status_tag >= UBRK_WORD_NONE_LIMIT;
    seg.is_number = status_tag >= UBRK_WORD_NUMBER && status_tag < UBRK_WORD_NUMBER_LIMIT;
    out.push_back(seg);
  }
}

}  // namespace yjs::text
