#include "common/extract/gazetteer.h"

#include <gtest/gtest.h>

#include "common/errors.h"

namespace yjs::extract {
namespace {

TEST(GazetteerTest, BuiltinCoversEnglandAndWales) {
  const Gazetteer& g = Gazetteer::builtin();
  EXPECT_GE(g.size(), 150u);
  EXPECT_EQ(g.canonical("hull"), "Kingston upon Hull");
  EXPECT_EQ(g.canonical("LEICESTERSHIRE & RUTLAND"), "Leicestershire");
  EXPECT_EQ(g.canonical("Southend on Sea"), "Southend-on-Sea");
  EXPECT_EQ(g.canonical("Ynys Mon"), "Anglesey");
  EXPECT_EQ(g.canonical("Isle of Man"), std::nullopt);
}

// Explicit areas, area filters and --history name an area this one way.
TEST(GazetteerTest, AnAreaItDoesNotKnowKeepsItsName) {
  const Gazetteer& g = Gazetteer::builtin();
  EXPECT_EQ(g.canonical_or_same("hull"), "Kingston upon Hull");
  EXPECT_EQ(g.canonical_or_same("Example Borough"), "Example Borough");
  EXPECT_EQ(g.canonical_or_same(""), "");
}

TEST(GazetteerTest, FindsLongestCapitalisedMentions) {
  const Gazetteer g(
      "# test\nKingston upon Hull\tHull\nKingston upon Thames\tKingston\n"
      "Reading\t\n");
  const WordView words("Kingston upon Hull and Kingston", "reading in Reading");
  const auto mentions = g.find(words);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(g.name(mentions[0].area), "Kingston upon Hull");
  EXPECT_EQ(mentions[0].length, 3u);
  EXPECT_EQ(g.name(mentions[1].area), "Kingston upon Thames");
  EXPECT_EQ(g.name(mentions[2].area), "Reading");
  EXPECT_EQ(words.original(mentions[2].word), "Reading");
}

TEST(GazetteerTest, RejectsANameGivenToTwoServices) {
  EXPECT_THROW(Gazetteer("A\tX\nB\tX\n"), Error);
  EXPECT_THROW(Gazetteer("\tX\n"), Error);
}

TEST(GazetteerTest, NationIsTheThirdField) {
  const Gazetteer& g = Gazetteer::builtin();
  EXPECT_EQ(g.nation(*g.index_of("Wrexham")), "Wales");
  EXPECT_EQ(g.nation(*g.index_of("Gwynedd and Ynys Môn")), "Wales");
  EXPECT_EQ(g.nation(*g.index_of("Leicester City")), "England");
  EXPECT_EQ(g.index_of("Hull"), std::nullopt);  // canonical names only
  for (std::size_t i = 0; i < g.size(); ++i) EXPECT_FALSE(g.nation(i).empty()) << g.name(i);
  EXPECT_EQ(Gazetteer("A\tX\n").nation(0), "");
  EXPECT_THROW(Gazetteer("A\tX\tScotland\n"), Error);
}

// Words are looked up as they stand in the view (no copy): long ones too, and a name whose
// first word is not capitalised is not a mention, even when it is a name's first word.
TEST(GazetteerTest, FindsLongWordsAndSkipsUncapitalisedOnes) {
  const Gazetteer g("Stockton-on-Tees\tStockton\nWolverhamptonshire Borough\t\n");
  const WordView words("Wolverhamptonshire Borough youth offending",
                       "stockton on tees, wolverhamptonshire borough and Stockton");
  const auto mentions = g.find(words);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(g.name(mentions[0].area), "Wolverhamptonshire Borough");
  EXPECT_EQ(mentions[0].word, 0u);
  EXPECT_EQ(mentions[0].length, 2u);
  EXPECT_EQ(g.name(mentions[1].area), "Stockton-on-Tees");
  EXPECT_EQ(words.original(mentions[1].word), "Stockton");
  EXPECT_EQ(mentions[1].word, words.size() - 1);
}

}  // namespace
}  // namespace yjs::extract
