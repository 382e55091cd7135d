#include "indexer/explain.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace yjs {
namespace {

using schema::Facet;

// Facets of every source: stated (no evidence), found in the text (with its sentence),
// derived from the area (with the area's), absent.
Facets mixed_facets() {
  Facets facets;
  facets[Facet::kArea] = FacetValue{"Leicester City", FacetSource::kExplicit, "", {}};
  facets[Facet::kYear] = FacetValue{"2019", FacetSource::kText, "Published: 7 November 2019", {}};
  facets[Facet::kRating] = FacetValue{
      "Requires improvement", FacetSource::kText, "It was rated 'Requires improvement'.", {}};
  facets[Facet::kKind] = FacetValue{"annual report", FacetSource::kText, "Annual report", {}};
  facets[Facet::kNation] = FacetValue{"England", FacetSource::kDerived, "", {}};
  facets[Facet::kRegion] = FacetValue{"East Midlands", FacetSource::kDerived, "", {}};
  return facets;
}

Article jsonl_article() {
  Article article;
  article.id = "feed-1";
  article.path = "feed.jsonl";
  article.line = 3;
  article.title = "Annual report";
  return article;
}

TEST(ExplainTest, TextShowsEachFacetWithItsSourceOrNotFound) {
  const std::string text = explain_text(jsonl_article(), mixed_facets());
  EXPECT_EQ(text,
            "feed.jsonl:3  Annual report\n"
            "  area       Leicester City  (explicit)\n"
            "  year       2019  (text)\n"
            "               \u201cPublished: 7 November 2019\u201d\n"
            "  rating     Requires improvement  (text)\n"
            "               \u201cIt was rated 'Requires improvement'.\u201d\n"
            "  inspector  (not found)\n"
            "  kind       annual report  (text)\n"
            "               \u201cAnnual report\u201d\n"
            "  nation     England  (derived)\n"
            "  region     East Midlands  (derived)\n");
}

TEST(ExplainTest, EveryFacetOfTheTableHasARow) {
  const std::string text = explain_text(jsonl_article(), Facets{});
  const auto json = nlohmann::json::parse(explain_json(jsonl_article(), Facets{}));
  for (const schema::FacetSpec& spec : schema::kFacets) {
    EXPECT_NE(text.find("  " + std::string(spec.name) + " "), std::string::npos) << spec.name;
    EXPECT_TRUE(json["facets"].contains(std::string(spec.name))) << spec.name;
  }
  EXPECT_EQ(json["facets"].size(), schema::kFacetCount);
}

TEST(ExplainTest, TextOfAFileHasNoLineNumber) {
  Article article = jsonl_article();
  article.path = "2019/leicester.txt";
  article.line = 0;
  EXPECT_EQ(explain_text(article, Facets{}).substr(0, 35), "2019/leicester.txt  Annual report\n ");
}

TEST(ExplainTest, JsonIsOneObjectALineWithTypedValues) {
  const std::string line = explain_json(jsonl_article(), mixed_facets());
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1) << line;
  const auto json = nlohmann::json::parse(line);
  EXPECT_EQ(json["id"], "feed-1");
  EXPECT_EQ(json["line"], 3);
  EXPECT_EQ(json["facets"]["area"]["source"], "explicit");
  EXPECT_TRUE(json["facets"]["area"]["evidence"].is_null());
  EXPECT_EQ(json["facets"]["year"]["value"], 2019);  // a number, not "2019"
  EXPECT_EQ(json["facets"]["year"]["source"], "text");
  EXPECT_EQ(json["facets"]["year"]["evidence"], "Published: 7 November 2019");
  EXPECT_EQ(json["facets"]["rating"]["value"], "Requires improvement");
  EXPECT_EQ(json["facets"]["kind"]["value"], "annual report");
  EXPECT_TRUE(json["facets"]["inspector"].is_null());
  EXPECT_EQ(json["facets"]["nation"]["source"], "derived");
  EXPECT_EQ(json["facets"]["region"]["value"], "East Midlands");
  EXPECT_EQ(json["facets"]["region"]["also"], nlohmann::json::array());
  Article file = jsonl_article();
  file.line = 0;
  EXPECT_TRUE(nlohmann::json::parse(explain_json(file, Facets{}))["line"].is_null());
}

}  // namespace
}  // namespace yjs
