#include "common/facet_terms.h"

#include <gtest/gtest.h>

#include "common/extract/gazetteer.h"

namespace yjs {
namespace {

// Each filter term, however its value is written: what indexing stores and queries match.
TEST(FacetTermsTest, TermsKeyValuesHoweverWritten) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {facet_term(schema::Facet::kArea, "Leicester City"), "XAREAleicester city"},
      {facet_term(schema::Facet::kArea, "leicester-city"), "XAREAleicester city"},
      {facet_term(schema::Facet::kArea, "Hull"), "XAREAkingston upon hull"},
      {facet_term(schema::Facet::kArea, "Leicestershire & Rutland"), "XAREAleicestershire"},
      {facet_term(schema::Facet::kArea, "Nowhere Town"), "XAREAnowhere town"},
      {facet_term(schema::Facet::kRating, "requires-improvement"), "XRATINGrequires improvement"},
      {facet_term(schema::Facet::kRating, "‘GOOD’"), "XRATINGgood"},
      {facet_term(schema::Facet::kRating, "excellent"), "XRATINGexcellent"},
      {facet_term(schema::Facet::kInspector, "Dame Glenys Stacey"), "XINSPECTORglenys stacey"},
      {facet_term(schema::Facet::kInspector, "MARTIN JONES CBE"), "XINSPECTORmartin jones"},
      {facet_term(schema::Facet::kKind, "Annual-Report"), "XKINDannual report"},
      {facet_term(schema::Facet::kKind, "Outside England and Wales"),
       "XKINDoutside england and wales"},
      {facet_term(schema::Facet::kKind, "newsletter"), "XKINDnewsletter"},
      {facet_term(schema::Facet::kNation, "WALES"), "XNATIONwales"},
      {facet_term(schema::Facet::kYear, std::to_string(2019)), "Y2019"},
  };
  for (const auto& [term, expected] : cases) EXPECT_EQ(term, expected);
}

// The area indexing stores is the gazetteer's name; its term is the typed value's term.
TEST(FacetTermsTest, AnAreaAndItsCanonicalNameShareATerm) {
  for (const std::string& name : extract::Gazetteer::builtin().all_names()) {
    EXPECT_EQ(
        facet_term(schema::Facet::kArea, name),
        facet_term(schema::Facet::kArea, extract::Gazetteer::builtin().canonical_or_same(name)))
        << name;
  }
}

TEST(FacetTermsTest, TermsFitXapiansLimit) {
  const std::string term = facet_term(schema::Facet::kInspector, std::string(400, 'a'));
  EXPECT_EQ(term.size(), 245u);
  EXPECT_EQ(term.substr(0, 10), "XINSPECTOR");
}

}  // namespace
}  // namespace yjs
