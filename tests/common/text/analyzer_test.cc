#include "common/text/analyzer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/text/hyphen.h"
#include "tests/testing/test_db.h"

namespace yjs::text {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsSupersetOf;
using ::testing::Not;

struct WordsCase {
  std::string text;
  std::vector<std::string> words;
};

TEST(AnalyzerTest, WordsTable) {
  const std::vector<WordsCase> cases = {
      {"Southend-on-Sea's", {"southend", "on", "sea"}},
      {"SOUTHEND-ON-SEA’s", {"southend", "on", "sea"}},
      {"out-of-court", {"out", "of", "court"}},
      {"children aged 10-17", {"children", "aged", "10", "17"}},
      {"Ærøskøbing", {"ærøskøbing"}},
      {"2019/20", {"2019", "20"}},
      {"3.5 1,000 v1.4", {"3.5", "1,000", "v1.4"}},
      {"the U.S.A. and e.g.", {"the", "usa", "and", "e", "g"}},
      {"media@hmiprobation.gov.uk", {"media", "hmiprobation", "gov", "uk"}},
      {"B&NES C++", {"b", "nes", "c"}},
      {"“Good”", {"good"}},
      {"", {}},
  };
  Analyzer analyzer;
  for (const auto& c : cases) {
    EXPECT_EQ(analyzer.words(c.text), c.words) << "text: " << c.text;
  }
}

// Found by the analyzer fuzz target: a combining mark or apostrophe next to an inner
// separator stayed on a word, which then analysed differently on its own.
TEST(AnalyzerTest, WordsSplitAtSeparatorsAnalyseAlike) {
  Analyzer analyzer;
  EXPECT_THAT(analyzer.words("media@\u0301hmiprobation.\u20DDgov"),
              ElementsAre("media", "hmiprobation", "gov"));
  EXPECT_THAT(analyzer.words("x@'ootmedia' o'@y"), ElementsAre("x", "ootmedia", "o", "y"));
  EXPECT_THAT(analyzer.words("O\u2019\u0301@B \u2019\u0301x@y"), ElementsAre("o", "b", "x", "y"));
  // A word ICU finds only inside longer text is replaced by what it is alone.
  for (const std::string& word : analyzer.words("U.S_\u0301 s_\u0301x ab.\u02BCcd1 x_\u0301")) {
    EXPECT_THAT(analyzer.words(word), ElementsAre(word));
  }
  EXPECT_THAT(analyzer.words("snake@_ c.__.d __ _"), ElementsAre("snake", "c", "d"));
  // U+02BC (modifier letter apostrophe) is a letter for ICU and folds to an apostrophe.
  EXPECT_THAT(analyzer.words("\u02BCand o\u02BC"), ElementsAre("and", "o"));
  // ...and inside a word ICU reads as a number, the folded text's boundaries apply.
  EXPECT_THAT(analyzer.words("ab.\u02BCcd1 Leicester\u02BCs"),
              ElementsAre("ab", "cd1", "leicester"));
  // U+202F (narrow no-break space) joins words for ICU and folds to a space.
  EXPECT_THAT(analyzer.words("1\u202F000 obsno\u202Fg"), ElementsAre("1", "000", "obsno", "g"));
  for (const std::string& word : analyzer.words("media@\u0301'hmiprobation")) {
    EXPECT_THAT(analyzer.words(word), ElementsAre(word));
  }
}

TEST(AnalyzerTest, SkipsWordsLongerThanTheLimit) {
  Analyzer analyzer;
  const std::string long_word(kMaxWordBytes + 1, 'a');
  EXPECT_THAT(analyzer.words("short " + long_word + " end"), ElementsAre("short", "end"));
}

TEST(AnalyzerTest, StemsWithSnowballAndNotNumbers) {
  Analyzer analyzer;
  EXPECT_EQ(analyzer.stem("inspections"), "inspect");
  EXPECT_EQ(analyzer.stem("leicester's"), "leicest");
  EXPECT_EQ(analyzer.stem("2019"), "");
  Analyzer none("none");
  EXPECT_EQ(none.stem("inspections"), "");
}

TEST(AnalyzerTest, UnknownLanguageThrows) {
  EXPECT_THROW(Analyzer("klingon"), Xapian::InvalidArgumentError);
}

TEST(AnalyzerTest, EmitsZPrefixedStemsWithoutPositions) {
  Analyzer analyzer;
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzer.index_text("Inspections of 2019", doc, pos);
  EXPECT_EQ(pos, 3u);
  EXPECT_THAT(testing::terms_of(doc), ElementsAre("2019", "Zinspect", "Zof", "inspections", "of"));
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const bool is_stem = (*it)[0] == 'Z';
    EXPECT_EQ(it.positionlist_count() == 0, is_stem) << *it;
  }
}

TEST(AnalyzerTest, PrefixAppliesToWordsAndStems) {
  Analyzer analyzer;
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzer.index_text("Ratings", doc, pos, "S");
  EXPECT_THAT(testing::terms_of(doc), ElementsAre("Sratings", "ZSrate"));
  EXPECT_THAT(testing::terms_of(doc), Not(Contains("ratings")));
}

