// A new database built on several cores (runs merged by compaction) must hold exactly what
// one writer would have written: documents, terms with positions, values, spelling data,
// synonyms and metadata.
#include "indexer/parallel_build.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "indexer/identity.h"
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

}  // namespace
}  // namespace yjs
