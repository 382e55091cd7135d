#include "common/text/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace yjs::text {
namespace {

std::vector<std::string> word_segments(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<Segment> segments;
  tokenizer.segment(text, segments);
  std::vector<std::string> words;
  for (const Segment& s : segments) {
    if (s.is_word) words.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return words;
}

TEST(TokenizerTest, SegmentsCoverTheWholeTextInOrder) {
  const std::string text = "Leicester’s YJS, rated ‘Good’ (2019).";
  Tokenizer tokenizer;
  std::vector<Segment> segments;
  tokenizer.segment(text, segments);
  ASSERT_FALSE(segments.empty());
  EXPECT_EQ(segments.front().begin, 0u);
  EXPECT_EQ(segments.back().end, text.size());
  for (std::size_t i = 1; i < segments.size(); ++i) {
    EXPECT_EQ(segments[i - 1].end, segments[i].begin) << "gap before segment " << i;
  }
}

TEST(TokenizerTest, KeepsApostrophesInsideWordsAndSplitsHyphens) {
  EXPECT_EQ(word_segments("Southend-on-Sea’s out-of-court"),
            (std::vector<std::string>{"Southend", "on", "Sea’s", "out", "of", "court"}));
}

TEST(TokenizerTest, NumbersKeepDecimalPointsAndThousandsSeparators) {
  Tokenizer tokenizer;
  std::vector<Segment> segments;
  const std::string text = "3.5 1,000 10-17";
  tokenizer.segment(text, segments);
  std::vector<std::string> numbers;
  for (const Segment& s : segments) {
    if (s.is_number) numbers.push_back(text.substr(s.begin, s.end - s.begin));
  }
  EXPECT_EQ(numbers, (std::vector<std::string>{"3.5", "1,000", "10", "17"}));
}

TEST(TokenizerTest, InvalidUtf8IsAcceptedNotFatal) {
  EXPECT_EQ(word_segments("good \xff\xfe bad"), (std::vector<std::string>{"good", "bad"}));
}

TEST(TokenizerTest, EmptyTextHasNoSegments) {
  EXPECT_TRUE(word_segments("").empty());
  EXPECT_TRUE(word_segments(" \n\t ").empty());
}

TEST(TokenizerTest, ReusesItselfAcrossCalls) {
  Tokenizer tokenizer;
  std::vector<Segment> segments;
  tokenizer.segment("one two", segments);
  tokenizer.segment("three", segments);
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].end, 5u);
}

// segment() hands only the stretches around non-ASCII characters to ICU; its segments must
// be ICU's on the whole text.
::testing::AssertionResult same_as_icu_alone(Tokenizer& tokenizer, std::string_view text) {
  std::vector<Segment> mixed;
  std::vector<Segment> icu;
  tokenizer.segment(text, mixed);
  tokenizer.segment_with_icu(text, icu);
  if (mixed == icu) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "segments differ from ICU's for \"" << text << "\"";
}

TEST(TokenizerTest, MixedTextGivesIcusSegments) {
  Tokenizer tokenizer;
  const char* const texts[] = {
      "Leicester\u2019s YJS, rated \u2018Good\u2019 (2019).",
      "Chief Inspector said: \u201cwell done\u201d\n\nENDS",
      "caf\u00e9's menu",
      "e\u0301t\u00e9",
      " \u0301x",
      "-\u0301x",
      "\r\u0301",
      "\n\u0301",
      "a \u200d b",
      "1\u2019000",
      "a\u2019b c",
      "x \u00a0 y",
      "x \u3000 y",
      "\u05d0\"\u05d1",
      "\u05d0' x",
      "Thai \u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22 text",
      "\u6771\u4eac-to",
      "\U0001F1EC\U0001F1E7\U0001F1EC\U0001F1E7 UK",
      "\U0001F468\u200d\U0001F469 x",
      "good \xff\xfe bad",
      "end\xe2\x80",
      "\xc3",
      "a-\xcc\x81-b",
      "1.\u0661.2",
      "_\u0301_",
  };
  for (const char* text : texts) EXPECT_TRUE(same_as_icu_alone(tokenizer, text));
}

TEST(TokenizerTest, RandomMixedTextGivesIcusSegments) {
  // ASCII with word rule characters around non-ASCII pieces that join or break
  // differently: marks, joiners, quotes, spaces, letters, digits, a stray byte.
  const std::vector<std::string> pieces = {
      "a",      "Z",      "7",          "_",          ".",      "'",      ",",
      ";",      " ",      "  ",         "\r",         "\n",     "-",      ":",
      "\"",     "\t",     "@",          "\u0301",     "\u200d", "\u00ad", "\u2019",
      "\u2018", "\u00e9", "\u0663",     "\u00a0",     "\u3000", "\u05d0", "\u0e20",
      "\u6771", "\u30ab", "\U0001F1EC", "\U0001F600", "\xff"};
  std::mt19937 random(20261203);  // fixed seed: the same texts every run
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 30);
  Tokenizer tokenizer;
  std::string text;
  for (int n = 0; n < 5000; ++n) {
    text.clear();
    for (int i = length(random); i > 0; --i) text += pieces[piece(random)];
    ASSERT_TRUE(same_as_icu_alone(tokenizer, text));
  }
}

}  // namespace
}  // namespace yjs::text
