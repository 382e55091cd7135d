#include "common/facet_terms.h"

#include <gtest/gtest.h>

#include "common/extract/gazetteer.h"

namespace yjs {
namespace {

// Each filter term, however its value is written: what indexing stores and queries match.
TEST(FacetTermsTest, TermsKeyValuesHoweverWritten) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {area_term("Leicester City"), "XAREAleicester city"},
      {area_term("leicester-city"), "XAREAleicester city"},
      {area_term("Hull"), "XAREAkingston upon hull"},
      {area_term("Leicestershire & Rutland"), "XAREAleicestershire"},
      {area_term("Nowhere Town"), "XAREAnowhere town"},
      {rating_term("requires-improvement"), "XRATINGrequires improvement"},
      {rating_term("‘GOOD’"), "XRATINGgood"},
      {rating_term("excellent"), "XRATINGexcellent"},
      {inspector_term("Dame Glenys Stacey"), "XINSPECTORglenys stacey"},
      {inspector_term("MARTIN JONES CBE"), "XINSPECTORmartin jones"},
      {kind_term("Annual-Report"), "XKINDannual report"},
      {kind_term("Outside England and Wales"), "XKINDoutside england and wales"},
      {kind_term("newsletter"), "XKINDnewsletter"},
      {nation_term("WALES"), "XNATIONwales"},
      {year_term(2019), "Y2019"},
  };
  for (const auto& [term, expected] : cases) EXPECT_EQ(term, expected);
}

// The area indexing stores is the gazetteer's name; its term is the typed value's term.
TEST(FacetTermsTest, AnAreaAndItsCanonicalNameShareATerm) {
  for (const std::string& name : extract::Gazetteer::builtin().all_names()) {
    EXPECT_EQ(area_term(name), area_term(extract::Gazetteer::builtin().canonical_or_same(name)))
        << name;
  }
}

TEST(FacetTermsTest, TermsFitXapiansLimit) {
  const std::string term = inspector_term(std::string(400, 'a'));
  EXPECT_EQ(term.size(), 245u);
  EXPECT_EQ(term.substr(0, 10), "XINSPECTOR");
}

}  // namespace
}  // namespace yjs
