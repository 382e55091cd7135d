#include "indexer/indexer.h"

#include <gtest/gtest.h>

#include "common/errors.h"
#include "common/schema.h"
#include "indexer/new_database.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

using testing::make_article;

// The indexer and the command line ask one question: is anything at the database's path?
TEST(IndexerTest, ADatabaseIsNewUntilSomethingIsAtItsPath) {
  testing::TempDir dir;
  const std::string db_path = (dir.path() / "db").string();
  EXPECT_TRUE(is_new_database(db_path));
  {
    Indexer indexer(db_path, IndexerOptions{});
    EXPECT_TRUE(indexer.created());
    indexer.commit();
  }
  EXPECT_FALSE(is_new_database(db_path));
  EXPECT_FALSE(Indexer(db_path, IndexerOptions{}).created());
}

TEST(IndexerTest, CommitsEveryBatch) {
  testing::TempDir dir;
  const std::string db_path = (dir.path() / "db").string();
  Indexer indexer(db_path, IndexerOptions{.language = "english", .batch_size = 2});
  testing::write_articles(indexer, {make_article("a", "A", "x"), make_article("b", "B", "x"),
                                    make_article("c", "C", "x")});
  // A reader sees the first batch of two before the explicit commit.
  EXPECT_EQ(Xapian::Database(db_path).get_doccount(), 2u);
  indexer.commit();
  EXPECT_EQ(Xapian::Database(db_path).get_doccount(), 3u);
}

TEST(IndexerTest, RefusesADatabaseBuiltWithAnotherLanguage) {
  testing::TempDir dir;
  const std::string db_path = (dir.path() / "db").string();
  {
    Indexer indexer(db_path, IndexerOptions{.language = "french"});
    indexer.commit();
  }
  EXPECT_THROW(Indexer(db_path, IndexerOptions{}), UsageError);
}

TEST(IndexerTest, SecondWriterIsLockedOut) {
  testing::TempDir dir;
  const std::string db_path = (dir.path() / "db").string();
  Indexer first(db_path, IndexerOptions{});
  EXPECT_THROW(Indexer(db_path, IndexerOptions{}), Xapian::DatabaseLockError);
}

TEST(IndexerTest, BadArticleWritesNothing) {
  testing::TempDir dir;
  const std::string db_path = (dir.path() / "db").string();
  Indexer indexer(db_path, IndexerOptions{});
  Article bad = make_article("bad", "T", "B");
  bad.rating = "excellent";
  EXPECT_THROW(testing::write_articles(indexer, {bad}), InputError);
  indexer.commit();
  EXPECT_EQ(indexer.doc_count(), 0u);
}

}  // namespace
}  // namespace yjs
