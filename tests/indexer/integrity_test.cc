// Index integrity: the writer lock, file identity, gone files and the publish path.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "common/errors.h"
#include "indexer/identity.h"
#include "indexer/indexer.h"
#include "indexer/pipeline.h"
#include "indexer/writer_lock.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

TEST(WriterLockTest, SecondLockOnTheSameDatabaseIsRefused) {
  testing::TempDir dir;
  const std::string db = (dir.path() / "db").string();
  WriterLock first(db);
  EXPECT_EQ(first.path(), (fs::canonical(dir.path()) / "db.lock").string());
  EXPECT_THROW(WriterLock second(db), DatabaseBusyError);
  // The same database spelled another way is the same lock.
  EXPECT_THROW(WriterLock second(db + "/"), DatabaseBusyError);
  fs::create_directory_symlink(dir.path(), dir.path() / "link");
  EXPECT_THROW(WriterLock second((dir.path() / "link" / "db").string()), DatabaseBusyError);
}

TEST(WriterLockTest, WaitsWhileAskedThenTakesTheFreedLock) {
  testing::TempDir dir;
  const std::string db = (dir.path() / "db").string();
  auto first = std::make_unique<WriterLock>(db);
  int asked = 0;
  // keep_trying says stop: refused after one question.
  EXPECT_THROW(WriterLock(db, [&] { return ++asked, false; }), DatabaseBusyError);
  EXPECT_EQ(asked, 1);
  // keep_trying frees the lock (as the other indexer finishing would): taken on retry.
  WriterLock second(db, [&] { return first.reset(), true; });
  EXPECT_EQ(second.path(), lock_path_for(db));
}

TEST(WriterLockTest, RemovesOnlyThisDatabasesBuildLeftovers) {
  testing::TempDir dir;
  for (const char* name : {"db.run0-0.tmp", "db.run1-12.tmp", "db.spelling0.tmp", "db.merging.tmp",
                           "db", "db.keep", "other.run0-0.tmp", "dbx.run0-0.tmp"}) {
    fs::create_directories(dir.path() / name / "inner");
  }
  EXPECT_EQ(remove_build_leftovers((dir.path() / "db").string()), 4u);
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    left.push_back(entry.path().filename().string());
  }
  std::sort(left.begin(), left.end());
  EXPECT_THAT(left, ElementsAre("db", "db.keep", "dbx.run0-0.tmp", "other.run0-0.tmp"));
}

TEST(IdentityTest, FileIdsAreRealPathsRelativeToTheRoot) {
  testing::TempDir dir;
  const fs::path root = fs::canonical(dir.path());
  write_file(root / "corpus" / "2019" / "a.txt", "A\nx");
  fs::create_symlink(root / "corpus" / "2019" / "a.txt", root / "link.txt");
  const fs::path corpus = root / "corpus";
  EXPECT_EQ(file_id(corpus, real_path(corpus / "2019" / "a.txt")), "2019/a.txt");
  EXPECT_EQ(file_id(corpus, real_path(corpus / "2019" / ".." / "2019" / "./a.txt")), "2019/a.txt");
  EXPECT_EQ(file_id(corpus, real_path(root / "link.txt")), "2019/a.txt");
  EXPECT_EQ(file_id(corpus, real_path(root / "other.txt")), "../other.txt");
}

TEST(IdentityTest, IsUnderMeansTheScopeItselfOrInsideIt) {
  EXPECT_TRUE(is_under("/c/a.txt", "/c/a.txt"));
  EXPECT_TRUE(is_under("/c/d/a.txt", "/c"));
  EXPECT_TRUE(is_under("/c/d/a.txt", "/"));
  EXPECT_FALSE(is_under("/c/a.txt", "/c/a"));
  EXPECT_FALSE(is_under("/c/a.txt", "/c/d"));
  EXPECT_FALSE(is_under("/cd/a.txt", "/c"));
}

TEST(IdentityTest, RootIsRecordedOrTheFirstInputsFolder) {
  testing::TempDir dir;
  const fs::path root = fs::canonical(dir.path());
  write_file(root / "corpus" / "a.txt", "A\nx");
  const std::string db = (root / "db").string();
  EXPECT_EQ(id_root_for(db, {(root / "corpus").string()}), root / "corpus");
  EXPECT_EQ(id_root_for(db, {(root / "corpus" / "a.txt").string()}), root / "corpus");
  {
    IndexerOptions options;
    options.root = "/somewhere";
    Indexer indexer(db, options);
    indexer.commit();
  }
  EXPECT_EQ(id_root_for(db, {(root / "corpus").string()}), "/somewhere");
}

