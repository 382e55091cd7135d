#include "indexer/explain.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace yjs {
namespace {

// Facets of every source: stated (no evidence), found in the text (with its sentence), absent.
Facets mixed_facets() {
  Facets facets;
  facets.area = FacetValue<std::string>{"Leicester City", ""};
  facets.year = FacetValue<int>{2019, "Published: 7 November 2019"};
  facets.rating =
      FacetValue<Rating>{Rating::kRequiresImprovement, "It was rated 'Requires improvement'."};
  facets.kind = FacetValue<Kind>{Kind::kAnnualReport, "Annual report"};
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
            "  area             Leicester City  (stated explicitly)\n"
            "  year             2019\n"
            "                   \u201cPublished: 7 November 2019\u201d\n"
            "  rating           Requires improvement\n"
            "                   \u201cIt was rated 'Requires improvement'.\u201d\n"
            "  chief_inspector  (not found)\n"
            "  kind             annual report\n"
            "                   \u201cAnnual report\u201d\n"
            "  nation           (not found)\n");
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
  EXPECT_TRUE(json["facets"]["chief_inspector"].is_null());
  EXPECT_TRUE(json["facets"]["nation"].is_null());
  Article file = jsonl_article();
  file.line = 0;
  EXPECT_TRUE(nlohmann::json::parse(explain_json(file, Facets{}))["line"].is_null());
}

}  // namespace
}  // namespace yjs
