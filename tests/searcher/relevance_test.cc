// Relevance on a set judged by hand (tests/data/relevance: articles and queries with the
// articles a reader would want; see its README): precision at 1, recall at 10 and nDCG at
// 10 for the default mode, --all and --any, overall and per kind of query
// (query_kinds.tsv, when the set has it), with the default mode's misses printed. Then
// two promises of a plain query checked on the same set: every hit has every content word,
// and facet counts equal a count of the hits themselves.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
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

constexpr double kRequired = 0.9;  // P@1 and recall@10 of the default mode
constexpr std::size_t kCutoff = 10;

struct Judged {
  std::string query;
  std::set<std::string> relevant;  // file names
  std::string kind;                // from query_kinds.tsv, when the set has one
};

// Splits a tab-separated line.
std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) out.push_back(field);
  return out;
}

// query_kinds.tsv: a header naming the columns `query` and `kind`, then one query a line.
std::map<std::string, std::string> read_query_kinds() {
  std::map<std::string, std::string> out;
  std::ifstream in(testing::test_data("relevance/query_kinds.tsv"));
  std::string line;
  if (!in || !std::getline(in, line)) return out;
  const std::vector<std::string> header = fields_of(line);
  const auto column = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const std::size_t query = column("query");
  const std::size_t kind = column("kind");
  EXPECT_LT(std::max(query, kind), header.size()) << "query_kinds.tsv needs query and kind columns";
  while (std::getline(in, line)) {
    const std::vector<std::string> fields = fields_of(line);
    if (std::max(query, kind) < fields.size()) out[fields[query]] = fields[kind];
  }
  return out;
}