TEST(IdentityTest, ADatabaseMadeUnderTheOldRuleIsRefusedClearly) {
  testing::TempDir dir;
  const std::string db = (dir.path() / "db").string();
  {
    Indexer old(db, IndexerOptions{});  // no root recorded, as before ids had one
    testing::write_articles(old, {testing::make_article("a.txt", "A", "x")});
    old.commit();
  }
  try {
    id_root_for(db, {dir.path().string()});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("'" + db + "' was made by an older yjs-index"));
  }
  IndexerOptions options;
  options.root = dir.path().string();
  EXPECT_THROW(Indexer(db, options), Error);
}

TEST(IdentityTest, GoneFilesAreThoseUnderTheScopesThatNoLongerExist) {
  testing::TempDir dir;
  const fs::path root = fs::canonical(dir.path()) / "corpus";
  write_file(root / "a.txt", "A\nalpha");
  write_file(root / "sub" / "b.txt", "B\nbeta");
  write_file(root / "sub" / "feed.jsonl",
             "{\"id\": \"j1\", \"body\": \"one\"}\n{\"id\": \"j2\", \"body\": \"two\"}\n");
  const std::string db = (dir.path() / "db").string();
  IndexerOptions options;
  options.root = root.string();
  Indexer indexer(db, options);
  std::vector<InputFile> files = {{root / "a.txt", "a.txt"},
                                  {root / "sub" / "b.txt", "sub/b.txt"},
                                  {root / "sub" / "feed.jsonl", "sub/feed.jsonl"}};
  run_pipeline(files, indexer, PipelineOptions{}, PipelineEvents{});
  indexer.commit();
  fs::remove(root / "sub" / "b.txt");
  fs::remove(root / "sub" / "feed.jsonl");

  const auto names = [](const std::vector<GoneFile>& gone) {
    std::vector<std::string> out;
    for (const GoneFile& file : gone) {
      for (const std::string& id : file.ids) out.push_back(file.file + ":" + id);
    }
    return out;
  };
  EXPECT_THAT(names(find_gone(indexer.database(), root, {root}, {})),
              ElementsAre("sub/b.txt:sub/b.txt", "sub/feed.jsonl:j1", "sub/feed.jsonl:j2"));
  // A narrower scope sees only what is under it.
  EXPECT_THAT(names(find_gone(indexer.database(), root, {root / "a.txt"}, {})), ElementsAre());
  EXPECT_THAT(names(find_gone(indexer.database(), root, {root / "sub" / "b.txt"}, {})),
              ElementsAre("sub/b.txt:sub/b.txt"));
  // A file seen in this run is never gone.
  EXPECT_THAT(names(find_gone(indexer.database(), root, {root}, {"sub/b.txt", "sub/feed.jsonl"})),
              ElementsAre());
}

TEST(IdentityTest, AnArticleMovedToAnotherFileIsRewrittenSoPruningItsOldFileKeepsIt) {
  testing::TempDir dir;
  const fs::path root = fs::canonical(dir.path());
  const std::string line = "{\"id\": \"j1\", \"body\": \"one\"}\n";
  write_file(root / "old.jsonl", line);
  IndexerOptions options;
  options.root = root.string();
  const std::string db = (root / "db").string();
  {
    Indexer indexer(db, options);
    run_pipeline({{root / "old.jsonl", "old.jsonl"}}, indexer, PipelineOptions{}, {});
    indexer.finish();
  }
  fs::remove(root / "old.jsonl");
  write_file(root / "new.jsonl", line);
  Indexer indexer(db, options);
  run_pipeline({{root / "new.jsonl", "new.jsonl"}}, indexer, PipelineOptions{}, {});
  EXPECT_EQ(indexer.stats().replaced, 1u);  // same text, new file: not skipped
  EXPECT_TRUE(find_gone(indexer.database(), root, {root}, {"new.jsonl"}).empty());
}

TEST(IdentityTest, IdsNamedFindsTheIdsOfAFileName) {
  testing::TempDir dir;
  Indexer indexer((dir.path() / "db").string(), IndexerOptions{});
  for (const char* id : {"a.txt", "x/a.txt", "x/ba.txt", "b.txt"}) {
    testing::write_articles(indexer, {testing::make_article(id, "T", "body")});
  }
  EXPECT_THAT(ids_named(indexer.database(), "y/a.txt"), ElementsAre("a.txt", "x/a.txt"));
  EXPECT_THAT(ids_named(indexer.database(), "c.txt"), ElementsAre());
}

TEST(PublishTest, SyncFailuresNameThePath) {
  testing::TempDir dir;
  const std::string missing = (dir.path() / "missing").string();
  try {
    sync_database(missing);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("'" + missing + "'"));
  }
  EXPECT_THROW(sync_directory(missing), Error);
  fs::create_directories(dir.path() / "db");
  write_file(dir.path() / "db" / "table", "x");
  EXPECT_NO_THROW(sync_database((dir.path() / "db").string()));
}

}  // namespace
}  // namespace yjs
