#include "indexer/readers/charset.h"

#include <gtest/gtest.h>

namespace yjs::readers {
namespace {

TEST(CharsetTest, DeclaredCharsets) {
  EXPECT_EQ(declared_charset("<meta charset=\"windows-1252\">"), "windows-1252");
  EXPECT_EQ(declared_charset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=UTF-8'>"),
            "utf-8");
  EXPECT_EQ(declared_charset("<meta charset=iso-8859-1>"), "windows-1252");       // as browsers do
  EXPECT_EQ(declared_charset("\xEF\xBB\xBF<meta charset=iso-8859-1>"), "UTF-8");  // BOM first
  EXPECT_EQ(declared_charset("<p>charset=koi8-r is prose, not a meta tag</p>"), "");
  EXPECT_EQ(declared_charset(std::string(5000, ' ') + "<meta charset=koi8-r>"), "");
}

TEST(CharsetTest, DecodesDeclaredDetectedAndUtf8) {
  EXPECT_EQ(decode_to_utf8("<meta charset=windows-1252>\x91Good\x92").utf8,
            "<meta charset=windows-1252>\xE2\x80\x98Good\xE2\x80\x99");
  const DecodedText utf8 = decode_to_utf8("\xEF\xBB\xBFplain \xE2\x80\x99");
  EXPECT_EQ(utf8.utf8, "plain \xE2\x80\x99");
  EXPECT_EQ(utf8.charset, "UTF-8");
  // Declared UTF-8 that is not: detected instead of mangled.
  const std::string latin =
      "<meta charset=utf-8><p>The service in Hounslow was rated \x91Good\x92 by the inspectors, "
      "who said the caf\xe9 and the staff \x96 all of them \x96 did well.</p>";
  const DecodedText detected = decode_to_utf8(latin);
  EXPECT_NE(detected.utf8.find("\xE2\x80\x98Good\xE2\x80\x99"), std::string::npos)
      << detected.charset << ": " << detected.utf8;
  // A charset ICU does not know falls back to detection, never an exception.
  EXPECT_EQ(decode_to_utf8("<meta charset=no-such-charset>plain").utf8,
            "<meta charset=no-such-charset>plain");
  // UTF-16 declared in a meta tag of an ASCII-compatible file is read as UTF-8.
  EXPECT_EQ(decode_to_utf8("<meta charset=utf-16>ok").utf8, "<meta charset=utf-16>ok");
}

}  // namespace
}  // namespace yjs::readers
