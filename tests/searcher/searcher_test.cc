#include "searcher/searcher.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include "common/errors.h"
#include "common/schema.h"
#include "common/text/analyzer_version.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

using testing::make_article;

std::vector<Article> corpus() {
  Article leicester = make_article("leicester", "Leicester rated Good",
                                   "Inspectors praised speech and language support in Leicester.");
  leicester.area = "Leicester City";
  leicester.year = 2019;
  leicester.rating = "Good";
  leicester.chief_inspector = "Justin Russell";
  Article southend = make_article("southend", "Southend must improve",
                                  "Southend-on-Sea's service lacked clarity on risk.");
  southend.rating = "requires improvement";
  southend.year = 2025;
  Article other = make_article("other", "Annual report", "Speech is mentioned once; language too.");
  return {leicester, southend, other};
}

SearchRequest request(std::string query) {
  SearchRequest r;
  r.query = std::move(query);
  return r;
}

SearchRequest any_of(std::string query) {
  SearchRequest r = request(std::move(query));
  r.words = WordMatch::kAny;
  return r;
}

SearchRequest page(Xapian::doccount offset, Xapian::doccount limit) {
  SearchRequest r;
  r.offset = offset;
  r.limit = limit;
  return r;
}

std::vector<std::string> ids(const SearchResult& result) {
  std::vector<std::string> out;
  for (const Hit& hit : result.hits) out.push_back(hit.id);
  return out;
}

TEST(SearcherTest, AnyWordRanksDocumentsWithMoreOfTheWordsFirst) {
  Searcher searcher(testing::in_memory_db(corpus()));
  const SearchResult result = searcher.search(any_of("speech language leicester"));
  EXPECT_EQ(result.total, 2u);
  EXPECT_EQ(ids(result), (std::vector<std::string>{"leicester", "other"}));
  EXPECT_GT(result.hits[0].weight, result.hits[1].weight);
  EXPECT_EQ(result.hits[0].rank, 1u);
  EXPECT_FALSE(result.relaxed);
}

TEST(SearcherTest, PlainQueryRequiresEveryContentWord) {
  Searcher searcher(testing::in_memory_db(corpus()));
  const SearchResult result = searcher.search(request("speech and leicester"));
  EXPECT_EQ(ids(result), (std::vector<std::string>{"leicester"}));
  EXPECT_EQ(result.total, 1u);
  EXPECT_FALSE(result.relaxed);
}

TEST(SearcherTest, StopWordsDoNotMatchOnTheirOwn) {
  Searcher searcher(testing::in_memory_db(corpus()));
  // "and" is in two documents, "risk" in one: the stop word must not widen the match.
  EXPECT_EQ(ids(searcher.search(request("risk and"))), (std::vector<std::string>{"southend"}));
  // A phrase keeps its stop words.
  EXPECT_EQ(searcher.search(request("\"speech and language\"")).total, 1u);
}

TEST(SearcherTest, NoDocumentWithEveryWordFallsBackToAnyWordAndSaysSo) {
  Searcher searcher(testing::in_memory_db(corpus()));
  const SearchResult result = searcher.search(request("leicester southend"));
  EXPECT_TRUE(result.relaxed);
  EXPECT_EQ(result.total, 2u);
  EXPECT_FALSE(searcher.search(request("zzzz")).relaxed);  // one word: nothing to relax
  EXPECT_EQ(searcher.search(request("zzzz")).total, 0u);
  SearchRequest strict = request("leicester southend");
  strict.words = WordMatch::kAll;
  EXPECT_EQ(searcher.search(strict).total, 0u);
  EXPECT_FALSE(searcher.search(strict).relaxed);
}

TEST(SearcherTest, OnlyANegationMeansEverythingElse) {
  Searcher searcher(testing::in_memory_db(corpus()));
  EXPECT_EQ(ids(searcher.search(request("NOT speech"))), (std::vector<std::string>{"southend"}));
}

