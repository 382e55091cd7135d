// yjs-index's work through its one entry point: a fresh build, an update, a sharded
// build, and bad inputs counted without stopping the run.
#include "indexer/build_index.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "indexer/shards.h"
#include "tests/testing/corpus_files.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

// The messages a build reported, one a line.
struct Recorded {
  std::vector<std::string> messages;
  BuildEvents events() {
    BuildEvents events;
    events.report = [this](const std::string& message) { messages.push_back(message); };
    return events;
  }
};

BuildOptions options_for(const fs::path& db) {
  BuildOptions options;
  options.db = db.string();
  options.pipeline.jobs = 2;
  return options;
}

TEST(BuildIndexTest, FreshBuildIndexesEveryFileOfAFolder) {
  testing::TempDir dir;
  const fs::path root = dir.path() / "corpus";
  testing::make_corpus(root, 20, 5);
  Recorded recorded;
  const BuildResult result =
      build_index({root.string()}, options_for(dir.path() / "db"), recorded.events());
  EXPECT_EQ(result.stats.added, 25u);
  EXPECT_EQ(result.failures, 0u);
  EXPECT_EQ(result.documents, 25u);
  EXPECT_EQ(Xapian::Database((dir.path() / "db").string()).get_doccount(), 25u);
  EXPECT_TRUE(recorded.messages.empty()) << recorded.messages.front();
}

TEST(BuildIndexTest, UpdateAddsReplacesSkipsAndNamesGoneFiles) {
  testing::TempDir dir;
  const fs::path root = dir.path() / "corpus";
  write_file(root / "a.txt", "Alpha\nfirst");
  write_file(root / "b.txt", "Beta\nsecond");
  write_file(root / "c.txt", "Gamma\nthird");
  const BuildOptions options = options_for(dir.path() / "db");
  Recorded first;
  EXPECT_EQ(build_index({root.string()}, options, first.events()).stats.added, 3u);

  write_file(root / "b.txt", "Beta\nchanged");
  write_file(root / "d.txt", "Delta\nfourth");
  fs::remove(root / "c.txt");
  Recorded second;
  const BuildResult result = build_index({root.string()}, options, second.events());
  EXPECT_EQ(result.stats.added, 1u);
  EXPECT_EQ(result.stats.replaced, 1u);
  EXPECT_EQ(result.stats.skipped, 1u);
  EXPECT_EQ(result.stats.deleted, 0u);
  EXPECT_EQ(result.documents, 4u);  // c.txt is still there until --prune
  ASSERT_EQ(second.messages.size(), 1u);
  EXPECT_THAT(second.messages[0], HasSubstr("1 documents from 1 gone files (c.txt)"));

  BuildOptions prune = options;
  prune.prune = true;
  Recorded third;
  const BuildResult pruned = build_index({root.string()}, prune, third.events());
  EXPECT_EQ(pruned.stats.deleted, 1u);
  EXPECT_EQ(pruned.stats.skipped, 3u);
  EXPECT_EQ(pruned.documents, 3u);
  const Xapian::Database db((dir.path() / "db").string());
  EXPECT_EQ(db.get_termfreq("changed"), 1u);
  EXPECT_EQ(db.get_termfreq("second"), 0u);
}

// A file emptied since it was indexed is a gone article: named, then pruned; a JSON Lines
// file emptied takes all its articles with it.
TEST(BuildIndexTest, AnEmptiedFileIsAGoneArticle) {
  testing::TempDir dir;
  const fs::path root = dir.path() / "corpus";
  write_file(root / "a.txt", "Alpha\nfirst");
  write_file(root / "b.txt", "Beta\nsecond");
  write_file(root / "feed.jsonl",
             "{\"id\": \"f1\", \"body\": \"one\"}\n{\"id\": \"f2\", \"body\": \"two\"}\n");
  const BuildOptions options = options_for(dir.path() / "db");
  Recorded first;
  EXPECT_EQ(build_index({root.string()}, options, first.events()).stats.added, 4u);

  write_file(root / "a.txt", "");
  write_file(root / "feed.jsonl", " \n\n");
  Recorded second;
  const BuildResult kept = build_index({root.string()}, options, second.events());
  EXPECT_EQ(kept.documents, 4u);  // still there until --prune
  EXPECT_EQ(kept.ignored, 2u);
  const std::string said = ::testing::PrintToString(second.messages);
  EXPECT_THAT(said, HasSubstr("3 documents from 2 gone files (a.txt (emptied), feed.jsonl "
                              "(emptied))"));

  BuildOptions prune = options;
  prune.prune = true;
  Recorded third;
  const BuildResult pruned = build_index({root.string()}, prune, third.events());
  EXPECT_EQ(pruned.stats.deleted, 3u);
  EXPECT_EQ(pruned.documents, 1u);
  const Xapian::Database db((dir.path() / "db").string());
  EXPECT_EQ(db.get_termfreq("second"), 1u);
  EXPECT_EQ(db.get_termfreq("first"), 0u);
  EXPECT_EQ(db.get_termfreq("two"), 0u);
}

TEST(BuildIndexTest, ShardedBuildMakesOneShardPerWriter) {
  testing::TempDir dir;
  const fs::path root = dir.path() / "corpus";
  testing::make_corpus(root, 30, 0);
  BuildOptions options = options_for(dir.path() / "db");
  options.shards = 3;
  Recorded recorded;
  const BuildResult result = build_index({root.string()}, options, recorded.events());
  EXPECT_EQ(result.stats.added, 30u);
  EXPECT_EQ(result.documents, 30u);
  ASSERT_TRUE(is_sharded(options.db));
  EXPECT_EQ(read_shard_layout(options.db).shards.size(), 3u);
  EXPECT_EQ(Xapian::Database(options.db).get_doccount(), 30u);
}

TEST(BuildIndexTest, ABadFileIsCountedAndTheRestIndexed) {
  testing::TempDir dir;
  const fs::path root = dir.path() / "corpus";
  write_file(root / "good.txt", "Good\nan article");
  write_file(root / "bad.jsonl", "{\"id\": \"x\", \"body\": \n");
  Recorded recorded;
  const BuildResult result = build_index({root.string(), (dir.path() / "missing").string()},
                                         options_for(dir.path() / "db"), recorded.events());
  EXPECT_EQ(result.failures, 2u);  // the malformed line and the missing PATH
  EXPECT_EQ(result.stats.added, 1u);
  EXPECT_EQ(result.documents, 1u);
  ASSERT_EQ(recorded.messages.size(), 2u);
  EXPECT_THAT(recorded.messages[0], HasSubstr("missing: error: no such file or directory"));
  EXPECT_THAT(recorded.messages[1], HasSubstr("bad.jsonl:1: error: malformed JSON"));
}

TEST(BuildIndexTest, AStopRequestEndsTheRunWithWhatWasWritten) {
  testing::TempDir dir;
  const fs::path root = dir.path() / "corpus";
  testing::make_corpus(root, 10, 0);
  Recorded recorded;
  BuildEvents events = recorded.events();
  // Asked before each file and after each item: true from the fifth time, after two files.
  int asked = 0;
  events.stop_requested = [&asked] { return ++asked > 4; };
  BuildOptions options = options_for(dir.path() / "db");
  const BuildResult result = build_index({root.string()}, options, events);
  EXPECT_EQ(result.failures, 0u);
  EXPECT_EQ(result.stats.added, 2u);  // what was written before the stop stays
  EXPECT_EQ(Xapian::Database(options.db).get_doccount(), 2u);
}

}  // namespace
}  // namespace yjs
