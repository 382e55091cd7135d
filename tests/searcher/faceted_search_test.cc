// Filters and facet counts checked against a generated corpus whose true facets are known
// (corpus/generator), indexed to disk by the real Indexer (so spelling and synonyms exist).
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "common/extract/gazetteer.h"
#include "corpus/generator/generator.h"
#include "indexer/article_reader.h"
#include "indexer/indexer.h"
#include "searcher/format.h"
#include "searcher/searcher.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

constexpr std::size_t kArticles = 400;

class FacetedSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<testing::TempDir>();
    corpus::Generator generator(11);
    Indexer indexer((dir_->path() / "db").string(), IndexerOptions{});
    std::vector<Article> articles;
    for (std::size_t i = 0; i < kArticles; ++i) {
      const auto article = generator.next(i);
      articles.push_back(
          parse_text_article(article.text, article.relative_path, article.relative_path));
      labels_->push_back(article.labels);
    }
    articles.push_back(testing::make_article("synonyms", "Special report",
                                             "The youth offending team and the CAMHS worker."));
    testing::write_articles(indexer, articles);
    indexer.finish();
  }
  static void TearDownTestSuite() {
    dir_.reset();
    labels_->clear();
  }

  Searcher searcher() const { return Searcher((dir_->path() / "db").string()); }

  // How many generated articles satisfy `keep`.
  template <typename Keep>
  static Xapian::doccount expected(Keep keep) {
    Xapian::doccount n = 0;
    for (const auto& l : *labels_) n += keep(l);
    return n;
  }

  static SearchRequest everything() {
    SearchRequest r;
    r.limit = 0;
    return r;
  }

  static std::unique_ptr<testing::TempDir> dir_;
  static inline const auto labels_ = std::make_unique<std::vector<corpus::GeneratedLabels>>();
};

std::unique_ptr<testing::TempDir> FacetedSearchTest::dir_;

TEST_F(FacetedSearchTest, FacetCountsAreExactOverAllMatches) {
  SearchRequest request = everything();
  request.facets = true;
  request.facet_limit = 0;
  const SearchResult result = searcher().search(request);
  EXPECT_EQ(result.total, kArticles + 1);
  std::map<std::string, std::map<std::string, Xapian::doccount>> truth;
  for (const auto& l : *labels_) {
    if (!l.area.empty()) ++truth["area"][l.area];
    if (!l.year.empty()) ++truth["year"][l.year];
    if (!l.rating.empty()) ++truth["rating"][l.rating];
    if (!l.chief_inspector.empty()) ++truth["inspector"][l.chief_inspector];
    // Nation and region follow from the area, as the gazetteer says.
    const auto& gazetteer = extract::Gazetteer::builtin();
    if (const auto area = gazetteer.index_of(l.area)) {
      ++truth["nation"][gazetteer.nation(*area)];
      ++truth["region"][gazetteer.region(*area)];
    }
  }
  ASSERT_EQ(result.facets.size(), schema::kFacetCount);
  std::map<std::string, Xapian::doccount> sums;
  for (const FacetCounts& facet : result.facets) {
    for (const FacetCount& v : facet.values) sums[facet.name] += v.count;
  }
  // The generator's labels have no kind: every article has one.
  EXPECT_EQ(sums["kind"], result.total);
  EXPECT_EQ(sums["nation"], sums["area"]);
  EXPECT_EQ(sums["region"], sums["area"]);
  for (const FacetCounts& facet : result.facets) {
    if (facet.name == "kind") continue;
    std::map<std::string, Xapian::doccount> counted;
    for (const FacetCount& v : facet.values) counted[v.value] = v.count;
    EXPECT_EQ(counted, truth[facet.name]) << "facet " << facet.name;
    for (std::size_t i = 1; i < facet.values.size(); ++i) {
      EXPECT_GE(facet.values[i - 1].count, facet.values[i].count) << "not ordered by count";
    }
  }
}

