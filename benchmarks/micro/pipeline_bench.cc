// Micro benchmarks of the indexing pipeline over the sample corpus (corpus/sample):
// tokenizing, analysis, facet extraction, document building, indexing to disk, and query
// parsing and search. Compare BM_ExtractFacets with BM_IndexToDisk to see what share of
// indexing time extraction costs. Each benchmark checks its output inside the loop.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "common/text/analyzer.h"
#include "indexer/article_reader.h"
#include "indexer/document_builder.h"
#include "indexer/extract/extract.h"
#include "indexer/indexer.h"
#include "searcher/searcher.h"

namespace {

namespace fs = std::filesystem;

std::vector<yjs::Article> sample_corpus() {
  std::vector<yjs::Article> articles;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(YJS_SOURCE_DIR) / "corpus/sample")) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    articles.push_back(
        yjs::parse_text_article(yjs::read_file(file), file.filename().string(), file.string()));
  }
  return articles;
}

std::int64_t bytes_of(const std::vector<yjs::Article>& articles) {
  std::int64_t bytes = 0;
  for (const auto& a : articles) bytes += static_cast<std::int64_t>(a.title.size() + a.body.size());
  return bytes;
}

const std::vector<yjs::Article>& corpus() {
  static const std::vector<yjs::Article> articles = sample_corpus();
  return articles;
}

void BM_Tokenize(benchmark::State& state) {
  yjs::text::Tokenizer tokenizer;
  std::vector<yjs::text::Segment> segments;
  for (auto _ : state) {
    for (const auto& a : corpus()) {
      tokenizer.segment(a.body, segments);
      if (segments.empty()) state.SkipWithError("no segments");
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes_of(corpus()));
}
BENCHMARK(BM_Tokenize);

void BM_Analyze(benchmark::State& state) {
  yjs::text::Analyzer analyzer;
  std::vector<std::string> words;
  for (auto _ : state) {
    for (const auto& a : corpus()) {
      analyzer.words(a.body, words);
      if (words.size() < 50) state.SkipWithError("too few words");
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes_of(corpus()));
}
BENCHMARK(BM_Analyze);

void BM_ExtractFacets(benchmark::State& state) {
  for (auto _ : state) {
    int rated = 0;
    for (const auto& a : corpus()) rated += yjs::extract::extract_facets(a).rating().has_value();
    if (rated == 0) state.SkipWithError("no rating extracted");
    benchmark::DoNotOptimize(rated);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(corpus().size()));
  state.SetBytesProcessed(state.iterations() * bytes_of(corpus()));
}
BENCHMARK(BM_ExtractFacets);

void BM_BuildDocument(benchmark::State& state) {
  yjs::text::Analyzer analyzer;
  yjs::DocumentBuilder builder(analyzer);
  for (auto _ : state) {
    for (const auto& a : corpus()) {
      const Xapian::Document doc = builder.build(a, yjs::Facets{});
      if (doc.termlist_count() < 50) state.SkipWithError("too few terms");
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(corpus().size()));
  state.SetBytesProcessed(state.iterations() * bytes_of(corpus()));
}
BENCHMARK(BM_BuildDocument);

// The whole of indexing, extraction included: a fresh on-disk database per iteration.
void BM_IndexToDisk(benchmark::State& state) {
  const fs::path dir = fs::temp_directory_path() / "yjs-bench-index";
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(dir);
    state.ResumeTiming();
    yjs::Indexer indexer(dir.string(), yjs::IndexerOptions{});
    yjs::DocumentPreparer preparer(indexer.language());
    for (const auto& a : corpus()) indexer.write(preparer.prepare(a));
    indexer.commit();
    if (indexer.doc_count() != corpus().size()) state.SkipWithError("document count mismatch");
  }
  fs::remove_all(dir);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(corpus().size()));
  state.SetBytesProcessed(state.iterations() * bytes_of(corpus()));
}
BENCHMARK(BM_IndexToDisk)->Unit(benchmark::kMillisecond);

void BM_Search(benchmark::State& state) {
  const fs::path dir = fs::temp_directory_path() / "yjs-bench-search";
  fs::remove_all(dir);
  {
    yjs::Indexer indexer(dir.string(), yjs::IndexerOptions{});
    yjs::DocumentPreparer preparer(indexer.language());
    for (const auto& a : corpus()) indexer.write(preparer.prepare(a));
    indexer.commit();
  }
  yjs::Searcher searcher(dir.string());
  yjs::SearchRequest request;
  request.query = "\"speech and language\" OR resettlement";
  for (auto _ : state) {
    const auto result = searcher.search(request);
    if (result.total == 0) state.SkipWithError("no hits");
  }
  fs::remove_all(dir);
}
BENCHMARK(BM_Search)->Unit(benchmark::kMicrosecond);

}  // namespace
