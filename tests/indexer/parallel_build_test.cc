// A new database built on several cores (runs merged by compaction) must hold exactly what
// one writer would have written: documents, terms with positions, values, spelling data,
// synonyms and metadata.
#include "indexer/parallel_build.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <map>
#include <stdexcept>

#include "indexer/identity.h"
#include "indexer/shards.h"
#include "tests/testing/corpus_files.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

namespace fs = std::filesystem;

TEST(ParallelBuildTest, SameDatabaseAsOneWriter) {
  testing::TempDir dir;
  const fs::path root = fs::canonical(dir.path()) / "corpus";
  const std::vector<InputFile> files = testing::make_corpus(root, 90, 12);
  IndexerOptions options;
  options.root = root.string();

  const std::string single = (dir.path() / "single").string();
  {
    Indexer indexer(single, options);
    PipelineOptions pipeline;
    pipeline.jobs = 1;
    const PipelineCounts counts = run_pipeline(files, indexer, pipeline, PipelineEvents{});
    EXPECT_EQ(counts.failures, 0u);
    indexer.finish();
  }
  // Three writers, a new run every 8 documents: about a dozen runs merged.
  IndexerOptions parallel_options = options;
  parallel_options.batch_size = 8;
  const std::string parallel = (dir.path() / "parallel").string();
  const BuildResult result =
      build_parallel(files, parallel, parallel_options, 3, ReadOptions{}, {});
  EXPECT_EQ(result.failures, 0u);
  EXPECT_EQ(result.stats.added, 102u);
  EXPECT_EQ(result.documents, 102u);

  const auto expected = testing::database_contents(single);
  const auto actual = testing::database_contents(parallel);
  EXPECT_EQ(expected.size(), actual.size());
  EXPECT_EQ(std::count_if(expected.begin(), expected.end(),
                          [](const auto& entry) { return entry.first.starts_with("document Q"); }),
            102);
  EXPECT_GT(expected.count("spelling inspection") + expected.count("spelling youth"), 0u);
  EXPECT_EQ(expected.at("metadata " + std::string(kRootMetadataKey)), root.string());
  for (const auto& [key, value] : expected) {
    const auto found = actual.find(key);
    ASSERT_NE(found, actual.end()) << key << " missing from the parallel build";
    EXPECT_EQ(found->second, value) << key;
  }
  // Nothing of the runs is left beside the database.
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    EXPECT_FALSE(entry.path().filename().string().ends_with(".tmp")) << entry.path();
  }
}

TEST(ParallelBuildTest, ArticlesPerWriterIsInjectable) {
  std::vector<InputFile> files(10, InputFile{"a.txt", "a.txt"});
  EXPECT_EQ(writer_count(files, 4), 1u);
  EXPECT_EQ(writer_count(files, 4, 5), 2u);
  EXPECT_EQ(writer_count(files, 4, 1), 4u);
}

// A JSON Lines file of six articles, a malformed line (line 4), a blank one and a last one
// with a Latin-1 byte (line 9: warned about, and indexed with U+FFFD in its place), beside one text
// article; returns the inputs, ids relative to `root`.
std::vector<InputFile> feed_with_a_bad_line(const fs::path& root) {
  fs::create_directories(root);
  std::ofstream feed(root / "feed.jsonl");
  for (int n = 0; n < 9; ++n) {
    if (n == 3) {
      feed << "{\"id\": \"broken\", \"body\": \n";
    } else if (n == 6) {
      feed << "\n";
    } else {
      feed << "{\"id\": \"line-" << n << "\", \"title\": \"Inspection " << n
           << "\", \"body\": \"Youth justice services in area " << n << " were inspected"
           << (n == 8 ? " by the caf\xe9." : ".") << "\"}\n";
    }
  }
  std::ofstream(root / "report.txt") << "Report\nThe youth offending team was inspected.\n";
  return {{root / "feed.jsonl", "feed.jsonl"}, {root / "report.txt", "report.txt"}};
}

// Each document's contents, by id: what a build wrote, whatever its layout.
std::map<std::string, std::string> documents_of(const std::string& db_path) {
  std::map<std::string, std::string> documents;
  for (const auto& [key, value] : testing::database_contents(db_path)) {
    if (key.starts_with("document ")) documents.emplace(key, value);
  }
  return documents;
}

struct Reported {
  BuildResult result;
  std::vector<std::string> messages;
};

