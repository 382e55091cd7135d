#include "searcher/format.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <tuple>

#include "searcher/searcher.h"

namespace yjs {
namespace {

SearchResult sample() {
  SearchResult result;
  result.query = "speech";
  result.parsed = "Query(Zspeech@1)";
  result.total = 7;
  result.offset = 0;
  Hit hit;
  hit.rank = 1;
  hit.id = "a.txt";
  hit.title = "Leicester rated Good";
  hit.path = "articles/a.txt";
  hit.value(schema::Facet::kArea) = "Leicester City";
  hit.set_year(2019);
  hit.value(schema::Facet::kRating) = "Good";
  hit.weight = 1.23456;
  hit.snippet = "praised speech support";
  hit.highlights = {{8, 14}};
  result.hits.push_back(hit);
  return result;
}

TEST(FormatTest, TextShowsRankTitleWeightPathFacetsAndSnippet) {
  EXPECT_EQ(format_text(sample(), {}),
            "Results 1-1 of 7 for: speech\n"
            "\n"
            "1. Leicester rated Good  [1.235]\n"
            "   articles/a.txt\n"
            "   Leicester City | 2019 | Good\n"
            "   praised speech support\n");
}

TEST(FormatTest, TextHighlightsWithAnsiBoldOnlyWhenAsked) {
  const std::string text = format_text(sample(), {.highlight = true});
  EXPECT_NE(text.find("praised \x1b[1mspeech\x1b[0m support"), std::string::npos) << text;
}

TEST(FormatTest, TextSaysWhenNothingMatches) {
  SearchResult empty;
  empty.query = "zzz";
  EXPECT_EQ(format_text(empty, {}), "No documents match for: zzz\n");
}

TEST(FormatTest, TextSaysWhenTheQueryWasCorrectedOrRelaxed) {
  SearchResult result;
  result.query = "speach";
  result.suggestion = "speech";
  result.corrected = true;
  EXPECT_NE(format_text(result, {}).find("showing results for: speech"), std::string::npos);
  result.corrected = false;
  EXPECT_NE(format_text(result, {}).find("Did you mean: speech"), std::string::npos);
  result.suggestion.reset();
  result.relaxed = true;
  EXPECT_NE(format_text(result, {}).find("No document has all the words"), std::string::npos);
}

// The key lists format.h documents ("top level: …" and "each hit: …" up to "where"),
// without the optional keys in brackets.
std::map<std::string, std::vector<std::string>> documented_keys() {
  std::ifstream header(std::string(YJS_SOURCE_DIR) + "/searcher/format.h");
  EXPECT_TRUE(header) << "cannot read searcher/format.h";
  std::string block;
  for (std::string line; std::getline(header, line);) {
    if (line.starts_with("//   top level:")) block = " ";
    if (block.empty()) continue;
    if (line.starts_with("// where")) break;
    block += line.substr(2) + " ";
  }
  block = std::regex_replace(block, std::regex("\\[[^\\]]*\\]"), " ");
  std::map<std::string, std::vector<std::string>> lists;
  std::vector<std::string>* list = nullptr;
  std::istringstream words(block);
  for (std::string word; words >> word;) {
    if (word == "top" || word == "each") {
      std::string second;
      words >> second;
      list = &lists[word + " " + second.substr(0, second.size() - 1)];
    } else if (list) {
      list->push_back(word);
    }
  }
  return lists;
}

TEST(FormatTest, JsonHasExactlyTheKeysFormatHDocumentsInOrder) {
  const auto documented = documented_keys();
  ASSERT_EQ(documented.size(), 2u) << "format.h's key lists not found";
  const auto json = nlohmann::ordered_json::parse(format_json(sample()));
  std::vector<std::string> keys;
  for (const auto& item : json.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, documented.at("top level"));
  std::vector<std::string> hit_keys;
  for (const auto& item : json["hits"][0].items()) hit_keys.push_back(item.key());
  EXPECT_EQ(hit_keys, documented.at("each hit"));
  // The hit's facet keys are the schema table's names, in its order.
  // Between url and weight (the last four: weight snippet highlights missing).
  std::vector<std::string> facet_keys(hit_keys.begin() + 5, hit_keys.end() - 4);
  ASSERT_EQ(facet_keys.size(), schema::kFacetCount);
  for (std::size_t f = 0; f < schema::kFacetCount; ++f) {
    EXPECT_EQ(facet_keys[f], schema::kFacets[f].name);
  }
  EXPECT_EQ(json["hits"][0]["weight"], 1.235);
  EXPECT_TRUE(json["hits"][0]["url"].is_null());
  EXPECT_TRUE(json["hits"][0]["inspector"].is_null());
  EXPECT_EQ(json["hits"][0]["year"], 2019);
  EXPECT_EQ(json["hits"][0]["snippet"], "praised speech support");
  EXPECT_EQ(json["total"], 7);
  EXPECT_EQ(json["schema_version"], kJsonSchemaVersion);
}

TEST(FormatTest, PartialHitsNameWhatTheyLack) {
  SearchResult result = sample();
  result.partial = 4;
  result.hits[0].missing = {"therapy", "\"speech and language\""};
  const std::string text = format_text(result, {});
  EXPECT_NE(text.find("of 11 (7 with every word, 4 with some of them) for:"), std::string::npos)
      << text;
  EXPECT_NE(text.find("   Missing: therapy, \"speech and language\"\n"), std::string::npos) << text;
  const auto json = nlohmann::ordered_json::parse(format_json(result));
  EXPECT_EQ(json["partial"], 4);
  EXPECT_EQ(json["hits"][0]["missing"],
            nlohmann::ordered_json::array({"therapy", "\"speech and language\""}));
  // No document has every word: the header says what the hits are.
  result.total = 0;
  EXPECT_NE(format_text(result, {}).find(" of 4 with some of the words"), std::string::npos);
  result.partial.reset();
  EXPECT_TRUE(nlohmann::ordered_json::parse(format_json(result))["partial"].is_null());
}

TEST(FormatTest, JsonHighlightsCountCodePointsNotBytes) {
  SearchResult result;
  Hit hit;
  hit.snippet = "Môn café speech";      // ô and é are two bytes each in UTF-8
  hit.highlights = {{0, 4}, {11, 17}};  // "Môn", "speech"
  result.hits.push_back(hit);
  const auto json = nlohmann::ordered_json::parse(format_json(result));
  EXPECT_EQ(json["hits"][0]["highlights"], nlohmann::ordered_json::parse("[[0, 3], [9, 15]]"));
}

TEST(FormatTest, HistoryListsEachInspectionWithItsSources) {
  SearchResult result;
  result.history_area = "Blackpool";
  for (const auto& [id, year, rating] :
       std::vector<std::tuple<std::string, std::optional<int>, std::string>>{
           {"a", 2018, "Inadequate"},
           {"b", 2018, "Inadequate"},
           {"c", 2021, "Good"},
           {"d", std::nullopt, "Requires improvement"}}) {
    Hit hit;
    hit.id = id;
    hit.title = "Title " + id;
    hit.set_year(year);
    hit.value(schema::Facet::kRating) = rating;
    result.hits.push_back(hit);
  }
  result.inspections = group_inspections(result.hits);
  const std::string text = format_text(result, TextStyle{});
  EXPECT_NE(text.find("History of Blackpool: 3 inspections (4 articles)"), std::string::npos)
      << text;
  EXPECT_NE(text.find("Good (up from Inadequate)"), std::string::npos) << text;
  EXPECT_NE(text.find("date unknown"), std::string::npos) << text;
  const auto json = nlohmann::ordered_json::parse(format_json(result));
  ASSERT_EQ(json["inspections"].size(), 3u);
  EXPECT_EQ(json["inspections"][0]["sources"], (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(json["inspections"][1]["change"], "up");
  EXPECT_TRUE(json["inspections"][2]["year"].is_null());
  EXPECT_EQ(json["hits"][1]["inspection"], 1);
}

}  // namespace
}  // namespace yjs
