#include "common/text/normalizer.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include "common/text/apostrophe.h"

namespace yjs::text {
namespace {

std::string folded(std::string_view word) {
  Normalizer normalizer;
  std::string out;
  normalizer.fold(word, out);
  return out;
}

TEST(NormalizerTest, FoldsCaseOfAsciiAndUnicode) {
  EXPECT_EQ(folded("LEICESTER"), "leicester");
  EXPECT_EQ(folded("ÆRØSKØBING"), "ærøskøbing");
  EXPECT_EQ(folded("Ærøskøbing"), "ærøskøbing");
}

TEST(NormalizerTest, AppliesCompatibilityFormsAndFullCaseFolding) {
  EXPECT_EQ(folded("ﬁnance"), "finance");  // ligature
  EXPECT_EQ(folded("Straße"), "strasse");
  EXPECT_EQ(folded("ＹＯＴ"), "yot");  // full-width letters
}

TEST(NormalizerTest, DropsLatinDiacriticsComposedOrNot) {
  EXPECT_EQ(folded("re\u0301sume\u0301"), "resume");
  EXPECT_EQ(folded("Résumé"), "resume");
  EXPECT_EQ(folded("Ynys Môn, Sir Gâr"), "ynys mon, sir gar");
  // Letters that are not a base plus a mark stay, as do other scripts' marks.
  EXPECT_EQ(folded("Ærø"), "ærø");
  EXPECT_EQ(folded("\u0915\u093F"), "\u0915\u093F");  // Devanagari ki: the vowel sign stays
}

TEST(NormalizerTest, UnifiesApostrophes) {
  EXPECT_EQ(folded("Sea’s"), "sea's");
  EXPECT_EQ(folded("Sea‘s"), "sea's");
  EXPECT_EQ(folded("Seaʼs"), "sea's");
  EXPECT_EQ(folded("SEA'S"), "sea's");
  EXPECT_EQ(folded("SEA\uFF07S"), "sea's");  // full-width: NFKC makes it "'"
  for (const char32_t apostrophe : kApostrophes) {
    std::string word;
    icu::UnicodeString("Sea")
        .append(static_cast<UChar32>(apostrophe))
        .append("s")
        .toUTF8String(word);
    EXPECT_EQ(folded(word), "sea's") << word;
  }
}

}  // namespace
}  // namespace yjs::text
