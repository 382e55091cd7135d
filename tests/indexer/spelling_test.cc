#include "indexer/spelling.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/testing/test_db.h"

namespace yjs {
namespace {

using ::testing::Pair;
using ::testing::UnorderedElementsAre;

TEST(SpellingTest, SuggestsWordsOfThreeToTwentyFourBytesStartingWithALetter) {
  for (const char* word : {"yot", "speech", "ærø", "wellbeing", "abcdefghijklmnopqrstuvwx"}) {
    EXPECT_TRUE(is_spelling_word(word)) << word;
  }
  for (const char* word : {"", "an", "2019", "10th", "_foo", "'tis", "XAREAleicester", "Zspeech",
                           "abcdefghijklmnopqrstuvwxy"}) {
    EXPECT_FALSE(is_spelling_word(word)) << word;
  }
}

TEST(SpellingTest, CountsADocumentsSpellingWords) {
  WordCounts counts;
  count_spelling_words({"speech", "and", "language", "speech", "2019"}, counts);
  EXPECT_THAT(counts,
              UnorderedElementsAre(Pair("speech", 2u), Pair("and", 1u), Pair("language", 1u)));
}

// A new database's spelling table comes from its lexicon, by the same rule: words in two
// documents or more, with their number of occurrences.
TEST(SpellingTest, TheLexiconGivesWordsFoundInTwoDocuments) {
  Xapian::WritableDatabase db = testing::in_memory_db(
      {testing::make_article("a", "Speech support", "speech and language, 2019"),
       testing::make_article("b", "Language", "speech therapy in 2019")});
  testing::TempDir dir;
  Xapian::WritableDatabase target((dir.path() / "spelling").string(), Xapian::DB_CREATE);
  add_spelling_from_lexicon(db, target);
  target.commit();
  std::vector<std::pair<std::string, Xapian::doccount>> spelling;
  for (auto word = target.spellings_begin(); word != target.spellings_end(); ++word) {
    spelling.emplace_back(*word, word.get_termfreq());
  }
  // "speech" three times (title and body of a, body of b), "language" twice; "support",
  // "therapy" (one document) and "2019" (a number) are not suggested.
  EXPECT_THAT(spelling, UnorderedElementsAre(Pair("language", 2u), Pair("speech", 3u)));
}

}  // namespace
}  // namespace yjs
