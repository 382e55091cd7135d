#include "common/extract/word_view.h"

#include <gtest/gtest.h>

namespace yjs::extract {
namespace {

std::vector<std::string> words_of(const WordView& v) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.size(); ++i) out.emplace_back(v.word(i));
  return out;
}

TEST(WordViewTest, FoldsAndSplitsWords) {
  const WordView v("Leicester’s YOS", "Published12 October 2021 — B&NES, Stoke-on-Trent.");
  EXPECT_EQ(words_of(v),
            (std::vector<std::string>{"leicester", "s", "yos", "published", "12", "october", "2021",
                                      "b", "and", "nes", "stoke", "on", "trent"}));
  EXPECT_EQ(v.original(0), "Leicester");
  EXPECT_TRUE(v.capitalised(0));
  EXPECT_FALSE(v.capitalised(1));
  EXPECT_EQ(v.number(6), 2021);
}

TEST(WordViewTest, TitleIsSentenceZeroAndBodySentencesSplit) {
  const WordView v("Headline here", "First sentence. Second one!\nThird line");
  EXPECT_EQ(v.sentence_count(), 4u);
  EXPECT_TRUE(v.in_title(1));
  EXPECT_EQ(v.sentence_text(1), "First sentence.");
  EXPECT_EQ(v.sentence_text(2), "Second one!");
  EXPECT_EQ(v.sentence_text(3), "Third line");
  EXPECT_TRUE(v.matches(2, "first sentence second"));
  EXPECT_FALSE(v.matches(2, "first second"));
}

// next_word walks exactly the words a view holds (the synonyms count acronyms with it),
// with the line ends between them.
TEST(WordViewTest, NextWordGivesTheViewsWordsAndLines) {
  const std::string text =
      "YOT's \u201cCAMHS\u201d\u00a0B&NES\nSEND2 caf\u00e9\u2014x\n\n \xE2\x80\n end";
  const WordView view(text, "");
  std::size_t lines = 0;
  std::size_t k = 0;
  for (WordSpan span = next_word(text, 0, &lines); span.begin < text.size();
       span = next_word(text, span.end, &lines), ++k) {
    ASSERT_LT(k, view.size());
    EXPECT_EQ(text.substr(span.begin, span.end - span.begin), view.original(k)) << k;
    EXPECT_EQ(lines, view.line_of(k)) << k;
  }
  EXPECT_EQ(k, view.size());
  EXPECT_EQ(view.original(0), "YOT");
  EXPECT_EQ(next_word("", 0).begin, 0u);
  EXPECT_EQ(next_word(" - ", 0).begin, 3u);
}

TEST(WordViewTest, EmptyTitleAndBody) {
  const WordView v("", "");
  EXPECT_EQ(v.size(), 0u);
  const WordView only_body("", "Body text.");
  EXPECT_EQ(only_body.sentence_of(0), 1u);
}

}  // namespace
}  // namespace yjs::extract
