#include "searcher/query_builder.h"

#include <gtest/gtest.h>

#include "common/errors.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

struct QueryCase {
  std::string query;
  std::string description;  // Xapian::Query::get_description(), or the QueryError text
  bool all_terms = false;
};

class QueryBuilderTest : public ::testing::Test {
 protected:
  QueryBuilderTest()
      : db_(testing::in_memory_db({testing::make_article("a", "Speech", "speech speeches")})),
        builder_(analyzer_, db_) {}

  std::string describe(const std::string& query, bool all_terms = false) {
    try {
      return builder_.parse(query, all_terms).get_description();
    } catch (const QueryError& e) {
      return e.what();
    }
  }

  Xapian::WritableDatabase db_;
  text::Analyzer analyzer_;
  QueryBuilder builder_;
};

TEST_F(QueryBuilderTest, QueryLanguageTable) {
  const std::vector<QueryCase> cases = {
      {"", "Query(<alldocuments>)"},
      {"   ", "Query(<alldocuments>)"},
      {"speech language", "Query((Zspeech@1 OR Zlanguag@2))"},
      {"speech language", "Query((Zspeech@1 AND Zlanguag@2))", true},
      {"Speech", "Query(Zspeech@1)"},
      {"\"speech and language\"", "Query((speech@1 PHRASE 3 and@2 PHRASE 3 language@3))"},
      {"“speech and language”", "Query((speech@1 PHRASE 3 and@2 PHRASE 3 language@3))"},
      {"speech AND language", "Query((Zspeech@1 AND Zlanguag@2))"},
      {"speech NOT language", "Query((Zspeech@1 AND_NOT Zlanguag@2))"},
      {"speech -language", "Query((Zspeech@1 AND_NOT Zlanguag@2))"},
      {"+speech language", "Query((Zspeech@1 AND_MAYBE Zlanguag@2))"},
      {"spee*", "Query(WILDCARD SYNONYM spee)"},
      {"title:inadequate", "Query(ZSinadequ@1)"},
      {"Southend-on-Sea's", "Query((southend@1 PHRASE 3 on@2 PHRASE 3 sea's@3))"},
      {"SOUTHEND-ON-SEA’s", "Query((southend@1 PHRASE 3 on@2 PHRASE 3 sea's@3))"},
      {"out-of-court", "Query((out@1 PHRASE 3 of@2 PHRASE 3 court@3))"},
      {"10-17", "Query((10@1 PHRASE 2 17@2))"},
      {"ÆRØSKØBING", "Query(Zærøskøbing@1)"},
      {"B&NES", "Query((b@1 PHRASE 2 nes@2))"},
      {"C++", "Query(Zc@1)"},
      {"rating:good", "Query(0 * XRATINGgood)"},
      {"rating:\"Requires Improvement\"", "Query(0 * XRATINGrequires improvement)"},
      {"rating:requires-improvement", "Query(0 * XRATINGrequires improvement)"},
      {"area:\"Leicester City\"", "Query(0 * XAREAleicester city)"},
      {"inspector:\"MARTIN JONES\"", "Query(0 * XINSPECTORmartin jones)"},
      {"area:hull", "Query(0 * XAREAkingston upon hull)"},
      {"area:\"Leicestershire & Rutland\"", "Query(0 * XAREAleicestershire)"},
      {"area:\"Nowhere Town\"", "Query(0 * XAREAnowhere town)"},
      {"inspector:\"Dame Glenys Stacey\"", "Query(0 * XINSPECTORglenys stacey)"},
      {"inspector:\"Martin Jones CBE\"", "Query(0 * XINSPECTORmartin jones)"},
      {"rating:good rating:outstanding", "Query(0 * (XRATINGgood OR XRATINGoutstanding))"},
      {"rating:good area:hull", "Query(0 * (XAREAkingston upon hull AND XRATINGgood))"},
      {"year:2019", "Query(0 * Y2019)"},
      {"year:2015..2019", "Query(VALUE_RANGE 1 \\xcf\\xdf \\xcf\\xe3)"},
      {"speech rating:good", "Query((Zspeech@1 FILTER XRATINGgood))"},
      {"speech AND", "cannot parse query 'speech AND': Syntax: <expression> AND <expression>"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(describe(c.query, c.all_terms), c.description) << "query: " << c.query;
  }
}

TEST_F(QueryBuilderTest, PrepareFoldsWordsButKeepsSyntax) {
  EXPECT_EQ(builder_.prepare("Speech AND Language"), "speech AND language");
  EXPECT_EQ(builder_.prepare("title:Inadequate area:\"Leicester City\""),
            "title:inadequate area:\"Leicester City\"");
  EXPECT_EQ(builder_.prepare("Speech area:B&NES (rating:Good)"), "speech area:B&NES (rating:Good)");
  EXPECT_EQ(builder_.prepare("hmiprobation.gov.uk"), "hmiprobation-gov-uk");
  EXPECT_EQ(builder_.prepare("B&NES and Leicester & Rutland"), "b-nes and leicester   rutland");
  EXPECT_EQ(builder_.prepare("C++ +speech"), "c   +speech");
}

TEST_F(QueryBuilderTest, HugeAndInvalidQueriesParse) {
  std::string huge;
  while (huge.size() < 100 * 1024) huge += "speech language resettlement ";
  EXPECT_NO_THROW(builder_.parse(huge));
  EXPECT_NO_THROW(builder_.parse("caf\xe9 \xff\xfe speech"));
}

TEST_F(QueryBuilderTest, OddInputNeverCrashes) {
  for (const std::string query :
       {"\"unbalanced", "(((", ")", "AND", "NOT", "-", "*", "year:abc..def", "rating:", "\xff\xfe",
        "title:", "\"\"", "a NEAR/3 b"}) {
    try {
      builder_.parse(query);
    } catch (const QueryError&) {
      // A one-line syntax error is an acceptable answer; a crash or other exception is not.
    }
  }
}

TEST_F(QueryBuilderTest, KindAndNationFields) {
  EXPECT_EQ(describe("kind:inspection"), "Query(0 * XKINDinspection)");
  EXPECT_EQ(describe("kind:\"Annual Report\""), "Query(0 * XKINDannual report)");
  EXPECT_EQ(describe("kind:adult-probation"), "Query(0 * XKINDadult probation)");
  EXPECT_EQ(describe("nation:WALES"), "Query(0 * XNATIONwales)");
}

}  // namespace
}  // namespace yjs