// Where the Analyzer and Xapian's TermGenerator agree, databases read the same in
// omega or quest; the differences are listed and deliberate.
TEST(AnalyzerTest, MatchesTermGeneratorOnOrdinaryText) {
  const std::vector<std::string> sentences = {
      "Chief Inspector of Probation, Justin Russell, said the service was Good.",
      "Leicester YOT requires improvement; speech and language support was weak.",
      "Children aged 10-17 given court disposals in 2019/20.",
      "Fieldwork took place in March 2025; the report scored 69% and 3.5 out of 4.",
      "The U.S.A. and Ærøskøbing, email media@hmiprobation.gov.uk.",
  };
  Analyzer analyzer;
  for (const std::string& sentence : sentences) {
    Xapian::Document ours;
    Xapian::termpos pos = 0;
    analyzer.index_text(sentence, ours, pos);

    Xapian::Document theirs;
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    generator.set_document(theirs);
    generator.index_text(sentence);
    EXPECT_EQ(testing::terms_of(ours), testing::terms_of(theirs)) << "sentence: " << sentence;
  }
}

// Documented differences: ICU splits at "&" and drops "++" (TermGenerator keeps "b&nes"
// and "c++"), case folding maps "ß" to "ss" (TermGenerator only lower-cases), diacritics
// go ("môn", "café"), a possessive "'s" goes, and hyphenated compounds are also indexed
// closed up, without a position.
TEST(AnalyzerTest, DocumentedDifferencesFromTermGenerator) {
  Analyzer analyzer;
  EXPECT_THAT(analyzer.words("B&NES"), ElementsAre("b", "nes"));
  EXPECT_THAT(analyzer.words("C++"), ElementsAre("c"));
  EXPECT_THAT(analyzer.words("Straße"), ElementsAre("strasse"));
  EXPECT_THAT(analyzer.words("Ynys Môn café Sir Gâr"),
              ElementsAre("ynys", "mon", "cafe", "sir", "gar"));
  EXPECT_THAT(analyzer.words("Leicester’s children's"), ElementsAre("leicester", "children"));
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzer.index_text("re-offending out-of-court well‐being 10-17 covid-19", doc, pos);
  EXPECT_THAT(testing::terms_of(doc),
              IsSupersetOf({"reoffending", "Zreoffend", "outofcourt", "wellbeing", "Zwellb"}));
  EXPECT_THAT(testing::terms_of(doc), Not(Contains("1017")));
  EXPECT_THAT(testing::terms_of(doc), Not(Contains("covid19")));
  auto positions = [&doc](const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term ? it.positionlist_count() : 999u;
  };
  EXPECT_EQ(positions("reoffending"), 0u);
  EXPECT_EQ(positions("offending"), 1u);
}

// The en dash joins a number range in a query ("10–17"), but between words it is a dash:
// "re–offending" is two words, not a compound to close up.
TEST(AnalyzerTest, AnEnDashJoinsNumbersNotWords) {
  EXPECT_TRUE(is_compound_hyphen("\u2010"));
  EXPECT_TRUE(is_range_dash("-"));
  EXPECT_TRUE(is_range_dash("\u2013"));
  EXPECT_FALSE(is_compound_hyphen("\u2013"));
  Analyzer analyzer;
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzer.index_text("re\u2013offending re\u2011entry", doc, pos);
  EXPECT_THAT(testing::terms_of(doc), Not(Contains("reoffending")));
  EXPECT_THAT(testing::terms_of(doc), Contains("reentry"));
}

// What a document's text was indexed as comes back as a value: the index words, in order,
// as words() gives them, untouched by later calls.
TEST(AnalyzerTest, IndexTextReturnsTheWordsItIndexed) {
  Analyzer analyzer;
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  const std::vector<std::string> title = analyzer.index_text("Leicester’s re-offending", doc, pos);
  const std::vector<std::string> body = analyzer.index_text("YOT work", doc, pos);
  EXPECT_THAT(title, ElementsAre("leicester", "re", "offending"));
  EXPECT_EQ(title, analyzer.words("Leicester’s re-offending"));
  EXPECT_THAT(body, ElementsAre("yot", "work"));
  EXPECT_EQ(pos, 5u);
}

TEST(AnalyzerTest, SegmentsCoverTheText) {
  Analyzer analyzer;
  const std::vector<Segment> segments = analyzer.segments("speech, 10");
  ASSERT_EQ(segments.size(), 4u);  // "speech", ",", " ", "10"
  EXPECT_TRUE(segments[0].is_word);
  EXPECT_FALSE(segments[1].is_word);
  EXPECT_EQ(segments[3].begin, 8u);
  EXPECT_TRUE(segments[3].is_number);
}

TEST(AnalyzerTest, PossessivesStayInOtherLanguages) {
  Analyzer french("french");
  EXPECT_THAT(french.words("Leicester's"), ElementsAre("leicester's"));
}

}  // namespace
}  // namespace yjs::text