// With a limit of two, each facet keeps its two most frequent values: the first two of
// the unlimited counts, none of the dropped ones more frequent.
TEST_F(FacetedSearchTest, FacetLimitKeepsTheMostFrequent) {
  SearchRequest request = everything();
  request.facets = true;
  request.facet_limit = 0;  // all values
  const std::vector<FacetCounts> all = searcher().search(request).facets;
  request.facet_limit = 2;
  const std::vector<FacetCounts> limited = searcher().search(request).facets;
  ASSERT_FALSE(all.empty());
  ASSERT_EQ(limited.size(), all.size());
  std::size_t facets_cut = 0;
  for (std::size_t f = 0; f < all.size(); ++f) {
    const std::vector<FacetCount>& every = all[f].values;
    const std::vector<FacetCount>& kept = limited[f].values;
    ASSERT_EQ(limited[f].name, all[f].name);
    ASSERT_EQ(kept.size(), std::min<std::size_t>(2, every.size())) << all[f].name;
    for (std::size_t v = 0; v < kept.size(); ++v) {
      EXPECT_EQ(kept[v].value, every[v].value) << all[f].name;
      EXPECT_EQ(kept[v].count, every[v].count) << all[f].name;
    }
    for (std::size_t v = kept.size(); v < every.size(); ++v) {
      EXPECT_GE(kept.back().count, every[v].count) << all[f].name << ": " << every[v].value;
    }
    facets_cut += every.size() > 2;
  }
  EXPECT_GE(facets_cut, 3u) << "too few facets with more than two values to test the limit";
}

// Counts a chart can use: every facet's values and its (none) bucket sum to the total;
// collapsed, the total counts services and the facets the articles, which `articles` gives;
// a sampled count says it is an estimate.
TEST_F(FacetedSearchTest, EachFacetSumsToTheTotalWithItsNoneBucket) {
  for (const std::string query : {"", "inspection", "speech"}) {
    for (const bool collapse : {false, true}) {
      SCOPED_TRACE(query + (collapse ? " collapsed" : ""));
      SearchRequest request = everything();
      request.query = query;
      request.facets = true;
      request.facet_limit = 0;
      request.collapse_area = collapse;
      const SearchResult result = searcher().search(request);
      ASSERT_GT(result.total, 0u);
      EXPECT_FALSE(result.estimated);
      EXPECT_EQ(result.articles.has_value(), collapse);
      const Xapian::doccount counted = result.articles.value_or(result.total);
      ASSERT_EQ(result.facets.size(), schema::kFacetCount);
      for (const FacetCounts& facet : result.facets) {
        Xapian::doccount sum = facet.none;
        for (const FacetCount& value : facet.values) sum += value.count;
        EXPECT_EQ(sum, counted) << facet.name;
      }
      if (collapse) {
        // Services: one per area, and every article without an area.
        const FacetCounts& areas = result.facets[schema::index_of(schema::Facet::kArea)];
        EXPECT_EQ(result.total, areas.values.size() + areas.none);
      }
    }
  }
  SearchRequest request = everything();
  request.facets = true;
  const SearchResult all = searcher().search(request);
  const FacetCounts& regions = all.facets[schema::index_of(schema::Facet::kRegion)];
  EXPECT_GT(regions.none, 0u) << "the synonyms article has no area, so no region";
}

