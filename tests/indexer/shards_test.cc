// A sharded database must hold exactly what one database would: built in parallel, updated
// (replaced, added, pruned, deleted articles), compacted back into one. Each document lives
// in the shard its id hashes to.
#include "indexer/shards.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <unordered_set>

#include "common/errors.h"
#include "common/schema.h"
#include "indexer/compact.h"
#include "indexer/identity.h"
#include "indexer/parallel_build.h"
#include "tests/testing/corpus_files.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

namespace fs = std::filesystem;

TEST(ShardsTest, ShardOfIsFnv1aOfTheIdModuloShards) {
  // Published FNV-1a 64-bit values: "" 0xcbf29ce484222325, "a" 0xaf63dc4c8601ec8c,
  // "foobar" 0x85944171f73967e8.
  EXPECT_EQ(shard_of("", 1000), 0xcbf29ce484222325ull % 1000);
  EXPECT_EQ(shard_of("a", 1000), 0xaf63dc4c8601ec8cull % 1000);
  EXPECT_EQ(shard_of("foobar", 1000), 0x85944171f73967e8ull % 1000);
  EXPECT_EQ(shard_of("2019/leicester.txt", 1), 0u);
  // Spread evenly enough over shards.
  std::vector<int> per_shard(3);
  for (int i = 0; i < 3000; ++i) ++per_shard[shard_of("00000/" + std::to_string(i) + ".txt", 3)];
  for (int count : per_shard) EXPECT_NEAR(count, 1000, 100);
}

// A database and a sharded database, built from the same corpus, updated alike.
class ShardedDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::canonical(dir_.path()) / "corpus";
    files_ = testing::make_corpus(root_, 60, 9);
    options_.root = root_.string();
    {
      Indexer indexer(single_, options_);
      PipelineOptions pipeline;
      pipeline.jobs = 1;
      EXPECT_EQ(run_pipeline(files_, indexer, pipeline, PipelineEvents{}).failures, 0u);
      indexer.finish();
    }
    IndexerOptions small_runs = options_;
    small_runs.batch_size = 7;  // several runs per shard
    const BuildResult result =
        build_parallel(files_, sharded_, small_runs, 3, ReadOptions{}, {}, BuildLayout::kShards);
    EXPECT_EQ(result.failures, 0u);
    EXPECT_EQ(result.documents, 69u);
  }

  // Indexes `files` into `db`, then prunes what is gone under the corpus, as yjs-index does.
  IndexStats update(const std::string& db, const std::vector<InputFile>& files) {
    Indexer indexer(db, options_);
    PipelineOptions pipeline;
    pipeline.jobs = 2;
    EXPECT_EQ(run_pipeline(files, indexer, pipeline, PipelineEvents{}).failures, 0u);
    std::unordered_set<std::string> seen;
    for (const InputFile& file : files) seen.insert(file.id);
    for (const GoneFile& gone : find_gone(indexer.database(), root_, {root_}, seen)) {
      for (const std::string& id : gone.ids) indexer.remove(id);
    }
    indexer.finish();
    return indexer.stats();
  }

  void expect_same_contents(const std::string& a, const std::string& b) {
    const auto expected = testing::database_contents(a);
    const auto actual = testing::database_contents(b);
    EXPECT_EQ(expected.size(), actual.size());
    for (const auto& [key, value] : expected) {
      const auto found = actual.find(key);
      ASSERT_NE(found, actual.end()) << key << " missing from " << b;
      EXPECT_EQ(found->second, value) << key;
    }
  }

  // Every document of every shard is in the shard its id hashes to.
  void expect_routed_by_hash() {
    const ShardLayout layout = read_shard_layout(sharded_);
    const auto shards = static_cast<unsigned>(layout.shards.size());
    const std::string prefix(schema::kIdPrefix);
    for (unsigned k = 0; k < shards; ++k) {
      const Xapian::Database shard(layout.shards[k]);
      EXPECT_GT(shard.get_doccount(), 0u) << layout.shards[k];
      for (auto it = shard.allterms_begin(prefix); it != shard.allterms_end(prefix); ++it) {
        EXPECT_EQ(shard_of((*it).substr(prefix.size()), shards), k) << *it;
      }
    }
    EXPECT_EQ(Xapian::Database(layout.lexicon).get_doccount(), 0u);
  }

  testing::TempDir dir_;
  fs::path root_;
  std::vector<InputFile> files_;
  IndexerOptions options_;
  std::string single_ = (dir_.path() / "single").string();
  std::string sharded_ = (dir_.path() / "sharded").string();
};

