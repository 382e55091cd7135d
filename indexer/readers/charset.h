// Character sets of web pages: which one a page is written in, and its text as UTF-8
// (Gumbo and everything after it read UTF-8 only).
#pragma once

#include <string>
#include <string_view>

namespace yjs::readers {

// The page's text as UTF-8 and the charset it was read as ("UTF-8", "windows-1252", ...).
struct DecodedText {
  std::string utf8;
  std::string charset;
};

// The charset a page declares in its first 4 KB: a byte order mark, <meta charset="X"> or
// <meta http-equiv="Content-Type" content="...; charset=X">. Empty when it declares none.
// "iso-8859-1" and "us-ascii" are read as "windows-1252", as browsers do.
std::string declared_charset(std::string_view bytes);

// `bytes` as UTF-8: in the declared charset when it names one ICU knows, else UTF-8 when
// the bytes are valid UTF-8, else what ICU's charset detector finds most likely. A byte
// order mark is dropped; bytes the charset cannot map become U+FFFD.
DecodedText decode_to_utf8(std::string_view bytes);

}  // namespace yjs::readers
