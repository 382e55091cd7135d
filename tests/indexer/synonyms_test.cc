#include "indexer/synonyms.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/schema.h"
#include "common/text/analyzer.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The concept terms (with their wdf) that add_concept_terms() gives `text`.
std::vector<std::pair<std::string, Xapian::termcount>> concepts_of(const std::string& text) {
  text::Analyzer analyzer;
  Xapian::Document doc;
  add_concept_terms(text, analyzer.words(text), doc);
  std::vector<std::pair<std::string, Xapian::termcount>> out;
  for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
    out.emplace_back(*term, term.get_wdf());
  }
  return out;
}

std::vector<std::string> synonyms_of(const Xapian::Database& db, const std::string& form) {
  return {db.synonyms_begin(form), db.synonyms_end(form)};
}

using Concepts = std::vector<std::pair<std::string, Xapian::termcount>>;

TEST(SynonymsTest, EveryFormOfAGroupCountsTowardsItsConceptTerm) {
  EXPECT_EQ(concepts_of("The YOT, two YOTs and the youth offending service."),
            (Concepts{{"XCONyjs", 3}}));
  EXPECT_EQ(concepts_of("CAMHS and child and adolescent mental health services"),
            (Concepts{{"XCONcamhs", 2}}));
  EXPECT_EQ(concepts_of("an out-of-court disposal (OOCD)"), (Concepts{{"XCONoocd", 2}}));
}

TEST(SynonymsTest, AcronymsAreWholeWordsWrittenInCapitals) {
  EXPECT_THAT(concepts_of("send the report to the yot"), IsEmpty());
  EXPECT_THAT(concepts_of("SENDING YOTE"), IsEmpty());
  EXPECT_EQ(concepts_of("SEND needs, the YOT’s work"), (Concepts{{"XCONsend", 1}, {"XCONyjs", 1}}));
}

// The groups' forms lead to the concept term, typed or stemmed; a phrase as a whole.
TEST(SynonymsTest, TheTableLeadsEveryFormToItsConcept) {
  testing::TempDir dir;
  Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE);
  const Xapian::Stem stem("english");
  store_synonyms(db, stem);
  db.commit();
  EXPECT_THAT(synonyms_of(db, "yot"), ElementsAre("XCONyjs"));
  EXPECT_THAT(synonyms_of(db, "Z" + stem("yots")), ElementsAre("XCONyjs"));
  EXPECT_THAT(synonyms_of(db, "youth offending team"), ElementsAre("XCONyjs"));
  EXPECT_THAT(synonyms_of(db, "camhs"), ElementsAre("XCONcamhs"));
  for (const SynonymGroup& group : synonym_groups()) {
    const std::string concept_term = std::string(schema::kConceptPrefix) + std::string(group.name);
    for (std::string_view phrase : group.phrases) {
      EXPECT_THAT(synonyms_of(db, std::string(phrase)), ElementsAre(concept_term)) << phrase;
    }
  }
}

// A new version of the table replaces the old one: a form dropped from a group stops
// leading to it.
TEST(SynonymsTest, StoringReplacesAnOlderTable) {
  testing::TempDir dir;
  Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE);
  db.add_synonym("yoi", "XCONyjs");
  db.commit();
  store_synonyms(db, Xapian::Stem("english"));
  db.commit();
  EXPECT_THAT(synonyms_of(db, "yoi"), IsEmpty());
  EXPECT_THAT(synonyms_of(db, "yot"), ElementsAre("XCONyjs"));
}

}  // namespace
}  // namespace yjs