TEST_F(ShardedDatabaseTest, HoldsWhatOneDatabaseHolds) {
  const ShardLayout layout = read_shard_layout(sharded_);
  EXPECT_EQ(layout.shards.size(), 3u);
  EXPECT_EQ(layout.lexicon, sharded_ + "/lexicon");
  expect_routed_by_hash();
  // Documents, terms, positions, values, spelling data, synonyms, metadata: all equal.
  expect_same_contents(single_, sharded_);
  // The spelling data is in the lexicon, where a search host keeps a copy.
  const Xapian::Database lexicon(layout.lexicon);
  EXPECT_NE(lexicon.spellings_begin(), lexicon.spellings_end());
  EXPECT_NE(lexicon.synonym_keys_begin(), lexicon.synonym_keys_end());
  for (const auto& entry : fs::directory_iterator(dir_.path())) {
    EXPECT_FALSE(entry.path().filename().string().ends_with(".tmp")) << entry.path();
  }
}

TEST_F(ShardedDatabaseTest, UpdatesReplaceInTheShardThatHoldsTheDocument) {
  // One article changed, one file gone, one new article; the rest unchanged.
  std::ofstream(files_[0].path, std::ios::app) << "\nA new paragraph about speech and language.\n";
  fs::remove(files_[1].path);
  std::vector<InputFile> files(files_.begin() + 2, files_.end());
  files.push_back(files_[0]);
  std::ofstream(root_ / "new-article.txt") << "A new inspection\nLeicester City was rated Good.\n";
  files.push_back({root_ / "new-article.txt", "new-article.txt"});

  const IndexStats single = update(single_, files);
  const IndexStats sharded = update(sharded_, files);
  EXPECT_EQ(sharded.replaced, 1u);
  EXPECT_EQ(sharded.added, 1u);
  EXPECT_EQ(sharded.deleted, 1u);
  EXPECT_EQ(sharded.skipped, single.skipped);
  expect_routed_by_hash();
  expect_same_contents(single_, sharded_);
  EXPECT_EQ(Xapian::Database(sharded_).get_doccount(), 69u);
}

TEST_F(ShardedDatabaseTest, DeleteFindsTheDocumentInItsShard) {
  Indexer indexer(sharded_, options_);
  EXPECT_EQ(indexer.shard_count(), 3u);
  EXPECT_TRUE(indexer.remove("feed-3"));
  EXPECT_FALSE(indexer.remove("no-such-id"));
  indexer.commit();
  EXPECT_EQ(indexer.doc_count(), 68u);
  EXPECT_FALSE(Xapian::Database(sharded_).term_exists("Qfeed-3"));
}

TEST_F(ShardedDatabaseTest, CompactsIntoOneDatabaseHoldingTheSame) {
  const std::string compacted = (dir_.path() / "compacted").string();
  EXPECT_EQ(compact_database(sharded_, compacted), 69u);
  EXPECT_FALSE(is_sharded(compacted));
  expect_same_contents(single_, compacted);
  EXPECT_THROW(compact_database(sharded_, compacted), Error);  // it exists now
}

TEST_F(ShardedDatabaseTest, PartsAreCheckedWhenOpened) {
  EXPECT_EQ(sharded_parent(sharded_ + "/shard-1"), fs::canonical(sharded_).string());
  EXPECT_EQ(sharded_parent(sharded_ + "/lexicon"), fs::canonical(sharded_).string());
  EXPECT_EQ(sharded_parent(sharded_), "");
  EXPECT_EQ(sharded_parent(single_), "");

  const std::string stub = sharded_ + "/XAPIANDB";
  std::ofstream(stub, std::ios::app) << "remote 10.0.0.2:33333\n";
  try {
    Indexer indexer(sharded_, options_);
    FAIL() << "a stub listing a remote shard was written to";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "XAPIANDB:7: 'remote 10.0.0.2:33333' is not what yjs-index writes"),
              std::string::npos)
        << e.what();
  }
  write_stub_file(sharded_, 3);
  fs::remove_all(sharded_ + "/shard-1");
  try {
    Indexer indexer(sharded_, options_);
    FAIL() << "a missing shard was not noticed";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("cannot open '" + sharded_ + "/shard-1', a part of"),
              std::string::npos)
        << e.what();
  }
  EXPECT_FALSE(fs::exists(sharded_ + "/shard-1"));  // not silently made anew
}

}  // namespace
}  // namespace yjs
