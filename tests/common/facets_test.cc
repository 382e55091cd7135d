#include "common/facets.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include "common/errors.h"
#include "common/text/apostrophe.h"

namespace yjs {
namespace {

TEST(FacetsTest, ParsesRatingsHoweverWritten) {
  EXPECT_EQ(parse_rating("Good"), Rating::kGood);
  EXPECT_EQ(parse_rating("OUTSTANDING"), Rating::kOutstanding);
  EXPECT_EQ(parse_rating("requires-improvement"), Rating::kRequiresImprovement);
  EXPECT_EQ(parse_rating(" Requires  Improvement "), Rating::kRequiresImprovement);
  EXPECT_EQ(parse_rating("‘Inadequate’"), Rating::kInadequate);
  EXPECT_EQ(parse_rating("excellent"), std::nullopt);
  EXPECT_EQ(parse_rating(""), std::nullopt);
}

TEST(FacetsTest, RatingsAreOrderedAndLabelled) {
  EXPECT_LT(Rating::kInadequate, Rating::kRequiresImprovement);
  EXPECT_LT(Rating::kGood, Rating::kOutstanding);
  EXPECT_EQ(rating_label(Rating::kRequiresImprovement), "Requires improvement");
}

TEST(FacetsTest, NormaliseKeyTable) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Leicester City", "leicester city"},
      {"  leicester-city ", "leicester city"},
      {"Bath & North East Somerset", "bath and north east somerset"},
      {"Ynys Môn", "ynys mon"},
      {"King's Lynn", "kings lynn"},
      {"STOKE-ON-TRENT", "stoke on trent"},
      {"", ""},
  };
  for (const auto& [value, key] : cases) EXPECT_EQ(normalise_key(value), key) << value;
}

TEST(FacetsTest, NormaliseKeyDropsEveryApostrophe) {
  for (const char32_t apostrophe : text::kApostrophes) {
    std::string name;
    icu::UnicodeString("King")
        .append(static_cast<UChar32>(apostrophe))
        .append("s Lynn")
        .toUTF8String(name);
    EXPECT_EQ(normalise_key(name), "kings lynn") << name;
  }
}

TEST(FacetsTest, ExplicitFacetsAreCanonicalised) {
  Article article;
  article.area = "Leicester City";
  article.year = 2019;
  article.rating = "requires improvement";
  article.chief_inspector = "Justin Russell";
  const Facets facets = explicit_facets(article);
  using schema::Facet;
  ASSERT_TRUE(facets[Facet::kArea] && facets[Facet::kYear] && facets[Facet::kRating] &&
              facets[Facet::kInspector]);
  EXPECT_EQ(facets.value(Facet::kArea), "Leicester City");
  EXPECT_EQ(facets.year(), 2019);
  EXPECT_EQ(facets.rating(), Rating::kRequiresImprovement);
  EXPECT_EQ(facets.value(Facet::kRating), "Requires improvement");
  EXPECT_EQ(facets.value(Facet::kInspector), "Justin Russell");
  for (const auto& value : facets.values) {
    if (value) {
      EXPECT_EQ(value->source, FacetSource::kExplicit);
    }
  }
}

TEST(FacetsTest, MissingExplicitFacetsStayAbsent) {
  const Facets facets = explicit_facets(Article{});
  for (const auto& value : facets.values) EXPECT_FALSE(value);
}

TEST(FacetsTest, BadExplicitValuesNameTheArticle) {
  Article article;
  article.path = "feed.jsonl";
  article.line = 4;
  article.rating = "excellent";
  try {
    explicit_facets(article);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "feed.jsonl:4: error: rating 'excellent' is not one of Outstanding, Good, "
              "Requires improvement, Inadequate");
  }
  article.rating.reset();
  article.year = 20190;
  EXPECT_THROW(explicit_facets(article), InputError);
  article.year = kMaxYear + 1;
  EXPECT_THROW(explicit_facets(article), InputError);
  article.year = kMaxYear;
  EXPECT_EQ(explicit_facets(article).year(), kMaxYear);
}

TEST(FacetsTest, KindsParseHoweverWrittenAndExplicitKindIsRead) {
  EXPECT_EQ(parse_kind("Annual-Report"), Kind::kAnnualReport);
  EXPECT_EQ(parse_kind("outside england & wales"), Kind::kOutsideEnglandWales);
  EXPECT_EQ(parse_kind("INSPECTION"), Kind::kInspection);
  EXPECT_EQ(parse_kind("press release"), std::nullopt);
  EXPECT_EQ(kind_label(Kind::kOtherInspectorate), "other inspectorate");
  Article a;
  a.id = "x";
  a.kind = "blog";
  EXPECT_EQ(explicit_facets(a).kind(), Kind::kBlog);
  a.kind = "novel";
  EXPECT_THROW(explicit_facets(a), InputError);
}

}  // namespace
}  // namespace yjs
