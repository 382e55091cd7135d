// Contract: every term a query looks up for a word is a term the indexer produced for
// the document containing that word, however the word is written.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "common/schema.h"
#include "common/text/analyzer.h"
#include "indexer/document_builder.h"
#include "searcher/query_builder.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

struct ContractCase {
  std::string document_text;
  std::vector<std::string> queries;  // each must find the document
};

// The text terms of a query: not the facet terms that words naming a facet value also
// look up (a document's facets come from extraction, not from its words).
std::set<std::string> query_terms(QueryBuilder& builder, const std::string& query) {
  const Xapian::Query parsed = builder.parse(query);
  std::set<std::string> out;
  for (auto it = parsed.get_unique_terms_begin(); it != parsed.get_unique_terms_end(); ++it) {
    const bool facet_term = std::any_of(
        schema::kFacets.begin(), schema::kFacets.end(),
        [&](const schema::FacetSpec& spec) { return (*it).starts_with(spec.term_prefix); });
    if (!facet_term) out.insert(*it);
  }
  return out;
}

TEST(AnalyzerConsistencyTest, QueryTermsAreIndexTermsForEveryWrittenForm) {
  const std::vector<ContractCase> cases = {
      {"Southend-on-Sea's youth justice service",
       {"Southend-on-Sea's", "SOUTHEND-ON-SEA’s", "southend-on-sea's", "southend on sea",
        "\"southend on sea\""}},
      {"the out-of-court disposal", {"out-of-court", "Out-Of-Court", "OUT-OF-COURT", "court"}},
      {"children aged 10-17", {"\"10-17\"", "10", "17"}},
      {"Ynys Môn and Sir Gâr", {"Ynys Mon", "YNYS MÔN", "sir gar", "\"Sir Gâr\""}},
      {"Ærøskøbing harbour", {"Ærøskøbing", "ærøskøbing", "ÆRØSKØBING"}},
      {"Leicester’s rating", {"Leicester's", "LEICESTER’S", "leicester‘s", "leicester"}},
      {"in 2019/20 and 2013/14", {"2019/20", "2013/14"}},
      {"Bath and North East Somerset (B&NES)", {"B&NES", "b&nes"}},
      {"written in C++", {"C++", "c"}},
      {"“Requires improvement”", {"\"requires improvement\"", "REQUIRES IMPROVEMENT"}},
      {"résumé", {"résumé", "RÉSUMÉ", "re\u0301sume\u0301", "resume"}},
      {"Straße", {"strasse", "STRASSE", "straße"}},
      {"ﬁnance", {"finance", "FINANCE"}},
      {"email media@hmiprobation.gov.uk", {"hmiprobation.gov.uk", "media@hmiprobation.gov.uk"}},
      {"The U.S.A. model", {"U.S.A.", "usa"}},
      {"scores 3.5 and 1,000", {"3.5", "1,000"}},
      {"inspections", {"inspection", "inspected", "Inspections"}},
  };
  for (const auto& c : cases) {
    const Xapian::WritableDatabase db =
        testing::in_memory_db({testing::make_article("doc", "", c.document_text)});
    const Xapian::Document doc = db.get_document(1);
    const std::vector<std::string> all = testing::terms_of(doc);
    const std::set<std::string> index_terms(all.begin(), all.end());
    text::Analyzer analyzer;
    QueryBuilder builder(analyzer, db);
    for (const std::string& query : c.queries) {
      for (const std::string& term : query_terms(builder, query)) {
        EXPECT_TRUE(index_terms.count(term))
            << "query '" << query << "' looks up '" << term << "', which indexing '"
            << c.document_text << "' did not produce";
      }
      Xapian::Enquire enquire(db);
      enquire.set_query(builder.parse(query));
      EXPECT_EQ(enquire.get_mset(0, 1).size(), 1u)
          << "query '" << query << "' does not find '" << c.document_text << "'";
    }
  }
}

// Written forms that must meet although their terms differ: the query asks for either
// form ("re-offending" OR "reoffending"), so only finding is checked, and not finding
// where the text does not say it.
TEST(AnalyzerConsistencyTest, HyphenatedClosedAndSpacedFormsFindEachOther) {
  struct MeetingCase {
    std::string document_text;
    std::vector<std::string> finding;      // each must find the document
    std::vector<std::string> not_finding;  // each must not
  };
  const std::vector<MeetingCase> cases = {
      {"the re-offending rate",
       {"reoffending", "re-offending", "Reoffending rates", "RE-OFFENDING"},
       {}},
      {"the reoffending rate",
       {"re-offending", "re‐offending rate", "reoffend"},
       {"\"re-offending\""}},
      {"out of court disposals", {"out-of-court", "out of court"}, {}},
      {"out-of-court disposals", {"out of court", "\"out of court\"", "outofcourt"}, {}},
      {"SOUTHEND-ON-SEA’s service",
       {"southend-on-sea", "\"southend on sea\"", "Southend-on-Sea's"},
       {}},
      {"children aged 10 to 17", {"10-17", "10–17", "aged 10-17"}, {"\"10-17\""}},
      {"wellbeing and co-ordinated work", {"well-being", "coordinated", "co-ordinated"}, {}},
      {"a youth café in Caerdydd", {"cafe", "CAFÉ", "Caerdydd"}, {"Cardiff"}},
      {"Cardiff youth offending service", {"Cardiff"}, {"Caerdydd"}},
  };
  for (const auto& c : cases) {
    const Xapian::WritableDatabase db =
        testing::in_memory_db({testing::make_article("doc", "", c.document_text)});
    text::Analyzer analyzer;
    QueryBuilder builder(analyzer, db);
    auto finds = [&](const std::string& query) {
      Xapian::Enquire enquire(db);
      enquire.set_query(builder.parse(query));
      return enquire.get_mset(0, 1).size() == 1;
    };
    for (const std::string& query : c.finding) {
      EXPECT_TRUE(finds(query)) << "query '" << query << "' does not find '" << c.document_text
                                << "'";
    }
    for (const std::string& query : c.not_finding) {
      EXPECT_FALSE(finds(query)) << "query '" << query << "' finds '" << c.document_text << "'";
    }
  }
}

}  // namespace
}  // namespace yjs
