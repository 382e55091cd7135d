#include "searcher/filters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "common/schema.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Article article(const std::string& id, const std::string& area, const std::string& rating, int year,
                const std::string& inspector, const std::string& kind) {
  Article a = testing::make_article(id, "Report " + id, "The service was inspected.");
  if (!area.empty()) a.area = area;
  if (!rating.empty()) a.rating = rating;
  if (!inspector.empty()) a.chief_inspector = inspector;
  a.kind = kind;
  a.year = year;
  return a;
}

class FiltersTest : public ::testing::Test {
 protected:
  FiltersTest()
      : db_(testing::in_memory_db({
            article("a", "Leicester City", "Good", 2019, "Justin Russell", "inspection"),
            article("b", "Wrexham", "Inadequate", 2015, "Dame Glenys Stacey", "inspection"),
            article("c", "Hull", "Outstanding", 2022, "Justin Russell", "inspection"),
            article("d", "", "", 2020, "", "annual report"),
        })) {}

  // The ids of the documents `request`'s filters keep, in order.
  std::vector<std::string> kept(const SearchRequest& request) {
    const Filters filters = build_filters(request, db_);
    Xapian::Enquire enquire(db_);
    enquire.set_query(filters.query.value_or(Xapian::Query::MatchAll));
    std::vector<std::string> ids;
    const Xapian::MSet matches = enquire.get_mset(0, 100);
    for (auto match = matches.begin(); match != matches.end(); ++match) {
      const Xapian::Document doc = match.get_document();
      auto term = doc.termlist_begin();
      term.skip_to(std::string(schema::kIdPrefix));
      ids.push_back((*term).substr(schema::kIdPrefix.size()));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  Xapian::WritableDatabase db_;
};

TEST_F(FiltersTest, NoFiltersNoQuery) {
  const Filters filters = build_filters(SearchRequest{}, db_);
  EXPECT_FALSE(filters.query);
  EXPECT_THAT(filters.unknown, IsEmpty());
}

TEST_F(FiltersTest, ValuesOfOneFacetAreOredAndFacetsAnded) {
  SearchRequest request;
  request.values(schema::Facet::kArea) = {"leicester-city", "HULL"};
  EXPECT_THAT(kept(request), ElementsAre("a", "c"));
  request.values(schema::Facet::kRating) = {"good", "inadequate"};
  EXPECT_THAT(kept(request), ElementsAre("a"));
}

TEST_F(FiltersTest, InspectorsKindsAndNationsHoweverWritten) {
  SearchRequest request;
  request.values(schema::Facet::kInspector) = {"Glenys Stacey"};
  EXPECT_THAT(kept(request), ElementsAre("b"));
  request.values(schema::Facet::kInspector) = {"Sir Justin Russell"};
  EXPECT_THAT(kept(request), ElementsAre("a", "c"));
  request = {};
  request.values(schema::Facet::kKind) = {"Annual-Report"};
  EXPECT_THAT(kept(request), ElementsAre("d"));
  request = {};
  request.values(schema::Facet::kNation) = {"WALES"};
  EXPECT_THAT(kept(request), ElementsAre("b"));
}

TEST_F(FiltersTest, YearsOneOrARangeOpenAtEitherEnd) {
  auto years = [&](std::optional<int> from, std::optional<int> to) {
    SearchRequest request;
    request.year_from = from;
    request.year_to = to;
    return kept(request);
  };
  EXPECT_THAT(years(2019, 2019), ElementsAre("a"));
  EXPECT_THAT(years(2015, 2019), ElementsAre("a", "b"));
  EXPECT_THAT(years(2020, std::nullopt), ElementsAre("c", "d"));
  EXPECT_THAT(years(std::nullopt, 2015), ElementsAre("b"));
  EXPECT_THAT(years(2016, 2018), IsEmpty());
}

TEST_F(FiltersTest, MinimumRatingKeepsThatRatingAndBetter) {
  SearchRequest request;
  request.min_rating = Rating::kGood;
  EXPECT_THAT(kept(request), ElementsAre("a", "c"));
  request.min_rating = Rating::kInadequate;
  EXPECT_THAT(kept(request), ElementsAre("a", "b", "c"));
}

TEST_F(FiltersTest, AnUnknownValueIsNamedWithTheClosestKnownOnes) {
  SearchRequest request;
  request.values(schema::Facet::kArea) = {"Leicster City", "Hull"};
  const Filters filters = build_filters(request, db_);
  ASSERT_EQ(filters.unknown.size(), 1u);
  EXPECT_EQ(filters.unknown[0].field, "area");
  EXPECT_EQ(filters.unknown[0].value, "Leicster City");
  EXPECT_THAT(filters.unknown[0].suggestions, ElementsAre("Leicester City"));
  EXPECT_THAT(kept(request), ElementsAre("c"));  // the known value still filters
}

TEST_F(FiltersTest, ClosestValuesAreShownAsStoredOrLabelled) {
  EXPECT_THAT(closest_values(db_, schema::spec(schema::Facet::kInspector), "Dame Glenys Stacy"),
              ElementsAre("Glenys Stacey"));
  EXPECT_THAT(closest_values(db_, schema::spec(schema::Facet::kRating), "outstandng"),
              ElementsAre("Outstanding"));
  EXPECT_THAT(closest_values(db_, schema::spec(schema::Facet::kArea), "kingston"),
              ElementsAre("Kingston upon Hull"));
  EXPECT_THAT(closest_values(db_, schema::spec(schema::Facet::kArea), "zzzzzzzz"), IsEmpty());
}

TEST_F(FiltersTest, UnknownValueOfAQueryField) {
  EXPECT_FALSE(unknown_value(db_, "rating", "GOOD"));
  const auto unknown = unknown_value(db_, "kind", "blogg");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->field, "kind");
  EXPECT_THROW(unknown_value(db_, "colour", "red"), std::invalid_argument);
}

}  // namespace
}  // namespace yjs
