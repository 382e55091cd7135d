// Searching a sharded database gives exactly what searching one database over the same
// articles gives: totals, hits, weights, snippets, facet counts, spelling suggestions,
// synonyms, sorting, collapsing and histories. Xapian combines the shards' statistics; the
// facets are counted per shard from memory, or by Xapian's ValueCountMatchSpy (the remote
// path), which must give the same numbers.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "common/errors.h"
#include "indexer/parallel_build.h"
#include "indexer/shards.h"
#include "searcher/database_set.h"
#include "searcher/searcher.h"
#include "tests/testing/corpus_files.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

namespace fs = std::filesystem;

class ShardedSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<testing::TempDir>();
    const fs::path root = fs::canonical(dir_->path()) / "corpus";
    const std::vector<InputFile> files = testing::make_corpus(root, 150, 10);
    IndexerOptions options;
    options.root = root.string();
    {
      Indexer indexer(path("single"), options);
      PipelineOptions pipeline;
      pipeline.jobs = 1;
      run_pipeline(files, indexer, pipeline, PipelineEvents{});
      indexer.finish();
    }
    build_parallel(files, path("sharded"), options, 3, ReadOptions{}, {}, BuildLayout::kShards);
  }
  static void TearDownTestSuite() { dir_.reset(); }

  static std::string path(const std::string& name) { return (dir_->path() / name).string(); }

  static std::unique_ptr<testing::TempDir> dir_;
};

std::unique_ptr<testing::TempDir> ShardedSearchTest::dir_;

std::string exact(double weight) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", weight);
  return text;
}

// A result as text to compare. Hits that tie (equal weight and sort value) are ordered by
// document number, which differs between a sharded and an unsharded database, so each run
// of tied hits is compared as a set; everything else, order included, must be equal, except
// the snippet's passage: Xapian 1.4 scores passages with each term's weight bound, which it
// keeps per database, so a sharded database may show another passage of the same article.
std::string describe(const SearchRequest& request, const SearchResult& result) {
  std::ostringstream out;
  out << "total " << result.total << "\nparsed " << result.parsed << "\nsuggestion "
      << result.suggestion.value_or("-") << " corrected " << result.corrected << " relaxed "
      << result.relaxed << "\n";
  for (const FacetCounts& facet : result.facets) {
    out << facet.name << ":";
    for (const FacetCount& value : facet.values) out << " " << value.value << "=" << value.count;
    out << "\n";
  }
  std::vector<std::pair<std::string, std::string>> hits;  // tie key, description
  for (const Hit& hit : result.hits) {
    std::string key = exact(hit.weight);
    if (request.sort == SortOrder::kDate) key += " " + std::to_string(hit.year().value_or(0));
    if (request.sort == SortOrder::kRating)
      key += " " + hit.value(schema::Facet::kRating).value_or("-");
    // Collapsing keeps one of a service's best hits: among equal weights, either.
    const std::string who =
        request.collapse_area ? hit.value(schema::Facet::kArea).value_or("-") : hit.id;
    hits.emplace_back(key, who + " " + exact(hit.weight) + " " + hit.title + " | snippet " +
                               (hit.snippet.empty() ? "none" : "yes") + " | collapsed " +
                               std::to_string(hit.collapsed));
  }
  if (!request.history_area.empty()) {
    std::sort(hits.begin(), hits.end());  // grouped by inspection: compared below
  }
  for (auto run = hits.begin(); run != hits.end();) {
    const auto end =
        std::find_if(run, hits.end(), [&](const auto& h) { return h.first != run->first; });
    std::sort(run, end);
    run = end;
  }
  for (const auto& [key, hit] : hits) out << hit << "\n";
  for (const Inspection& inspection : result.inspections) {
    std::vector<std::string> sources;
    for (std::size_t h : inspection.hits) sources.push_back(result.hits[h].id);
    std::sort(sources.begin(), sources.end());
    out << "inspection " << inspection.year.value_or(0) << " " << inspection.rating.value_or("-")
        << " " << inspection.change.value_or("-") << " "
        << inspection.previous_rating.value_or("-");
    for (const std::string& id : sources) out << " " << id;
    out << "\n";
  }
  return out.str();
}

// The first line where two descriptions differ, or "" when they are equal.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string line_a, line_b;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_b = static_cast<bool>(std::getline(b, line_b));
    if (!more_a && !more_b) return "";
    if (!more_a || !more_b || line_a != line_b) {
      return "line " + std::to_string(line) + ":\n  expected: " + (more_a ? line_a : "(end)") +
             "\n  actual:   " + (more_b ? line_b : "(end)");
    }
  }
}

std::vector<SearchRequest> requests() {
  std::vector<SearchRequest> all;
  auto add = [&](const std::string& query, auto&& adjust) {
    SearchRequest r;
    r.query = query;
    r.limit = 400;
    r.facets = true;
    r.facet_limit = 0;
    adjust(r);
    all.push_back(r);
  };
  auto as_is = [](SearchRequest&) {};
  add("management board", as_is);
  add("youth justice", [](SearchRequest& r) { r.values(schema::Facet::kRating) = {"good"}; });
  add("\"speech and language\"", as_is);
  add("yot", as_is);             // synonyms: youth offending team...
  add("managment bord", as_is);  // spelling: corrected to "management board"
  add("", [](SearchRequest& r) { r.limit = 0; });
  add("children", [](SearchRequest& r) { r.sort = SortOrder::kDate; });
  add("inspection", [](SearchRequest& r) { r.sort = SortOrder::kRating; });
  add("children", [](SearchRequest& r) { r.collapse_area = true; });
  add("", [](SearchRequest& r) { r.history_area = "Leicester City"; });
  add("custody zzqx", as_is);  // no document has both: relaxed to any word
  add("court management", [](SearchRequest& r) {
    r.words = WordMatch::kAny;
    r.limit = 7;
    r.offset = 3;
  });
  add("year:2018..2021 rating:inadequate", [](SearchRequest& r) { r.facet_sample = 10; });
  return all;
}

