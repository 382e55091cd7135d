#include "indexer/spelling.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "indexer/indexer.h"
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

TEST(SpellingTest, CollectsTheSpellingWordsAmongADocumentsTerms) {
  Xapian::Document doc;
  for (const char* term : {"XAREAleicester", "Zspeech", "2019", "an", "speech", "language"}) {
    doc.add_term(term);
  }
  SpellingWords words;
  collect_spelling_words(doc.termlist_begin(), doc.termlist_end(), words);
  EXPECT_THAT(words, UnorderedElementsAre("speech", "language"));
  const Xapian::Document empty;
  collect_spelling_words(empty.termlist_begin(), empty.termlist_end(), words);
  EXPECT_EQ(words.size(), 2u);
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

// The spelling table as (word, frequency) pairs, in order.
std::vector<std::pair<std::string, Xapian::doccount>> table_of(const Xapian::Database& db) {
  std::vector<std::pair<std::string, Xapian::doccount>> table;
  for (auto word = db.spellings_begin(); word != db.spellings_end(); ++word) {
    table.emplace_back(*word, word.get_termfreq());
  }
  return table;
}

// One rule for both ways of filling the table: a database updated run after run (articles
// added, rewritten, deleted) ends with the table a new database of its final articles has.
TEST(SpellingTest, AnUpdatedDatabaseHasTheTableOfANewOneOfTheSameArticles) {
  using testing::make_article;
  testing::TempDir dir;
  const std::string updated = (dir.path() / "updated").string();
  {
    Indexer first(updated, IndexerOptions{});
    testing::write_articles(first, {make_article("a", "Speech support", "speech and language"),
                                    make_article("b", "Custody", "custody and remand")});
    first.finish();
  }
  {
    Indexer second(updated, IndexerOptions{.language = "english", .batch_size = 1});
    ASSERT_FALSE(second.created());
    testing::write_articles(second,
                            {make_article("c", "Speech again", "speech therapists and remand"),
                             make_article("b", "Custody rewritten", "custody only"),
                             make_article("d", "Typo", "a word spelt wrongg once")});
    ASSERT_TRUE(second.remove("d"));
    second.finish();
  }
  const std::string fresh = (dir.path() / "fresh").string();
  {
    Indexer indexer(fresh, IndexerOptions{});
    ASSERT_TRUE(indexer.created());
    testing::write_articles(indexer,
                            {make_article("a", "Speech support", "speech and language"),
                             make_article("b", "Custody rewritten", "custody only"),
                             make_article("c", "Speech again", "speech therapists and remand")});
    indexer.finish();
  }
  const auto table = table_of(Xapian::Database(updated));
  EXPECT_EQ(table, table_of(Xapian::Database(fresh)));
  // "speech" four times in a and c, "and" in a and c; "custody" (twice, but in b alone
  // since it was rewritten), "remand" (in c alone since then) and "wrongg" (in a deleted
  // article) are not suggested.
  EXPECT_THAT(table, ::testing::ElementsAre(Pair("and", 2u), Pair("speech", 4u)));
}

}  // namespace
}  // namespace yjs