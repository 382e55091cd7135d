#include "corpus/generator/generator.h"

#include <gtest/gtest.h>

#include <map>

#include "indexer/article_reader.h"
#include "indexer/extract/extract.h"

namespace yjs::corpus {
namespace {

TEST(GeneratorTest, SameSeedSameArticles) {
  Generator a(7);
  Generator b(7);
  Generator c(8);
  for (std::size_t i = 0; i < 20; ++i) {
    const auto x = a.next(i);
    EXPECT_EQ(x.text, b.next(i).text);
    EXPECT_NE(x.text, c.next(i).text);
  }
}

TEST(GeneratorTest, ArticlesAreAboutFourKilobytesAndSpreadOverFolders) {
  Generator g(1);
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < 200; ++i) bytes += g.next(i).text.size();
  EXPECT_GT(bytes / 200, 2500u);
  EXPECT_LT(bytes / 200, 6000u);
  EXPECT_EQ(g.next(1234).relative_path, "00001/0001234.txt");
}

// The labels are the truth the generated text states, and extraction recovers them:
// what filters and facet counts over a generated corpus are checked against.
TEST(GeneratorTest, ExtractionRecoversTheGeneratedFacets) {
  Generator g(3);
  std::map<std::string, int> wrong;
  constexpr std::size_t kArticles = 500;
  for (std::size_t i = 0; i < kArticles; ++i) {
    const auto generated = g.next(i);
    const Article article = parse_text_article(generated.text, generated.relative_path, "");
    const Facets f = extract::extract_facets(article);
    const auto& l = generated.labels;
    using schema::Facet;
    if (f.value(Facet::kArea).value_or("") != l.area) ++wrong["area"];
    if (f.value(Facet::kYear).value_or("") != l.year) ++wrong["year"];
    if (f.value(Facet::kRating).value_or("") != l.rating) ++wrong["rating"];
    if (f.value(Facet::kInspector).value_or("") != l.chief_inspector) {
      ++wrong["chief_inspector"];
      if (wrong["chief_inspector"] < 3) ADD_FAILURE() << generated.text.substr(0, 600);
    }
  }
  for (const auto& [facet, count] : wrong) {
    EXPECT_EQ(count, 0) << count << " of " << kArticles << " generated articles have a wrong "
                        << facet;
  }
}

}  // namespace
}  // namespace yjs::corpus
