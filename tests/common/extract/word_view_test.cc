#include "common/extract/word_view.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

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

// matches() settles most cues at their first letter; what it settles there must be what
// comparing the whole phrase gives.
TEST(WordViewTest, MatchesOnlyWholeWordsOfThePhrase) {
  const WordView v("", "Good practice, good grades");
  EXPECT_TRUE(v.matches(0, "good practice"));
  EXPECT_TRUE(v.matches(2, "good grades"));
  EXPECT_FALSE(v.matches(2, "good grade"));       // a word cut short
  EXPECT_FALSE(v.matches(2, "goods"));            // same first letter, longer word
  EXPECT_FALSE(v.matches(3, "good grades"));      // first letter differs
  EXPECT_FALSE(v.matches(2, "good grades and"));  // runs past the last word
  EXPECT_FALSE(v.matches(4, "good"));             // past the end
  EXPECT_FALSE(v.matches(0, ""));
  EXPECT_TRUE(phrase_starts_at(2, 0, "ab c", [](std::size_t k) {
    return k == 0 ? std::string_view("ab") : std::string_view("c");
  }));
  EXPECT_FALSE(phrase_starts_at(2, 0, "ab d", [](std::size_t k) {
    return k == 0 ? std::string_view("ab") : std::string_view("c");
  }));
}

TEST(WordViewTest, AnyInLooksOnlyAtWordsInTheRange) {
  const WordView v("", "rated as good by the team");
  const std::array<std::string_view, 2> cues = {"by the", "rated"};
  EXPECT_TRUE(v.any_in(0, 1, cues));
  EXPECT_FALSE(v.any_in(1, 3, cues));
  EXPECT_TRUE(v.any_in(3, 4, cues));  // a cue starting in the range may end after it
  EXPECT_FALSE(v.any_in(4, 6, cues));
  EXPECT_FALSE(v.any_in(6, 6, cues));
}

// The folded words live in one buffer; "&" folds to three letters, so the buffer outgrows
// the room reserved for the text and every word must still read right.
TEST(WordViewTest, FoldedWordsSurviveTheirBufferGrowing) {
  std::string body;
  std::vector<std::string> expected;
  for (int i = 0; i < 200; ++i) {
    body += "&&X" + std::to_string(i) + " ";
    expected.insert(expected.end(), {"and", "and", "x", std::to_string(i)});
  }
  const WordView v("AND", body);
  ASSERT_EQ(v.size(), expected.size() + 1);
  EXPECT_EQ(v.word(0), "and");
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(v.word(i + 1), expected[i]) << i;
  EXPECT_EQ(v.original(3), "X");
  EXPECT_TRUE(v.capitalised(3));
}

TEST(WordViewTest, NumbersOfOneToFourDigits) {
  const WordView v("", "0042 12345 x7 2019");
  EXPECT_EQ(v.number(0), 42);
  EXPECT_TRUE(v.is_number(1));
  EXPECT_EQ(v.number(1), -1);  // five digits
  EXPECT_FALSE(v.is_number(2));
  EXPECT_EQ(v.number(2), -1);
  EXPECT_EQ(v.number(3), 7);
  EXPECT_EQ(v.number(4), 2019);
  EXPECT_FALSE(v.is_number(5));  // past the end
  EXPECT_EQ(v.number(5), -1);
}

}  // namespace
}  // namespace yjs::extract
