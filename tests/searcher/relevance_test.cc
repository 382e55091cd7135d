// Relevance on a set we wrote for it (tests/data/relevance: articles and queries with the
// articles a reader would want, judged by hand; see its README): precision at 1 and
// recall at 10, printed per query when missed. Then two promises of a plain query checked
// on the same set: every hit has every content word, and facet counts equal a count of
// the hits themselves.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "indexer/article_reader.h"
#include "indexer/indexer.h"
#include "searcher/searcher.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

constexpr double kRequired = 0.9;

struct Judged {
  std::string query;
  std::set<std::string> relevant;  // file names
};

std::vector<Judged> read_queries() {
  std::ifstream in(testing::test_data("relevance/queries.tsv"));
  EXPECT_TRUE(in) << "cannot read relevance/queries.tsv";
  std::vector<Judged> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (line.empty() || tab == std::string::npos) continue;
    Judged judged{line.substr(0, tab), {}};
    std::istringstream files(line.substr(tab + 1));
    for (std::string file; files >> file;) judged.relevant.insert(file);
    out.push_back(std::move(judged));
  }
  return out;
}

class RelevanceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<testing::TempDir>();
    Indexer indexer(db_path(), IndexerOptions{});
    const std::filesystem::path articles = testing::test_data("relevance/articles");
    for (const auto& entry : std::filesystem::directory_iterator(articles)) {
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      const std::string name = entry.path().filename().string();
      testing::write_articles(indexer,
                              {parse_text_article(text.str(), name, entry.path().string())});
    }
    indexer.finish();
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static std::string db_path() { return (dir_->path() / "db").string(); }

  static std::unique_ptr<testing::TempDir> dir_;
};

std::unique_ptr<testing::TempDir> RelevanceTest::dir_;

TEST_F(RelevanceTest, PrecisionAtOneAndRecallAtTenOnJudgedQueries) {
  const std::vector<Judged> queries = read_queries();
  ASSERT_GE(queries.size(), 40u);
  Searcher searcher(db_path());
  ASSERT_GE(searcher.doc_count(), 60u);
  double precision_sum = 0;
  double recall_sum = 0;
  std::ostringstream misses;
  for (const Judged& judged : queries) {
    SearchRequest request;
    request.query = judged.query;
    request.limit = 10;
    const SearchResult result = searcher.search(request);
    std::size_t found = 0;
    std::string top = result.hits.empty() ? "(none)" : result.hits.front().id;
    for (const Hit& hit : result.hits) found += judged.relevant.count(hit.id);
    const double precision = judged.relevant.count(top) ? 1.0 : 0.0;
    const double recall = static_cast<double>(found) / judged.relevant.size();
    precision_sum += precision;
    recall_sum += recall;
    if (precision < 1 || recall < 1) {
      misses << "  " << std::left << std::setw(45) << judged.query << " P@1 " << precision
             << "  R@10 " << std::setprecision(2) << recall << "  top " << top
             << (result.relaxed ? " (relaxed)" : "") << (result.corrected ? " (corrected)" : "")
             << "\n";
    }
  }
  const double p_at_1 = precision_sum / queries.size();
  const double recall_at_10 = recall_sum / queries.size();
  std::cout << "Relevance over " << queries.size() << " queries, " << searcher.doc_count()
            << " articles: P@1 " << std::setprecision(3) << p_at_1 << ", recall@10 " << recall_at_10
            << "\n"
            << misses.str();
  EXPECT_GE(p_at_1, kRequired) << misses.str();
  EXPECT_GE(recall_at_10, kRequired) << misses.str();
}

// True when `doc` has `word` in its body or title, as typed or by stem.
bool has_word(const Xapian::Document& doc, const std::string& word, text::Analyzer& analyzer) {
  const std::string stem = analyzer.stem(word);
  for (const std::string& term : {word, "S" + word, "Z" + stem, "ZS" + stem}) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    if (it != doc.termlist_end() && *it == term) return true;
  }
  return false;
}

TEST_F(RelevanceTest, EveryHitOfAPlainQueryHasEveryContentWord) {
  Xapian::Database db(db_path());
  Searcher searcher(db_path());
  text::Analyzer analyzer;
  std::size_t checked = 0;
  for (const Judged& judged : read_queries()) {
    // Plain words only: no phrase, hyphen, apostrophe or acronym, which have other forms.
    if (judged.query.find_first_not_of("abcdefghijklmnopqrstuvwxyz ") != std::string::npos)
      continue;
    SearchRequest request;
    request.query = judged.query;
    request.limit = db.get_doccount();
    const SearchResult result = searcher.search(request);
    if (result.relaxed || result.corrected || result.parsed.find("XCON") != std::string::npos)
      continue;
    std::vector<std::string> words;
    for (std::string& word : analyzer.words(judged.query)) {
      if (!is_stop_word(word)) words.push_back(std::move(word));
    }
    if (words.size() < 2) continue;
    ++checked;
    for (const Hit& hit : result.hits) {
      const Xapian::Document doc = db.get_document(*db.postlist_begin("Q" + hit.id));
      for (const std::string& word : words) {
        EXPECT_TRUE(has_word(doc, word, analyzer))
            << "'" << judged.query << "' found " << hit.id << ", which lacks '" << word << "'";
      }
    }
  }
  EXPECT_GE(checked, 10u) << "too few plain multi-word queries to check";
}

TEST_F(RelevanceTest, FacetCountsEqualACountOfTheHits) {
  Searcher searcher(db_path());
  std::size_t checked = 0;
  for (const std::string query : {"", "youth", "speech and language", "inspection inadequate",
                                  "children in care", "rating:good", "Wales"}) {
    SearchRequest request;
    request.query = query;
    request.limit = searcher.doc_count();
    request.facets = true;
    request.facet_limit = 0;
    const SearchResult result = searcher.search(request);
    ASSERT_EQ(result.hits.size(), result.total) << query;
    std::map<std::string, std::map<std::string, Xapian::doccount>> counted;
    for (const Hit& hit : result.hits) {
      for (const schema::FacetSpec& spec : schema::kFacets) {
        if (const auto& value = hit.value(spec.facet)) ++counted[std::string(spec.name)][*value];
      }
    }
    for (const FacetCounts& facet : result.facets) {
      std::map<std::string, Xapian::doccount> reported;
      for (const FacetCount& value : facet.values) reported[value.value] = value.count;
      EXPECT_EQ(reported, counted[facet.name]) << "query '" << query << "', facet " << facet.name;
    }
    checked += result.total > 0;
  }
  EXPECT_GE(checked, 5u);
}

}  // namespace
}  // namespace yjs
