#include "common/text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "common/errors.h"
#include "common/text/apostrophe.h"
#include "common/text/diacritic.h"

namespace yjs::text {
namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Rewrites every apostrophe look-alike that survives case folding as "'".
void unify_apostrophes(std::string& s) {
  std::string out;
  out.reserve(s.size());
  const auto size = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < size;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, size, c);
    if (c > 0 && is_apostrophe(static_cast<char32_t>(c))) {
      out += '\'';
    } else {
      out.append(s, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  s.swap(out);
}

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw Error(std::string("ICU: ") + what + ": " + u_errorName(status));
}

}  // namespace

Normalizer::Normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_casefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  check(status, "NFKC_Casefold");
  nfd_ = icu::Normalizer2::getNFDInstance(status);
  check(status, "NFD");
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  check(status, "NFC");
}

void Normalizer::fold(std::string_view word, std::string& out) const {
  out.clear();
  if (is_ascii(word)) {
    out.reserve(word.size());
    for (char c : word) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded =
      nfkc_casefold_->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                    word.data(), static_cast<int32_t>(word.size()))),
                                status);
  check(status, "NFKC_Casefold");
  icu::UnicodeString decomposed = nfd_->normalize(folded, status);
  check(status, "NFD");
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    if (!is_diacritic(decomposed.charAt(i))) bare.append(decomposed.charAt(i));
  }
  folded = nfc_->normalize(bare, status);
  check(status, "NFC");
  folded.toUTF8String(out);
  unify_apostrophes(out);
}

}  // namespace yjs::text