TEST(SearcherTest, PossessiveDoesNotHideAWordFromAPhrase) {
  Searcher searcher(testing::in_memory_db(corpus()));
  EXPECT_EQ(ids(searcher.search(request("southend-on-sea"))),
            (std::vector<std::string>{"southend"}));
  EXPECT_EQ(ids(searcher.search(request("\"southend on sea\""))),
            (std::vector<std::string>{"southend"}));
}

TEST(SearcherTest, UnknownRatingTypedInTheQueryIsNamed) {
  Searcher searcher(testing::in_memory_db(corpus()));
  const SearchResult result = searcher.search(request("speech rating:excelent"));
  ASSERT_EQ(result.unknown_values.size(), 1u);
  EXPECT_EQ(result.unknown_values[0].field, "rating");
  EXPECT_EQ(result.unknown_values[0].value, "excelent");
}

TEST(SearcherTest, EmptyQueryMatchesEverythingAndOffsetPages) {
  Searcher searcher(testing::in_memory_db(corpus()));
  const SearchResult result = searcher.search(page(1, 1));
  EXPECT_EQ(result.total, 3u);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].rank, 2u);
  EXPECT_EQ(result.offset, 1u);
}

TEST(SearcherTest, HitsCarryStoredFieldsAndFacets) {
  Searcher searcher(testing::in_memory_db(corpus()));
  const SearchResult result = searcher.search(request("rating:good"));
  ASSERT_EQ(result.hits.size(), 1u);
  const Hit& hit = result.hits[0];
  EXPECT_EQ(hit.title, "Leicester rated Good");
  EXPECT_EQ(hit.value(schema::Facet::kArea), "Leicester City");
  EXPECT_EQ(hit.year(), 2019);
  EXPECT_EQ(hit.value(schema::Facet::kRating), "Good");
  EXPECT_EQ(hit.value(schema::Facet::kInspector), "Justin Russell");
  EXPECT_EQ(hit.path, "leicester");
  EXPECT_FALSE(hit.url.has_value());
}

TEST(SearcherTest, FacetFiltersAndYearRanges) {
  Searcher searcher(testing::in_memory_db(corpus()));
  EXPECT_EQ(ids(searcher.search(request("rating:requires-improvement"))),
            (std::vector<std::string>{"southend"}));
  EXPECT_EQ(ids(searcher.search(request("year:2020..2025"))),
            (std::vector<std::string>{"southend"}));
  EXPECT_EQ(searcher.search(request("year:2000..2030")).total, 2u);
  EXPECT_EQ(searcher.search(request("rating:excellent")).total, 0u);
}

TEST(SearcherTest, SnippetHighlightsMatchedWords) {
  Searcher searcher(testing::in_memory_db(corpus()));
  const SearchResult result = searcher.search(request("\"speech and language\""));
  ASSERT_EQ(result.hits.size(), 1u);
  const Hit& hit = result.hits[0];
  EXPECT_NE(hit.snippet.find("speech and language support"), std::string::npos) << hit.snippet;
  ASSERT_FALSE(hit.highlights.empty());
  const auto [begin, end] = hit.highlights.front();
  // A matched phrase is highlighted as one run.
  EXPECT_EQ(hit.snippet.substr(begin, end - begin), "speech and language");
}

TEST(SearcherTest, SyntaxErrorIsAQueryError) {
  Searcher searcher(testing::in_memory_db(corpus()));
  EXPECT_THROW(searcher.search(request("speech AND")), QueryError);
}

TEST(SearcherTest, MissingDatabaseThrowsOpeningError) {
  EXPECT_THROW(Searcher("/nonexistent/yjs-db"), Xapian::DatabaseOpeningError);
}

// Copies the documents of `from` into the on-disk database at `path` and commits.
void copy_documents(const Xapian::Database& from, const std::string& path) {
  Xapian::WritableDatabase to(path, Xapian::DB_CREATE_OR_OPEN);
  for (auto it = from.postlist_begin(""); it != from.postlist_end(""); ++it) {
    to.add_document(from.get_document(*it));
  }
  to.commit();
}

