#include "indexer/document_builder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "common/facet_terms.h"
#include "common/schema.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

using ::testing::Contains;
using ::testing::IsSupersetOf;
using ::testing::Not;

Article leicester() {
  Article a = testing::make_article("2019/leicester.txt", "Leicester rated Good",
                                    "Speech and language support.");
  a.area = "Leicester City";
  a.year = 2019;
  a.rating = "good";
  a.chief_inspector = "Justin Russell";
  return a;
}

TEST(DocumentBuilderTest, HasIdTitleBodyAndFacetTerms) {
  text::Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  const Article article = leicester();
  const Xapian::Document doc = builder.build(article, explicit_facets(article));
  EXPECT_THAT(testing::terms_of(doc),
              IsSupersetOf({"Q2019/leicester.txt", "Sleicester", "Srated", "ZSrate", "leicester",
                            "speech", "language", "Zlanguag", "XAREAleicester city", "Y2019",
                            "XRATINGgood", "XINSPECTORjustin russell"}));
  // Body words are never title terms; facets are not free text.
  EXPECT_THAT(testing::terms_of(doc), Not(Contains("Sspeech")));
  EXPECT_THAT(testing::terms_of(doc), Not(Contains("XRATINGGood")));
}

TEST(DocumentBuilderTest, StoresFacetValuesInSlots) {
  text::Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  const Article article = leicester();
  const Xapian::Document doc = builder.build(article, explicit_facets(article));
  using schema::Facet;
  EXPECT_EQ(doc.get_value(schema::spec(Facet::kArea).slot), "Leicester City");
  EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(schema::spec(Facet::kYear).slot)), 2019.0);
  EXPECT_EQ(doc.get_value(schema::spec(Facet::kRating).slot), "3");
  EXPECT_EQ(doc.get_value(schema::spec(Facet::kInspector).slot), "Justin Russell");
  EXPECT_EQ(doc.get_value(schema::kContentHashSlot).size(), 16u);
}

TEST(DocumentBuilderTest, AbsentFacetsLeaveNoTermsOrValues) {
  text::Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  const Article article = testing::make_article("a", "Title", "Body");
  const Xapian::Document doc = builder.build(article, Facets{});
  for (const std::string& term : testing::terms_of(doc)) {
    EXPECT_NE(term.rfind("X", 0), 0u) << term;
    EXPECT_NE(term.rfind("Y", 0), 0u) << term;
  }
  for (const schema::FacetSpec& spec : schema::kFacets) EXPECT_EQ(doc.get_value(spec.slot), "");
  const auto data = nlohmann::json::parse(doc.get_data());
  EXPECT_TRUE(data["area"].is_null());
  EXPECT_TRUE(data["rating"].is_null());
  EXPECT_EQ(data["body"], "Body");
}

TEST(DocumentBuilderTest, TitleAndBodyPositionsDoNotTouch) {
  const Xapian::Database db = testing::in_memory_db({testing::make_article("a", "end", "start")});
  const std::vector<std::string> words = {"end", "start"};
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end()));
  EXPECT_EQ(enquire.get_mset(0, 10).size(), 0u) << "a phrase ran across the title and body";
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end()));
  EXPECT_EQ(enquire.get_mset(0, 10).size(), 1u);
}

TEST(DocumentBuilderTest, ContentHashChangesWithContent) {
  text::Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  const auto hash = [&](const Article& a) {
    return builder.build(a, explicit_facets(a)).get_value(schema::kContentHashSlot);
  };
  Article a = leicester();
  const std::string before = hash(a);
  EXPECT_EQ(hash(a), before);
  a.body += " More.";
  EXPECT_NE(hash(a), before);
}

TEST(DocumentBuilderTest, RejectsEmptyAndOverlongIds) {
  text::Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  EXPECT_THROW(builder.build(testing::make_article("", "t", "b"), Facets{}), InputError);
  EXPECT_THROW(
      builder.build(testing::make_article(std::string(kMaxIdBytes + 1, 'x'), "t", "b"), Facets{}),
      InputError);
  EXPECT_NO_THROW(
      builder.build(testing::make_article(std::string(kMaxIdBytes, 'x'), "t", "b"), Facets{}));
}

TEST(DocumentBuilderTest, InvalidUtf8IsStoredWithReplacementCharacters) {
  const std::string data = stored_fields(testing::make_article("a", "bad \xff", "b"), Facets{});
  EXPECT_NE(data.find("bad \xEF\xBF\xBD"), std::string::npos) << data;
}

// Every facet of the schema table, given a value, is a filter term, its slot, a stored
// field and a field of the packed slot.
TEST(DocumentBuilderTest, EveryFacetIsATermASlotAStoredFieldAndPacked) {
  using schema::Facet;
  text::Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  const Article article = leicester();
  Facets facets = explicit_facets(article);
  facets[Facet::kKind] = FacetValue{"annual report", FacetSource::kExplicit, {}, {}};
  facets[Facet::kNation] = FacetValue{"England", FacetSource::kDerived, {}, {}};
  facets[Facet::kRegion] =
      FacetValue{"East Midlands", FacetSource::kDerived, {}, {"Leicestershire and Rutland area"}};
  const Xapian::Document doc = builder.build(article, facets);
  const auto data = nlohmann::json::parse(doc.get_data());
  const schema::PackedFacets packed =
      schema::unpack_facets(doc.get_value(schema::kPackedFacetsSlot));
  for (const schema::FacetSpec& spec : schema::kFacets) {
    SCOPED_TRACE(spec.name);
    const std::string& value = facets[spec.facet]->value;
    EXPECT_THAT(testing::terms_of(doc), Contains(facet_term(spec, value)));
    EXPECT_EQ(schema::decode_slot(spec, doc.get_value(spec.slot)), value);
    const auto& stored = data[std::string(spec.name)];
    EXPECT_EQ(spec.numeric ? std::to_string(stored.get<int>()) : stored.get<std::string>(), value);
    EXPECT_EQ(packed[schema::index_of(spec.facet)], value);
  }
  // A multi-valued facet's other names are terms too, but not its value.
  EXPECT_THAT(testing::terms_of(doc), Contains("XREGIONleicestershire and rutland area"));
  EXPECT_EQ(data["region"], "East Midlands");
  EXPECT_EQ(doc.get_value(schema::kPackedFacetsSlot),
            "Leicester City\x1F"
            "2019\x1FGood\x1FJustin Russell\x1F"
            "annual report\x1F"
            "England\x1F"
            "East Midlands");
}

// \x02 and \x03 mark matched words in snippets; an article's own would break highlighting.
TEST(DocumentBuilderTest, ControlBytesAreDroppedFromWhatIsIndexedAndStored) {
  text::Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  const Article article = testing::make_article("a", "Title\x02 here",
                                                "Body \x02"
                                                "bold\x03 and\ttab\x7f.\n");
  const Xapian::Document doc = builder.build(article, Facets{});
  const auto data = nlohmann::json::parse(doc.get_data());
  EXPECT_EQ(data["title"], "Title here");
  EXPECT_EQ(data["body"], "Body bold and\ttab.\n");
  EXPECT_THAT(testing::terms_of(doc), Contains("bold"));
}

}  // namespace
}  // namespace yjs
