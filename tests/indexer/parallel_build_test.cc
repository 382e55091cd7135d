// A new database built on several cores (runs merged by compaction) must hold exactly what
// one writer would have written: documents, terms with positions, values, spelling data,
// synonyms and metadata.
#include "indexer/parallel_build.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "corpus/generator/generator.h"
#include "indexer/identity.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

namespace fs = std::filesystem;

// A generated corpus of `n` text articles plus one JSON Lines file of `lines` articles.
std::vector<InputFile> make_corpus(const fs::path& root, std::size_t n, std::size_t lines) {
  std::vector<InputFile> files;
  corpus::Generator generator(11);
  for (std::size_t i = 0; i < n; ++i) {
    const corpus::GeneratedArticle article = generator.next(i);
    fs::create_directories((root / article.relative_path).parent_path());
    std::ofstream(root / article.relative_path) << article.text;
    files.push_back({root / article.relative_path, article.relative_path});
  }
  std::ofstream feed(root / "feed.jsonl");
  for (std::size_t i = 0; i < lines; ++i) {
    std::string body = generator.next(n + i).text;
    // Plain JSON string content: no quotes, backslashes or control characters.
    std::erase_if(body, [](char c) { return c == '"' || c == '\\'; });
    std::replace_if(body.begin(), body.end(), [](char c) { return c >= 0 && c < ' '; }, ' ');
    feed << "{\"id\": \"feed-" << i << "\", \"title\": \"Feed " << i << "\", \"body\": \""
         << body << "\"}\n";
  }
  files.push_back({root / "feed.jsonl", "feed.jsonl"});
  return files;
}

// Everything a database holds, as text keyed by what it describes, so two databases whose
// document numbers differ can still be compared exactly.
std::map<std::string, std::string> contents(const std::string& path) {
  const Xapian::Database db(path);
  std::map<std::string, std::string> out;
  for (auto doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
    const Xapian::Document document = db.get_document(*doc);
    std::ostringstream text;
    std::string id;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      if ((*term).rfind("Q", 0) == 0) id = *term;
      text << *term << " wdf " << term.get_wdf() << " @";
      for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) {
        text << ' ' << *pos;
      }
      text << '\n';
    }
    for (auto value = document.values_begin(); value != document.values_end(); ++value) {
      text << "value " << value.get_valueno() << ' ' << *value << '\n';
    }
    text << "length " << db.get_doclength(*doc) << "\ndata " << document.get_data();
    out["document " + id] = text.str();
  }
  for (auto word = db.spellings_begin(); word != db.spellings_end(); ++word) {
    out["spelling " + *word] = std::to_string(word.get_termfreq());
  }
  for (auto key = db.synonym_keys_begin(); key != db.synonym_keys_end(); ++key) {
    std::string synonyms;
    for (auto s = db.synonyms_begin(*key); s != db.synonyms_end(*key); ++s) synonyms += *s + ";";
    out["synonyms " + *key] = synonyms;
  }
  for (auto key = db.metadata_keys_begin(); key != db.metadata_keys_end(); ++key) {
    out["metadata " + *key] = db.get_metadata(*key);
  }
  out["total length"] = std::to_string(db.get_total_length());
  return out;
}

TEST(ParallelBuildTest, SameDatabaseAsOneWriter) {
  testing::TempDir dir;
  const fs::path root = fs::canonical(dir.path()) / "corpus";
  const std::vector<InputFile> files = make_corpus(root, 90, 12);
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
  const BuildResult result = build_parallel(files, parallel, parallel_options, 3, ReadOptions{}, {});
  EXPECT_EQ(result.failures, 0u);
  EXPECT_EQ(result.stats.added, 102u);
  EXPECT_EQ(result.documents, 102u);

  const auto expected = contents(single);
  const auto actual = contents(parallel);
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
