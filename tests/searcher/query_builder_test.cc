#include "searcher/query_builder.h"

#include <gtest/gtest.h>

#include "common/errors.h"
#include "common/schema.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

struct QueryCase {
  std::string query;
  std::string description;  // Xapian::Query::get_description(), or the QueryError text
  bool any_word = false;
};

class QueryBuilderTest : public ::testing::Test {
 protected:
  QueryBuilderTest()
      : db_(testing::in_memory_db({testing::make_article("a", "Speech", "speech speeches")})),
        builder_(analyzer_, db_) {}

  std::string describe(const std::string& query, bool any_word = false) {
    try {
      return builder_.parse(query, any_word).get_description();
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
      {"speech language",
       "Query(((Zspeech@1 AND Zlanguag@2) AND_MAYBE (speech PHRASE 2 language)))"},
      {"speech language", "Query((Zspeech@1 OR Zlanguag@2))", true},  // any-word: BM25 alone
      {"speech and language",
       "Query(((Zspeech@1 AND Zlanguag@3) AND_MAYBE (speech PHRASE 3 and PHRASE 3 language)))"},
      {"the and of",
       "Query(((Zthe@1 AND Zand@2 AND Zof@3) AND_MAYBE (the PHRASE 3 and PHRASE 3 of)))"},
      {"NOT speech", "Query((<alldocuments> AND_NOT Zspeech@1))"},
      {"re-offending", "Query(((re@1 PHRASE 2 offending@2) OR Zreoffend@3))"},
      {"\"re-offending\"", "Query((re@1 PHRASE 2 offending@2))"},
      {"-re-offending speech", "Query((Zspeech@3 AND_NOT (re@1 PHRASE 2 offending@2)))"},
      {"10–17", "Query(((10@1 PHRASE 2 17@2) OR (10@3 PHRASE 3 to@4 PHRASE 3 17@5)))"},
      {"Môn café", "Query(((Zmon@1 AND Zcafe@2) AND_MAYBE (mon PHRASE 2 cafe)))"},
      {"Speech", "Query(Zspeech@1)"},
      {"\"speech and language\"", "Query((speech@1 PHRASE 3 and@2 PHRASE 3 language@3))"},
      {"“speech and language”", "Query((speech@1 PHRASE 3 and@2 PHRASE 3 language@3))"},
      {"speech AND language", "Query((Zspeech@1 AND Zlanguag@2))"},
      {"speech NOT language", "Query((Zspeech@1 AND_NOT Zlanguag@2))"},
      {"speech -language", "Query((Zspeech@1 AND_NOT Zlanguag@2))"},
      {"+speech language", "Query((Zspeech@1 AND Zlanguag@2))"},
      {"+speech language", "Query((Zspeech@1 AND_MAYBE Zlanguag@2))", true},
      {"spee*", "Query(WILDCARD SYNONYM spee)"},
      {"title:inadequate", "Query(ZSinadequ@1)"},
      {"Southend-on-Sea's",
       "Query(((southend@1 PHRASE 3 on@2 PHRASE 3 sea@3) OR Zsouthendonsea@4))"},
      {"SOUTHEND-ON-SEA’s",
       "Query(((southend@1 PHRASE 3 on@2 PHRASE 3 sea@3) OR Zsouthendonsea@4))"},
      {"out-of-court", "Query(((out@1 PHRASE 3 of@2 PHRASE 3 court@3) OR Zoutofcourt@4))"},
      {"10-17", "Query(((10@1 PHRASE 2 17@2) OR (10@3 PHRASE 3 to@4 PHRASE 3 17@5)))"},
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
      {"year:2015..2019",
       Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::spec(schema::Facet::kYear).slot,
                     Xapian::sortable_serialise(2015), Xapian::sortable_serialise(2019))
           .get_description()},
      {"speech rating:good", "Query((Zspeech@1 FILTER XRATINGgood))"},
      {"speech AND", "cannot parse query 'speech AND': Syntax: <expression> AND <expression>"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(describe(c.query, c.any_word), c.description) << "query: " << c.query;
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
  EXPECT_EQ(builder_.prepare("well-being \"well-being\" +well-being"),
            "(well-being OR wellbeing) \"well-being\" +well-being");
  EXPECT_EQ(builder_.prepare("aged 10-17"), "aged (10-17 OR \"10 to 17\")");
}

TEST_F(QueryBuilderTest, FacetValuesTypedInTheQuery) {
  const auto values =
      builder_.facet_values("speech rating:excellent area:\"Nowhere Town\" year:2019");
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].field, "rating");
  EXPECT_EQ(values[0].value, "excellent");
  EXPECT_EQ(values[1].field, "area");
  EXPECT_EQ(values[1].value, "Nowhere Town");
}

TEST_F(QueryBuilderTest, QueriesOverTheLimitsAreRefused) {
  std::string long_query;
  while (long_query.size() <= kMaxQueryBytes) long_query += "resettlement ";
  EXPECT_THROW(builder_.parse(long_query), QueryError);
  std::string many_words;
  for (std::size_t i = 0; i <= kMaxQueryWords; ++i) many_words += "a ";
  EXPECT_THROW(builder_.parse(many_words), QueryError);
  std::string at_limit;
  for (std::size_t i = 0; i < kMaxQueryWords; ++i) at_limit += "a ";
  EXPECT_NO_THROW(builder_.parse(at_limit));
}

TEST_F(QueryBuilderTest, InvalidUtf8Parses) {
  EXPECT_NO_THROW(builder_.parse("caf\xe9 \xff\xfe speech"));
}

// Odd input gives either a query the database runs or a one-line error naming the query
// (never a crash or another exception). Which it is, is pinned per input.
TEST_F(QueryBuilderTest, OddInputGivesAQueryOrAOneLineError) {
  const std::vector<std::pair<std::string, bool>> cases = {
      // {query, parses}
      {"\"unbalanced", true},
      {"(((", true},
      {")", true},
      {"-", true},
      {"*", true},
      {"rating:", true},
      {"title:", true},
      {"\"\"", true},
      {"\xff\xfe", true},
      {"year:abc..def", true},
      {"a NEAR/3 b", true},
      {"AND", false},
      {"NOT", false},
      {"speech AND", false},
      {"OR speech", false},
  };
  for (const auto& [query, parses] : cases) {
    try {
      const Xapian::Query parsed = builder_.parse(query);
      EXPECT_TRUE(parses) << "parsed, but should be an error: " << query;
      Xapian::Enquire enquire(db_);
      enquire.set_query(parsed);
      EXPECT_NO_THROW(enquire.get_mset(0, 10)) << query;
    } catch (const QueryError& e) {
      EXPECT_FALSE(parses) << "an error, but should parse: " << query << ": " << e.what();
      const std::string message = e.what();
      EXPECT_EQ(message.rfind("cannot parse query '" + query + "': ", 0), 0u) << message;
      EXPECT_EQ(message.find('\n'), std::string::npos) << message;
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