TEST_F(FacetedSearchTest, ASampledCountSaysItIsAnEstimate) {
  SearchRequest request = everything();
  request.facets = true;
  request.facet_sample = 10;
  const SearchResult sampled = searcher().search(request);
  EXPECT_TRUE(sampled.estimated);
  EXPECT_NE(format_text(sampled, {}).find("estimated from a sample"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(format_json(sampled))["estimated"], true);
  request.facet_sample.reset();
  EXPECT_FALSE(searcher().search(request).estimated);
}

// Every facet of the schema table is a filter (by option value and by query field), a
// count and a JSON key of each hit: filtering by a facet's most frequent value finds
// exactly as many documents as its count says, each hit carrying that value.
TEST_F(FacetedSearchTest, EveryFacetIsAFilterACountAndAJsonKey) {
  SearchRequest request = everything();
  request.facets = true;
  request.facet_limit = 0;
  const SearchResult all = searcher().search(request);
  ASSERT_EQ(all.facets.size(), schema::kFacetCount);
  for (const schema::FacetSpec& spec : schema::kFacets) {
    SCOPED_TRACE(spec.name);
    const FacetCounts& counts = all.facets[schema::index_of(spec.facet)];
    ASSERT_EQ(counts.name, spec.name);
    ASSERT_FALSE(counts.values.empty()) << "no document has this facet";
    const FacetCount& top = counts.values.front();
    SearchRequest filtered = everything();
    filtered.limit = 1000;
    if (spec.rangeable) {
      filtered.year_from = filtered.year_to = std::stoi(top.value);
    } else {
      filtered.values(spec.facet) = {top.value};
    }
    const SearchResult result = searcher().search(filtered);
    EXPECT_EQ(result.total, top.count);
    SearchRequest typed = everything();
    typed.query = std::string(spec.name) + ":\"" + top.value + "\"";
    EXPECT_EQ(searcher().search(typed).total, top.count) << typed.query;
    const auto json = nlohmann::json::parse(format_json(result));
    ASSERT_EQ(json["hits"].size(), top.count);
    for (const auto& hit : json["hits"]) {
      ASSERT_TRUE(hit.contains(std::string(spec.name)));
      const auto& value = hit[std::string(spec.name)];
      EXPECT_EQ(spec.numeric ? std::to_string(value.get<int>()) : value.get<std::string>(),
                top.value);
    }
  }
}

TEST_F(FacetedSearchTest, ValuesOfOneFacetAreOredAndFacetsAnded) {
  SearchRequest request = everything();
  request.values(schema::Facet::kRating) = {"inadequate", "Requires-Improvement"};
  EXPECT_EQ(searcher().search(request).total, expected([](const auto& l) {
              return l.rating == "Inadequate" || l.rating == "Requires improvement";
            }));
  request.values(schema::Facet::kInspector) = {"Dame Glenys Stacey"};
  EXPECT_EQ(searcher().search(request).total, expected([](const auto& l) {
              return (l.rating == "Inadequate" || l.rating == "Requires improvement") &&
                     l.chief_inspector == "Glenys Stacey";
            }));
}

TEST_F(FacetedSearchTest, YearRangesOpenAndClosed) {
  auto count_years = [&](std::optional<int> from, std::optional<int> to) {
    SearchRequest request = everything();
    request.year_from = from;
    request.year_to = to;
    return searcher().search(request).total;
  };
  auto truth = [](int from, int to) {
    return expected([&](const auto& l) {
      return !l.year.empty() && std::stoi(l.year) >= from && std::stoi(l.year) <= to;
    });
  };
  EXPECT_EQ(count_years(2019, 2022), truth(2019, 2022));
  EXPECT_EQ(count_years(2021, 2021), truth(2021, 2021));
  EXPECT_EQ(count_years(std::nullopt, 2012), truth(0, 2012));
  EXPECT_EQ(count_years(2024, std::nullopt), truth(2024, 9999));
}

TEST_F(FacetedSearchTest, MinRatingKeepsThatRatingAndBetter) {
  SearchRequest request = everything();
  request.min_rating = Rating::kGood;
  EXPECT_EQ(searcher().search(request).total, expected([](const auto& l) {
              return l.rating == "Good" || l.rating == "Outstanding";
            }));
}

TEST_F(FacetedSearchTest, AreaVariantsMatchTheCanonicalArea) {
  const std::string area = (*labels_)[0].area.empty() ? (*labels_)[1].area : (*labels_)[0].area;
  SearchRequest request = everything();
  request.values(schema::Facet::kArea) = {area};
  const Xapian::doccount n = searcher().search(request).total;
  EXPECT_EQ(n, expected([&](const auto& l) { return l.area == area; }));
  std::string shouted = area;
  for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  request.values(schema::Facet::kArea) = {shouted};
  EXPECT_EQ(searcher().search(request).total, n);
  SearchRequest in_query = everything();
  in_query.query = "area:\"" + area + "\"";
  EXPECT_EQ(searcher().search(in_query).total, n);
}

TEST_F(FacetedSearchTest, UnknownValuesMatchNothingAndSuggestCloseOnes) {
  SearchRequest request = everything();
  request.values(schema::Facet::kInspector) = {"Justin Russel"};
  const SearchResult result = searcher().search(request);
  EXPECT_EQ(result.total, 0u);
  ASSERT_EQ(result.unknown_values.size(), 1u);
  EXPECT_EQ(result.unknown_values[0].field, "inspector");
  ASSERT_FALSE(result.unknown_values[0].suggestions.empty());
  EXPECT_EQ(result.unknown_values[0].suggestions[0], "Justin Russell");
}

TEST_F(FacetedSearchTest, SortByDateIsNewestFirst) {
  SearchRequest request;
  request.query = "inspection";
  request.sort = SortOrder::kDate;
  request.limit = 50;
  const SearchResult result = searcher().search(request);
  ASSERT_GT(result.hits.size(), 10u);
  for (std::size_t i = 1; i < result.hits.size(); ++i) {
    EXPECT_GE(result.hits[i - 1].year().value_or(0), result.hits[i].year().value_or(0));
  }
}

TEST_F(FacetedSearchTest, SortByRatingIsBestFirst) {
  SearchRequest request;
  request.sort = SortOrder::kRating;
  request.limit = 100;
  request.min_rating = Rating::kInadequate;  // every hit has a rating
  const SearchResult result = searcher().search(request);
  ASSERT_EQ(result.hits.size(), 100u);
  std::set<Rating> seen;
  for (const Hit& hit : result.hits) {
    ASSERT_TRUE(hit.value(schema::Facet::kRating)) << hit.id;
    seen.insert(*parse_rating(*hit.value(schema::Facet::kRating)));
  }
  ASSERT_GE(seen.size(), 2u) << "one rating only: the order is not tested";
  for (std::size_t i = 1; i < result.hits.size(); ++i) {
    EXPECT_GE(parse_rating(*result.hits[i - 1].value(schema::Facet::kRating)),
              parse_rating(*result.hits[i].value(schema::Facet::kRating)))
        << result.hits[i - 1].id << " before " << result.hits[i].id;
  }
}

TEST_F(FacetedSearchTest, CollapseGivesOneHitPerArea) {
  SearchRequest request;
  request.query = "youth";
  request.collapse_area = true;
  request.limit = 1000;
  const SearchResult result = searcher().search(request);
  std::set<std::string> areas;
  Xapian::doccount represented = 0;
  for (const Hit& hit : result.hits) {
    if (hit.value(schema::Facet::kArea)) {
      EXPECT_TRUE(areas.insert(*hit.value(schema::Facet::kArea)).second)
          << "area twice: " << *hit.value(schema::Facet::kArea);
    }
    represented += 1 + hit.collapsed;
  }
  SearchRequest plain;
  plain.query = "youth";
  plain.limit = 0;
  EXPECT_EQ(represented, searcher().search(plain).total);
}

TEST_F(FacetedSearchTest, SynonymsFindEachOther) {
  SearchRequest request;
  request.query = "YOT";
  request.limit = 1000;
  bool found = false;
  for (const Hit& hit : searcher().search(request).hits) found = found || hit.id == "synonyms";
  EXPECT_TRUE(found) << "YOT did not find 'youth offending team'";
  request.query = "child and adolescent mental health services";
  found = false;
  for (const Hit& hit : searcher().search(request).hits) found = found || hit.id == "synonyms";
  EXPECT_TRUE(found);
}

TEST_F(FacetedSearchTest, DidYouMeanForAMisspeltWord) {
  SearchRequest request;
  request.query = "managment bord";
  const SearchResult result = searcher().search(request);
  ASSERT_TRUE(result.suggestion.has_value());
  EXPECT_EQ(*result.suggestion, "management board");
  request.query = "management board";
  EXPECT_FALSE(searcher().search(request).suggestion.has_value());
}

Hit history_hit(const std::string& id, std::optional<int> year, std::optional<std::string> rating) {
  Hit hit;
  hit.id = id;
  hit.set_year(year);
  hit.value(schema::Facet::kRating) = std::move(rating);
  return hit;
}

TEST(HistoryTest, ArticlesAboutOneInspectionAreOneEntry) {
  // Oldest first, as the search returns them; the undated one first, as an empty date sorts.
  std::vector<Hit> hits = {history_hit("undated", std::nullopt, "Good"),
                           history_hit("press-2019", 2019, "Good"),
                           history_hit("bbc-2019", 2019, "Good"),
                           history_hit("council-2020", 2020, "Good"),
                           history_hit("press-2025", 2025, "Requires improvement"),
                           history_hit("unrated-undated", std::nullopt, std::nullopt)};
  const std::vector<Inspection> entries = group_inspections(hits);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].year, 2019);
  EXPECT_EQ(entries[0].hits.size(), 4u);  // the undated Good article joins the one Good entry
  EXPECT_FALSE(entries[0].change);
  EXPECT_EQ(entries[1].change, "down");
  EXPECT_EQ(entries[1].previous_rating, "Good");
  EXPECT_FALSE(entries[2].year);  // date unknown, last, not compared
  EXPECT_FALSE(entries[2].change);
  EXPECT_EQ(hits.back().id, "unrated-undated");
  EXPECT_EQ(hits[entries[0].hits[3]].id, "undated");
  EXPECT_EQ(hits[entries[1].hits[0]].inspection, 2u);
}

TEST(HistoryTest, SameRatingYearsApartAreTwoInspections) {
  std::vector<Hit> hits = {history_hit("a", 2019, "Good"), history_hit("b", 2023, "Good"),
                           history_hit("c", 2024, "Good")};
  const std::vector<Inspection> entries = group_inspections(hits);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].change, "same");
  EXPECT_EQ(entries[1].hits.size(), 2u);
}

}  // namespace
}  // namespace yjs