std::vector<Judged> read_queries() {
  std::ifstream in(testing::test_data("relevance/queries.tsv"));
  EXPECT_TRUE(in) << "cannot read relevance/queries.tsv";
  const std::map<std::string, std::string> kinds = read_query_kinds();
  std::vector<Judged> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (line.empty() || tab == std::string::npos) continue;
    Judged judged{line.substr(0, tab), {}, {}};
    std::istringstream files(line.substr(tab + 1));
    for (std::string file; files >> file;) judged.relevant.insert(file);
    if (const auto kind = kinds.find(judged.query); kind != kinds.end()) judged.kind = kind->second;
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

// Sums of the three measures over some queries.
struct Scores {
  double precision_at_1 = 0;
  double recall_at_10 = 0;
  double ndcg_at_10 = 0;
  std::size_t queries = 0;

  void add(const Scores& one) {
    precision_at_1 += one.precision_at_1;
    recall_at_10 += one.recall_at_10;
    ndcg_at_10 += one.ndcg_at_10;
    queries += one.queries;
  }
  double mean(double sum) const { return queries ? sum / queries : 0; }
};

// One query's measures from the ids of its first hits: recall counts the relevant found
// in the first ten against all relevant (at most ten); nDCG with binary gains.
Scores score_hits(const std::vector<std::string>& ids, const std::set<std::string>& relevant) {
  Scores one;
  one.queries = 1;
  double dcg = 0;
  double ideal = 0;
  std::size_t found = 0;
  for (std::size_t i = 0; i < kCutoff; ++i) {
    const double discount = 1.0 / std::log2(static_cast<double>(i) + 2);
    if (i < relevant.size()) ideal += discount;
    if (i < ids.size() && relevant.count(ids[i])) {
      ++found;
      dcg += discount;
      if (i == 0) one.precision_at_1 = 1;
    }
  }
  one.recall_at_10 = static_cast<double>(found) / std::min(relevant.size(), kCutoff);
  one.ndcg_at_10 = ideal > 0 ? dcg / ideal : 0;
  return one;
}

constexpr std::pair<WordMatch, const char*> kModes[] = {
    {WordMatch::kAllElseAny, "default"}, {WordMatch::kAll, "--all"}, {WordMatch::kAny, "--any"}};

TEST_F(RelevanceTest, PrecisionRecallAndNdcgOnJudgedQueries) {
  const std::vector<Judged> queries = read_queries();
  ASSERT_GE(queries.size(), 40u);
  Searcher searcher(db_path());
  ASSERT_GE(searcher.doc_count(), 60u);
  // scores[kind][mode]; kind "" is every query.
  std::map<std::string, std::array<Scores, std::size(kModes)>> scores;
  std::ostringstream misses;
  for (const Judged& judged : queries) {
    for (std::size_t m = 0; m < std::size(kModes); ++m) {
      SearchRequest request;
      request.query = judged.query;
      request.words = kModes[m].first;
      request.limit = kCutoff;
      const SearchResult result = searcher.search(request);
      std::vector<std::string> ids;
      for (const Hit& hit : result.hits) ids.push_back(hit.id);
      const Scores one = score_hits(ids, judged.relevant);
      scores[""][m].add(one);
      if (!judged.kind.empty()) scores[judged.kind][m].add(one);
      if (m == 0 && (one.precision_at_1 < 1 || one.recall_at_10 < 1)) {
        misses << "  " << std::left << std::setw(50) << judged.query << " P@1 "
               << one.precision_at_1 << "  R@10 " << std::setprecision(2) << one.recall_at_10
               << "  top " << (ids.empty() ? "(none)" : ids.front())
               << (result.relaxed ? " (relaxed)" : "") << (result.corrected ? " (corrected)" : "")
               << "\n";
      }
    }
  }
  std::ostringstream table;
  table << std::fixed << std::setprecision(3);
  table << "Relevance over " << queries.size() << " queries, " << searcher.doc_count()
        << " articles (P@1 / recall@10 / nDCG@10):\n"
        << std::left << std::setw(22) << "  kind" << std::setw(9) << "queries";
  for (const auto& [mode, name] : kModes) table << std::setw(21) << name;
  table << "\n";
  for (const auto& [kind, by_mode] : scores) {
    table << "  " << std::setw(20) << (kind.empty() ? "(all)" : kind) << std::setw(9)
          << by_mode[0].queries;
    for (const Scores& s : by_mode) {
      table << s.mean(s.precision_at_1) << " " << s.mean(s.recall_at_10) << " "
            << s.mean(s.ndcg_at_10) << "  ";
    }
    table << "\n";
  }
  std::cout << table.str() << "Default mode, queries not perfect:\n" << misses.str();
  const Scores& overall = scores[""][0];
  EXPECT_GE(overall.mean(overall.precision_at_1), kRequired) << table.str() << misses.str();
  EXPECT_GE(overall.mean(overall.recall_at_10), kRequired) << table.str() << misses.str();
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

// The tiers' promises: the first `total` hits have every content word, each later hit
// names in `missing` exactly the words it lacks, and hits lacking more come later.
TEST_F(RelevanceTest, FirstTierHasEveryContentWordAndMissingNamesTheRest) {
  Xapian::Database db(db_path());
  Searcher searcher(db_path());
  text::Analyzer analyzer;
  std::size_t checked = 0;
  std::size_t partial_hits = 0;
  for (const Judged& judged : read_queries()) {
    // Plain words only: no phrase, hyphen, apostrophe or acronym, which have other forms.
    if (judged.query.find_first_not_of("abcdefghijklmnopqrstuvwxyz ") != std::string::npos)
      continue;
    SearchRequest request;
    request.query = judged.query;
    request.limit = db.get_doccount();
    const SearchResult result = searcher.search(request);
    // Words read as facet values, or several words as one synonym, match otherwise.
    if (result.corrected || !result.facet_words.empty() ||
        result.parsed.find("XCON") != std::string::npos)
      continue;
    std::vector<std::string> words;
    for (std::string& word : analyzer.words(judged.query)) {
      if (!is_stop_word(word)) words.push_back(std::move(word));
    }
    if (words.size() < 2) continue;
    ++checked;
    ASSERT_TRUE(result.partial.has_value()) << judged.query;
    EXPECT_EQ(result.hits.size(), result.total + *result.partial) << judged.query;
    std::size_t previous_missing = 0;
    for (std::size_t i = 0; i < result.hits.size(); ++i) {
      const Hit& hit = result.hits[i];
      const Xapian::Document doc = db.get_document(*db.postlist_begin("Q" + hit.id));
      std::vector<std::string> lacks;
      for (const std::string& word : words) {
        if (!has_word(doc, word, analyzer)) lacks.push_back(word);
      }
      EXPECT_EQ(hit.missing, lacks) << "'" << judged.query << "' hit " << i + 1 << " " << hit.id;
      EXPECT_EQ(lacks.empty(), i < result.total) << "'" << judged.query << "' hit " << hit.id;
      EXPECT_GE(hit.missing.size(), previous_missing) << "'" << judged.query << "' " << hit.id;
      previous_missing = hit.missing.size();
      partial_hits += !lacks.empty();
    }
  }
  EXPECT_GE(checked, 10u) << "too few plain multi-word queries to check";
  EXPECT_GE(partial_hits, 10u) << "too few partial hits to check";
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
    // The hits with every word (the first `total`) are what the counts count.
    ASSERT_GE(result.hits.size(), result.total) << query;
    std::map<std::string, std::map<std::string, Xapian::doccount>> counted;
    for (const Hit& hit : std::vector(result.hits.begin(), result.hits.begin() + result.total)) {
      EXPECT_TRUE(hit.missing.empty()) << query << ": " << hit.id;
      for (const schema::FacetSpec& spec : schema::kFacets) {
        if (const auto& value = hit.value(spec.facet)) ++counted[std::string(spec.name)][*value];
      }
    }
    for (const FacetCounts& facet : result.facets) {
      std::map<std::string, Xapian::doccount> reported;
      for (const FacetCount& value : facet.values) reported[value.value] = value.count;
      EXPECT_EQ(reported, counted[facet.name]) << "query '" << query << "', facet " << facet.name;
      Xapian::doccount sum = facet.none;
      for (const FacetCount& value : facet.values) sum += value.count;
      EXPECT_EQ(sum, result.total) << "query '" << query << "', facet " << facet.name
                                   << ": values and (none) should sum to the total";
    }
    checked += result.total > 0;
  }
  EXPECT_GE(checked, 5u);
}

}  // namespace
}  // namespace yjs
