// What a query means, each case found by a user: checked on a small corpus indexed to disk
// by the real Indexer (so synonyms and the concept terms of acronyms exist).
#include <gtest/gtest.h>

#include <algorithm>

#include "indexer/indexer.h"
#include "searcher/searcher.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

using testing::make_article;

class QuerySemanticsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<testing::TempDir>();
    Indexer indexer(db_path(), IndexerOptions{});
    std::vector<Article> articles;
    auto add = [&](const std::string& id, const std::string& body, const std::string& area,
                   int year, const std::string& rating, const std::string& inspector) {
      Article article = make_article(id, id, body);
      if (!area.empty()) article.area = area;
      if (year) article.year = year;
      if (!rating.empty()) article.rating = rating;
      if (!inspector.empty()) article.chief_inspector = inspector;
      articles.push_back(std::move(article));
    };
    add("send-verb", "Send your story ideas to the newsroom about the youth service.", "", 2021, "",
        "");
    add("send-needs", "Children with SEND were well supported by the youth service.", "", 2021, "",
        "");
    add("exclusions", "School exclusions rose among children known to the service.", "", 2020, "",
        "");
    add("exclusively", "The service relied exclusively on one worker.", "", 2020, "", "");
    add("cardiff", "The service in the capital was judged inadequate.", "Cardiff", 2019,
        "Inadequate", "Justin Russell");
    add("leicester", "Leicester's service was rated inadequate by inspectors.", "Leicester City",
        2023, "Inadequate", "Martin Jones");
    add("wrexham", "Wrexham was told it requires improvement.", "Wrexham", 2018,
        "Requires improvement", "Glenys Stacey");
    testing::write_articles(indexer, articles);
    indexer.finish();
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static std::string db_path() { return (dir_->path() / "db").string(); }

  static std::vector<std::string> ids(const std::string& query, WordMatch words = WordMatch::kAll) {
    Searcher searcher(db_path());
    SearchRequest request;
    request.query = query;
    request.words = words;
    std::vector<std::string> out;
    for (const Hit& hit : searcher.search(request).hits) out.push_back(hit.id);
    std::sort(out.begin(), out.end());
    return out;
  }

  static std::unique_ptr<testing::TempDir> dir_;
};

std::unique_ptr<testing::TempDir> QuerySemanticsTest::dir_;

using Ids = std::vector<std::string>;

TEST_F(QuerySemanticsTest, AcronymInCapitalsIsTheConceptNotTheWord) {
  EXPECT_EQ(ids("SEND"), (Ids{"send-needs"}));
  EXPECT_EQ(ids("send"), (Ids{"send-needs", "send-verb"}));  // lower case: either
}

TEST_F(QuerySemanticsTest, StemmerConfusedFamiliesStayApart) {
  EXPECT_EQ(ids("exclusions"), (Ids{"exclusions"}));
  EXPECT_EQ(ids("exclusively"), (Ids{"exclusively"}));
}

TEST_F(QuerySemanticsTest, OrBindsBeforeTheImpliedAnd) {
  EXPECT_EQ(ids("leicester OR cardiff inadequate"), (Ids{"cardiff", "leicester"}));
  EXPECT_EQ(ids("leicester OR wrexham improvement"), (Ids{"wrexham"}));
  // A facet field inside OR is one side of it.
  EXPECT_EQ(ids("area:cardiff OR leicester"), (Ids{"cardiff", "leicester"}));
}

TEST_F(QuerySemanticsTest, YearFilterForms) {
  EXPECT_EQ(ids("service year:2019-2021"), ids("service year:2019..2021"));
  EXPECT_EQ(ids("year:>2020"), (Ids{"leicester", "send-needs", "send-verb"}));
  EXPECT_EQ(ids("year:>=2023"), (Ids{"leicester"}));
  EXPECT_EQ(ids("year:<2019"), (Ids{"wrexham"}));
  EXPECT_THROW(ids("year:abc"), QueryError);
  EXPECT_THROW(ids("inadequate area:"), QueryError);
}

TEST_F(QuerySemanticsTest, CurlyQuotesAroundAFieldValueAreQuotes) {
  Searcher searcher(db_path());
  SearchRequest request;
  request.query = "inspector:\u201Cjustin russell\u201D";
  const SearchResult result = searcher.search(request);
  EXPECT_TRUE(result.unknown_values.empty());
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].id, "cardiff");
}

TEST_F(QuerySemanticsTest, ASurnameAloneFindsTheOneInspectorWithIt) {
  Searcher searcher(db_path());
  SearchRequest request;
  request.values(schema::Facet::kInspector) = {"stacey"};
  const SearchResult result = searcher.search(request);
  EXPECT_TRUE(result.unknown_values.empty());
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].id, "wrexham");
  EXPECT_EQ(ids("inspector:russell"), (Ids{"cardiff"}));
}

TEST_F(QuerySemanticsTest, FacetWordsFindDocumentsCarryingTheValue) {
  // "Cardiff" is the area of a document whose text never says it; "Wales" its nation.
  EXPECT_EQ(ids("cardiff inadequate"), (Ids{"cardiff"}));
  EXPECT_EQ(ids("Wales inadequate"), (Ids{"cardiff"}));
  EXPECT_EQ(ids("Welsh"), (Ids{"cardiff", "wrexham"}));
  EXPECT_EQ(ids("inadequate 2023"), (Ids{"leicester"}));
  Searcher searcher(db_path());
  SearchRequest request;
  request.query = "Wales inadequate";
  const SearchResult result = searcher.search(request);
  ASSERT_EQ(result.facet_words.size(), 2u);
  EXPECT_EQ(result.facet_words[0].facet, schema::Facet::kNation);
  EXPECT_EQ(result.facet_words[0].value, "Wales");
  EXPECT_EQ(result.facet_words[1].facet, schema::Facet::kRating);
  EXPECT_NE(result.parsed.find("XNATIONwales"), std::string::npos) << result.parsed;
}

TEST_F(QuerySemanticsTest, QuestionWordsAreNotRequired) {
  EXPECT_EQ(ids("which services were rated inadequate"), (Ids{"leicester"}));
  EXPECT_EQ(ids("why was Cardiff rated inadequate", WordMatch::kAllElseAny).front(), "cardiff");
}

}  // namespace
}  // namespace yjs