Reported build(const std::vector<InputFile>& files, const std::string& db_path,
               const std::string& root, unsigned writers, BuildLayout layout) {
  IndexerOptions options;
  options.root = root;
  Reported out;
  PipelineEvents events;
  events.report = [&](const std::string& message) { out.messages.push_back(message); };
  out.result = build_parallel(files, db_path, options, writers, ReadOptions{}, events, layout);
  return out;
}

// Two writers share one reading of the JSON Lines file: every article is written once and
// the bad line is reported and counted once, as with one writer.
TEST(ParallelBuildTest, JsonLinesFileReadOnceForTwoWriters) {
  testing::TempDir dir;
  const fs::path root = fs::canonical(dir.path()) / "corpus";
  const std::vector<InputFile> files = feed_with_a_bad_line(root);
  for (const BuildLayout layout : {BuildLayout::kOneDatabase, BuildLayout::kShards}) {
    const std::string name = layout == BuildLayout::kShards ? "sharded" : "one";
    SCOPED_TRACE(name);
    const std::string one_writer = (dir.path() / (name + "-1")).string();
    const std::string two_writers = (dir.path() / (name + "-2")).string();
    const Reported single = build(files, one_writer, root.string(), 1, layout);
    const Reported both = build(files, two_writers, root.string(), 2, layout);

    EXPECT_EQ(both.result.stats.added, 8u);
    EXPECT_EQ(both.result.documents, 8u);
    EXPECT_EQ(both.result.failures, 1u);
    // Two writers report at once: the same lines, in any order.
    std::vector<std::string> messages = both.messages;
    std::sort(messages.begin(), messages.end());
    ASSERT_EQ(messages.size(), 2u);
    const std::string feed = root.generic_string() + "/feed.jsonl";
    EXPECT_TRUE(messages[0].starts_with(feed + ":4: error: malformed JSON")) << messages[0];
    EXPECT_EQ(messages[1], feed +
                               ":9: warning: invalid UTF-8 (first on this line), indexed with "
                               "U+FFFD in its place");
    std::vector<std::string> one_writers = single.messages;
    std::sort(one_writers.begin(), one_writers.end());
    EXPECT_EQ(messages, one_writers);

    const auto expected = documents_of(one_writer);
    EXPECT_EQ(expected.size(), 8u);
    EXPECT_EQ(documents_of(two_writers), expected);
    if (layout == BuildLayout::kShards) {
      // Each shard holds the articles whose ids hash to it, and only those.
      const ShardLayout shards = shard_layout(two_writers, 2);
      for (unsigned k = 0; k < 2; ++k) {
        Xapian::Database shard(shards.shards[k]);
        for (auto id = shard.allterms_begin("Q"); id != shard.allterms_end("Q"); ++id) {
          EXPECT_EQ(shard_of((*id).substr(1), 2), k) << *id;
        }
      }
    }
  }
}

// A stop request is seen between lines of a JSON Lines file, not only between files: what
// was read by then is written and kept.
TEST(ParallelBuildTest, StopRequestEndsReadingWithinAJsonLinesFile) {
  testing::TempDir dir;
  const fs::path root = fs::canonical(dir.path()) / "corpus";
  const std::vector<InputFile> files = testing::make_corpus(root, 0, 500);
  IndexerOptions options;
  options.root = root.string();
  std::atomic<int> asked{0};
  PipelineEvents events;
  events.stop_requested = [&] { return ++asked > 20; };
  const std::string db_path = (dir.path() / "db").string();
  const BuildResult result = build_parallel(files, db_path, options, 2, ReadOptions{}, events);
  EXPECT_LE(result.documents, 20u);
  EXPECT_EQ(Xapian::Database(db_path).get_doccount(), result.documents);
}

// An exception on a writer thread (here from the caller's report callback) reaches the
// caller of build_parallel instead of ending the process, and nothing is left behind.
TEST(ParallelBuildTest, ExceptionOnAThreadReachesTheCaller) {
  testing::TempDir dir;
  const fs::path root = fs::canonical(dir.path()) / "corpus";
  const std::vector<InputFile> files = feed_with_a_bad_line(root);
  IndexerOptions options;
  options.root = root.string();
  PipelineEvents events;
  events.report = [](const std::string& message) { throw std::runtime_error("no: " + message); };
  const std::string db_path = (dir.path() / "db").string();
  EXPECT_THROW(build_parallel(files, db_path, options, 2, ReadOptions{}, events),
               std::runtime_error);
  EXPECT_FALSE(fs::exists(db_path));
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    EXPECT_FALSE(entry.path().filename().string().ends_with(".tmp")) << entry.path();
  }
}

}  // namespace
}  // namespace yjs