TEST_F(ShardedSearchTest, LocalShardsGiveWhatOneDatabaseGives) {
  Searcher single(path("single"));
  Searcher sharded(path("sharded"));
  EXPECT_EQ(sharded.doc_count(), single.doc_count());
  const std::vector<SearchRequest> all = requests();
  for (const SearchRequest& request : all) {
    EXPECT_EQ(first_difference(describe(request, single.search(request)),
                               describe(request, sharded.search(request))),
              "")
        << "query '" << request.query << "'";
  }
  // The requests exercise what they claim to.
  EXPECT_GT(single.search(all[0]).total, 10u);
  SearchRequest phrase;
  phrase.query = "\"yot\"";  // a phrase is not expanded
  EXPECT_GT(single.search(all[3]).total, single.search(phrase).total);
  const SearchResult corrected = single.search(all[4]);
  EXPECT_EQ(corrected.suggestion.value_or(""), "management board");
  EXPECT_TRUE(corrected.corrected);
  const SearchResult collapsed = single.search(all[8]);
  EXPECT_TRUE(std::any_of(collapsed.hits.begin(), collapsed.hits.end(),
                          [](const Hit& hit) { return hit.collapsed > 0; }));
  EXPECT_GT(single.search(all[9]).inspections.size(), 1u);
  EXPECT_TRUE(single.search(all[10]).relaxed);
}

TEST_F(ShardedSearchTest, ServerSideFacetCountsEqualTheTablesInMemory) {
  // The remote path (ValueCountMatchSpy on the packed slot, split per facet) on the same
  // shards, opened as they are listed: shards and lexicon, repeated like --db.
  const ShardLayout layout = shard_layout(path("sharded"), 3);
  const DatabaseSet parts =
      open_database_set({layout.shards[0], layout.shards[1], layout.shards[2], layout.lexicon});
  EXPECT_EQ(parts.shards.size(), 4u);
  EXPECT_FALSE(parts.remote);
  Searcher server_side(parts.db, SearcherOptions{.remote = true});
  Searcher in_memory(path("sharded"));
  for (const SearchRequest& request : requests()) {
    const SearchResult result = server_side.search(request);
    EXPECT_TRUE(result.warnings.empty()) << result.warnings.front();  // the lexicon is listed
    EXPECT_EQ(
        first_difference(describe(request, in_memory.search(request)), describe(request, result)),
        "")
        << "query '" << request.query << "'";
  }
}

TEST(DatabaseSetTest, WithoutSpellingAndSynonymTablesRemoteSearchSaysSo) {
  // What remote shards without their lexicon look like: no spelling or synonym table.
  const Xapian::WritableDatabase db = testing::in_memory_db(
      {testing::make_article("a", "Youth offending team", "The management board met.")});
  Searcher remote(db, SearcherOptions{.remote = true});
  SearchRequest request;
  request.query = "bord yot";
  const SearchResult result = remote.search(request);
  ASSERT_EQ(result.warnings.size(), 2u);
  EXPECT_NE(result.warnings[0].find("synonym table"), std::string::npos) << result.warnings[0];
  EXPECT_NE(result.warnings[1].find("no spelling suggestions"), std::string::npos)
      << result.warnings[1];
  // A query with no words needs neither table: no warning. Nor does a local database.
  request.query = "rating:good";
  EXPECT_TRUE(remote.search(request).warnings.empty());
  request.query = "bord yot";
  EXPECT_TRUE(Searcher(db).search(request).warnings.empty());
}

TEST(DatabaseSetTest, AStubNamesTheShardThatCannotBeOpened) {
  testing::TempDir dir;
  Xapian::WritableDatabase((dir.path() / "shard-0").string()).commit();
  const std::string stub = (dir.path() / "broken.stub").string();
  std::ofstream(stub) << "auto shard-0\nauto no-such-shard\n";
  try {
    open_database_set({stub});
    FAIL() << "a missing shard was not noticed";
  } catch (const Error& e) {
    EXPECT_NE(
        std::string(e.what()).find("shard 'auto no-such-shard' (" + stub + ":2) cannot be opened"),
        std::string::npos)
        << e.what();
  }
  std::ofstream(stub) << "auto shard-0\nremote 127.0.0.1:1\n";  // nothing listens there
  try {
    open_database_set({stub}, {.remote_timeout = std::chrono::seconds(3)});
    FAIL() << "a shard that is down was not noticed";
  } catch (const Error& e) {
    EXPECT_NE(
        std::string(e.what()).find("shard 'remote 127.0.0.1:1' (" + stub + ":2) cannot be opened"),
        std::string::npos)
        << e.what();
    EXPECT_TRUE(std::string(e.what()).ends_with("fails after 3 s")) << e.what();
  }
  const DatabaseSet one = open_database_set({(dir.path() / "shard-0").string()});
  EXPECT_EQ(one.shards.size(), 1u);
  EXPECT_FALSE(one.remote);
}

}  // namespace
}  // namespace yjs
