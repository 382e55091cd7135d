#include "common/text/tokenizer.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace yjs::text
