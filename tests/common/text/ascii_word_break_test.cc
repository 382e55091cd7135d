#include "common/text/ascii_word_break.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "common/text/tokenizer.h"

namespace yjs::text {
namespace {

// Segments as readable text, so a failure shows where the two disagree.
std::string describe(std::string_view text, const std::vector<Segment>& segments) {
  std::string out;
  for (const Segment& s : segments) {
    out += "[" + std::string(text.substr(s.begin, s.end - s.begin)) + "]";
    out += s.is_number ? "N" : s.is_word ? "W" : "-";
  }
  return out;
}

class AsciiWordBreakTest : public ::testing::Test {
 protected:
  // True if the fast path gives exactly ICU's segments; a failure names the text.
  ::testing::AssertionResult same_as_icu(std::string_view text) {
    tokenizer_.segment_with_icu(text, icu_);
    fast_.clear();
    append_ascii_segments(text, 0, fast_);
    if (fast_ == icu_) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "text \"" << text << "\": ICU " << describe(text, icu_)
                                         << ", fast path " << describe(text, fast_);
  }

  Tokenizer tokenizer_;
  std::vector<Segment> icu_;
  std::vector<Segment> fast_;
};

TEST_F(AsciiWordBreakTest, TellsAsciiFromOtherText) {
  EXPECT_TRUE(is_ascii(""));
  EXPECT_TRUE(is_ascii(std::string("tab\there, NUL \0 and DEL \x7f", 25)));
  EXPECT_FALSE(is_ascii("rated \xe2\x80\x98Good\xe2\x80\x99"));
  EXPECT_FALSE(is_ascii("\xff"));
}

TEST_F(AsciiWordBreakTest, GivesTheWordsNumbersAndStatusesIcuGives) {
  const std::string text = "v1.4 abc123 e.g. 3.5 1,000 U.S.A. a_b word's";
  std::vector<Segment> segments;
  append_ascii_segments(text, 0, segments);
  EXPECT_EQ(describe(text, segments),
            "[v1.4]N[ ]-[abc123]N[ ]-[e.g]W[.]-[ ]-[3.5]N[ ]-[1,000]N[ ]-[U.S.A]W[.]-[ ]-"
            "[a_b]W[ ]-[word's]W");
}

TEST_F(AsciiWordBreakTest, ShiftsOffsetsByTheOffsetGiven) {
  std::vector<Segment> segments{Segment{.begin = 0, .end = 10}};
  append_ascii_segments("ab 1", 10, segments);
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[1], (Segment{.begin = 10, .end = 12, .is_word = true}));
  EXPECT_EQ(segments[2], (Segment{.begin = 12, .end = 13}));
  EXPECT_EQ(segments[3], (Segment{.begin = 13, .end = 14, .is_word = true, .is_number = true}));
}

TEST_F(AsciiWordBreakTest, SureBreaksAreAfterOtherCharactersAndBeforeNonSpaceAfterSpace) {
  EXPECT_TRUE(is_context_free_break("ab", 0));
  EXPECT_TRUE(is_context_free_break("ab", 2));
  EXPECT_TRUE(is_context_free_break("a-b", 2));
  EXPECT_TRUE(is_context_free_break("a\nb", 2));
  EXPECT_TRUE(is_context_free_break("a b", 2));
  EXPECT_TRUE(is_context_free_break("\ra", 1));
  EXPECT_FALSE(is_context_free_break("\r\n", 1));
  EXPECT_FALSE(is_context_free_break("a  b", 2));  // spaces stay together
  EXPECT_FALSE(is_context_free_break("ab", 1));
  EXPECT_FALSE(is_context_free_break("1,2", 2));  // "1,2" is one number
  EXPECT_FALSE(is_context_free_break("a.b", 2));
  EXPECT_FALSE(is_context_free_break("-\xcc\x81", 1));  // a combining mark joins the hyphen
  EXPECT_FALSE(is_context_free_break("\u2019a", 3));    // a non-ASCII neighbour
}

TEST_F(AsciiWordBreakTest, MatchesIcuOnTrickyText) {
  const char* const texts[] = {
      "",
      "a",
      "1",
      "_",
      "@",
      ".",
      "'",
      " ",
      "\r",
      "\n",
      "\r\n",
      "\r\r\n",
      "\n\r",
      "\r\n\r\n",
      "word's",
      "'quoted'",
      "'a'",
      "rock 'n' roll",
      "o'clock",
      "don't'",
      "e.g.",
      "i.e.,",
      "U.S.A.",
      "a.b.c.d",
      "a..b",
      "a.'b",
      "3.5",
      "1,000",
      "1,000,000.25",
      "1,,2",
      "1.,2",
      "1;2",
      "a;b",
      "a,b",
      "1'000",
      "v1.4",
      "v1.4.2b",
      "abc123",
      "123abc",
      "a1b2c3",
      "1.a",
      "a.1",
      "1a.b",
      "a1.2",
      "re-offending",
      "10-17",
      "2019/20",
      "a_b",
      "_a",
      "a_",
      "__",
      "1_",
      "_1",
      "1__",
      "a__1_",
      "_._",
      "1_.2",
      "a_.b",
      "x:y",
      "12:30",
      "http://www.gov.uk/",
      "https://example.org/a_b?x=1&y=2#z",
      "someone@justice.gov.uk",
      "a@b",
      "@@",
      "1@2",
      "tab\there",
      "\t\t",
      "a  b",
      "a   \t  b",
      "   ",
      "end.",
      "end!",
      "end?!",
      "(2019)",
      "\"quoted\"",
      "a\"b",
      "\v\f",
      "a\vb",
      "x\x7fy",
      "It is 10.30am.",
      "The YOT's 'Good' rating (2019-20), p.12; 3,5 and 4;5.",
      "Leicester City YOS, rated 'Requires improvement': 1 of 4.",
  };
  for (const char* text : texts) EXPECT_TRUE(same_as_icu(text));
  EXPECT_TRUE(same_as_icu(std::string("a\0b", 3)));
  EXPECT_TRUE(same_as_icu(std::string("n\0l", 3)));
}

TEST_F(AsciiWordBreakTest, MatchesIcuForEveryAsciiCharacterInEveryContext) {
  // Each character between the classes' representatives, so a character put in the wrong
  // class shows here.
  const std::string contexts = "a1_.,' \r\n-";
  for (int c = 0; c < 128; ++c) {
    const char ch = static_cast<char>(c);
    for (char before : contexts) {
      for (char after : contexts) {
        EXPECT_TRUE(same_as_icu(std::string{ch}));
        EXPECT_TRUE(same_as_icu(std::string{before, ch, after}));
        EXPECT_TRUE(same_as_icu(std::string{ch, ch, after}));
        EXPECT_TRUE(same_as_icu(std::string{before, before, ch, after, after}));
      }
    }
  }
}

TEST_F(AsciiWordBreakTest, MatchesIcuOnEveryShortStringOfTheClasses) {
  // One character of each class the rules tell apart (":" and "\"" stand for classes that
  // ICU's root rules treat as Other in ASCII).
  const std::string classes = "a1_.',; \r\n:\"";
  std::string text;
  for (std::size_t length = 1; length <= 5; ++length) {
    std::vector<std::size_t> digits(length, 0);
    for (;;) {
      text.clear();
      for (std::size_t d : digits) text.push_back(classes[d]);
      ASSERT_TRUE(same_as_icu(text));
      std::size_t i = 0;
      while (i < length && ++digits[i] == classes.size()) digits[i++] = 0;
      if (i == length) break;
    }
  }
}

TEST_F(AsciiWordBreakTest, MatchesIcuOnRandomAsciiText) {
  std::mt19937 random(20261203);  // fixed seed: the same texts every run
  const std::string common = "aZ@9_.',; \r\n\t-:\"/";
  std::uniform_int_distribution<int> length(0, 60);
  std::uniform_int_distribution<int> any_ascii(0, 127);
  std::uniform_int_distribution<std::size_t> common_char(0, common.size() - 1);
  std::bernoulli_distribution pick_common(0.8);
  std::string text;
  for (int n = 0; n < 5000; ++n) {
    text.clear();
    for (int i = length(random); i > 0; --i) {
      text.push_back(pick_common(random) ? common[common_char(random)]
                                         : static_cast<char>(any_ascii(random)));
    }
    ASSERT_TRUE(same_as_icu(text));
  }
}

}  // namespace
}  // namespace yjs::text
