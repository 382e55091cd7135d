// The same articles as web pages, PDF reports and text files: the readers must give the
// extractor what the text gives it (tests/data/documents/twins.tsv), and page furniture
// and sidebars of other stories must not reach the index.
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/schema.h"
#include "indexer/article_reader.h"
#include "indexer/extract/extract.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

struct Twin {
  std::string document, text, title;
};

std::string resolve(const std::string& path) {
  const std::string generated = "generated/";
  if (path.rfind(generated, 0) == 0) return YJS_TEST_PDF_DIR "/" + path.substr(generated.size());
  return YJS_SOURCE_DIR "/" + path;
}

std::vector<Twin> twins() {
  std::ifstream in(YJS_SOURCE_DIR "/tests/data/documents/twins.tsv");
  std::vector<Twin> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    Twin twin;
    std::getline(fields, twin.document, '\t');
    std::getline(fields, twin.text, '\t');
    std::getline(fields, twin.title, '\t');
    rows.push_back(twin);
  }
  return rows;
}

// The one article of a file, read as yjs-index reads it (by the formats table).
Article read_one(const std::string& path) {
  std::vector<Article> articles;
  std::vector<std::string> problems;
  const ArticleSink sink{
      .use = [&](Article&& a) { articles.push_back(std::move(a)); },
      .fail = [&](const InputError& e) { problems.push_back(e.what()); },
      .warn = [&](const std::string& w) { problems.push_back(w); },
  };
  read_articles(path, path, ReadOptions{}, sink);
  EXPECT_TRUE(problems.empty()) << path << ": " << problems.front();
  EXPECT_EQ(articles.size(), 1u) << path;
  return articles.empty() ? Article{} : articles.front();
}

TEST(DocumentTwinsTest, FacetsOfPagesAndReportsEqualThoseOfTheirText) {
  const std::vector<Twin> rows = twins();
  ASSERT_GE(rows.size(), 5u);
  for (const Twin& twin : rows) {
    const Article document = read_one(resolve(twin.document));
    const Article text = read_one(resolve(twin.text));
    EXPECT_EQ(document.title, twin.title) << twin.document;
    const Facets got = extract::extract_facets(document);
    const Facets want = extract::extract_facets(text);
    for (const schema::FacetSpec& spec : schema::kFacets) {
      EXPECT_EQ(got.value(spec.facet).value_or("(none)"), want.value(spec.facet).value_or("(none)"))
          << spec.name << " of " << twin.document << " vs " << twin.text;
    }
    EXPECT_TRUE(want.value(schema::Facet::kArea).has_value()) << twin.text;
  }
}

// Words that stand only in the pages' furniture and in sidebars of other stories: in the
// page files, so the test can fail, and in no document of the index.
TEST(DocumentTwinsTest, FurnitureAndSidebarWordsFindNothing) {
  std::vector<Article> articles;
  std::string sources;
  for (const Twin& twin : twins()) {
    articles.push_back(read_one(resolve(twin.document)));
    if (twin.document.find(".html") != std::string::npos) {
      sources += read_file(resolve(twin.document));
    }
  }
  std::transform(sources.begin(), sources.end(), sources.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const Xapian::WritableDatabase db = testing::in_memory_db(articles);
  const Xapian::Stem stem("english");
  for (const std::string word :
       {"cookies", "iplayer", "privacy", "recycling", "facebook", "instagram", "accessibility",
        "copyright", "breadcrumbs", "bradford", "hackney", "swindon", "northumberland",
        "wandsworth", "bins", "javascript"}) {
    if (word != "breadcrumbs" && word != "javascript") {
      EXPECT_NE(sources.find(word), std::string::npos) << word << " is in no page";
    }
    EXPECT_FALSE(db.term_exists(word)) << word;
    EXPECT_FALSE(db.term_exists("Z" + stem(word))) << word;
  }
  // The articles' own words are there.
  EXPECT_TRUE(db.term_exists("leicester"));
  EXPECT_TRUE(db.term_exists("hounslow"));
}

}  // namespace
}  // namespace yjs
