#include "indexer/readers/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <optional>

#include "indexer/article_reader.h"

namespace yjs::readers {
namespace {

constexpr std::size_t kPrescanBytes = 4096;  // where a page must declare its charset

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The charset a byte order mark names, and its length; {"", 0} without one.
std::pair<std::string, std::size_t> byte_order_mark(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {"UTF-8", 3};
  if (bytes.substr(0, 2) == "\xFF\xFE") return {"UTF-16LE", 2};
  if (bytes.substr(0, 2) == "\xFE\xFF") return {"UTF-16BE", 2};
  return {"", 0};
}

// The value after "charset" in `tag` (a <meta ...> tag in lower case), or empty.
std::string charset_in_meta(std::string_view tag) {
  const std::size_t at = tag.find("charset");
  if (at == std::string_view::npos) return "";
  std::size_t i = at + 7;
  while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) {
    ++i;
  }
  std::size_t end = i;
  while (end < tag.size() &&
         (std::isalnum(static_cast<unsigned char>(tag[end])) || tag[end] == '-' ||
          tag[end] == '_' || tag[end] == '.' || tag[end] == ':')) {
    ++end;
  }
  return std::string(tag.substr(i, end - i));
}

// Text in `charset`, or nullopt when ICU has no such converter.
std::optional<std::string> convert(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(
      ucnv_open(charset.c_str(), &status), ucnv_close);
  if (U_FAILURE(status) || !converter) return std::nullopt;
  const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
  const icu::UnicodeString text(bytes.data(), length, converter.get(), status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

// ICU's best guess at the charset of undeclared, non-UTF-8 bytes; windows-1252 when it
// has none.
std::string detected_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                            ucsdet_close);
  if (U_FAILURE(status)) return "windows-1252";
  ucsdet_enableInputFilter(detector.get(), true);  // markup is no evidence of a language
  const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20));
  ucsdet_setText(detector.get(), bytes.data(), length, &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  const char* name = U_SUCCESS(status) && match ? ucsdet_getName(match, &status) : nullptr;
  if (U_FAILURE(status) || !name) return "windows-1252";
  // The detector names Latin-1 for what is in practice windows-1252 (curly quotes).
  const std::string found = name;
  return found == "ISO-8859-1" ? "windows-1252" : found;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  if (const auto bom = byte_order_mark(bytes); bom.second) return bom.first;
  const std::string head = lower(bytes.substr(0, kPrescanBytes));
  for (std::size_t at = head.find("<meta"); at != std::string::npos;
       at = head.find("<meta", at + 5)) {
    const std::size_t end = std::min(head.find('>', at), head.size());
    std::string charset = charset_in_meta(std::string_view(head).substr(at, end - at));
    if (charset.empty()) continue;
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" ||
        charset == "ascii") {
      return "windows-1252";
    }
    return charset;
  }
  return "";
}

DecodedText decode_to_utf8(std::string_view bytes) {
  const auto [bom_charset, bom_length] = byte_order_mark(bytes);
  if (bom_length) bytes.remove_prefix(bom_length);
  std::string charset = bom_length ? bom_charset : declared_charset(bytes);
  // A page declaring UTF-8 (or UTF-16, which a byte stream found by its meta cannot be)
  // that is valid UTF-8 needs no conversion.
  std::string name = lower(charset);
  // A meta tag cannot truly declare UTF-16 (it would not be readable as ASCII): UTF-8.
  if (!bom_length && name.rfind("utf-16", 0) == 0) charset = name = "utf-8";
  if ((charset.empty() || name == "utf-8" || name == "utf8") && is_valid_utf8(bytes)) {
    return {std::string(bytes), "UTF-8"};
  }
  // No charset declared, or UTF-8 declared by a page that is not: ICU's detector decides.
  if (charset.empty() || name == "utf-8" || name == "utf8") charset = detected_charset(bytes);
  if (auto utf8 = convert(bytes, charset)) return {std::move(*utf8), charset};
  // A charset ICU does not know: the detector's guess.
  charset = detected_charset(bytes);
  if (auto utf8 = convert(bytes, charset)) return {std::move(*utf8), charset};
  return {*convert(bytes, "UTF-8"), "UTF-8"};
}

}  // namespace yjs::readers