TEST(SearcherTest, ReopenFindsWhatWasCommittedSince) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "db").string();
  std::vector<Article> articles = corpus();
  copy_documents(testing::in_memory_db({articles[0]}), path);
  Searcher searcher(path);
  EXPECT_EQ(searcher.search(request("")).total, 1u);
  EXPECT_FALSE(searcher.reopen());  // nothing new yet
  copy_documents(testing::in_memory_db({articles[1]}), path);
  EXPECT_EQ(searcher.search(request("")).total, 1u);  // still the revision it opened
  EXPECT_TRUE(searcher.reopen());
  EXPECT_EQ(searcher.search(request("")).total, 2u);
}

TEST(SearcherTest, TimeLimitStopsASearchThatRunsPastIt) {
  Searcher searcher(testing::in_memory_db(corpus()));
  searcher.set_time_limit(std::chrono::nanoseconds(1));
  SearchRequest everything = request("");
  everything.facets = true;
  EXPECT_THROW(searcher.search(everything), SearchTimeout);
  searcher.set_time_limit(std::chrono::seconds(30));
  EXPECT_EQ(searcher.search(everything).total, 3u);
  searcher.set_time_limit({});
  EXPECT_EQ(searcher.search(everything).total, 3u);
}

TEST(SearcherTest, ADatabaseWhoseLockIsHeldIsBeingBuilt) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "db").string();
  EXPECT_FALSE(database_being_built(path));
  EXPECT_NE(cannot_open_message(path, "no such database").find("build one with yjs-index"),
            std::string::npos);
  const int fd = ::open((path + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0);
  EXPECT_FALSE(database_being_built(path));  // the file alone says nothing
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  EXPECT_TRUE(database_being_built(path));
  EXPECT_NE(cannot_open_message(path, "no such database").find("is being built"), std::string::npos)
      << cannot_open_message(path, "no such database");
  ::close(fd);
  EXPECT_FALSE(database_being_built(path));
}

}  // namespace
}  // namespace yjs

namespace yjs {
namespace {

// A database records the schema and analyzer it was written with; a searcher refuses one
// it would misread and reads one that records none (written before versions were).
TEST(SearcherVersionsTest, RefusesDatabasesItWouldMisreadAndReadsOlderCompatibleOnes) {
  Xapian::WritableDatabase db = testing::in_memory_db(corpus());
  EXPECT_NO_THROW(Searcher{db}) << "no versions recorded: schema 1, read as before";
  db.set_metadata(schema::kSchemaMetadataKey, std::to_string(schema::kSchemaVersion));
  db.set_metadata(schema::kAnalyzerMetadataKey, text::analyzer_version("english"));
  EXPECT_EQ(Searcher(db).search(request("speech")).total, 2u);

  db.set_metadata(schema::kSchemaMetadataKey, std::to_string(schema::kSchemaVersion + 1));
  try {
    Searcher searcher(db);
    FAIL() << "a newer schema was read";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("newer yjs-index"), std::string::npos) << e.what();
  }
  db.set_metadata(schema::kSchemaMetadataKey, std::to_string(schema::kSchemaVersion));
  db.set_metadata(schema::kAnalyzerMetadataKey, "0123456789abcdef");
  try {
    Searcher searcher(db);
    FAIL() << "words analysed otherwise were read";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("index it again"), std::string::npos) << e.what();
  }
}

TEST(SearcherVersionsTest, TheAnalyzerVersionFollowsBehaviourAndLanguage) {
  EXPECT_EQ(text::analyzer_version("english"), text::analyzer_version("english"));
  EXPECT_EQ(text::analyzer_version("english").size(), 16u);
  EXPECT_NE(text::analyzer_version("english"), text::analyzer_version("none"));
}

}  // namespace
}  // namespace yjs
