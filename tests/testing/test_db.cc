#include "tests/testing/test_db.h"

#include <unistd.h>

#include <atomic>
#include <chrono>

#include "common/schema.h"
#include "common/text/analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/extract/extract.h"

namespace yjs::testing {

TempDir::TempDir() {
  // pid + clock + counter: unique across parallel ctest processes and within one.
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("yjs-test-" + std::to_string(::getpid()) + "-" +
           std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + "-" +
           std::to_string(counter++));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

Article make_article(const std::string& id, const std::string& title, const std::string& body) {
  Article article;
  article.id = id;
  article.title = title;
  article.body = body;
  article.path = id;
  return article;
}

Xapian::WritableDatabase in_memory_db(const std::vector<Article>& articles) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  db.set_metadata(schema::kLanguageMetadataKey, "english");
  text::Analyzer analyzer("english");
  DocumentBuilder builder(analyzer);
  for (const Article& article : articles) {
    db.replace_document(std::string(schema::kIdPrefix) + article.id,
                        builder.build(article, extract::extract_facets(article)));
  }
  db.commit();
  return db;
}

std::vector<std::string> terms_of(const Xapian::Document& doc) {
  return {doc.termlist_begin(), doc.termlist_end()};
}

std::string test_data(const std::string& relative) {
  return std::string(YJS_TEST_DATA_DIR) + "/" + relative;
}

void write_articles(Indexer& indexer, const std::vector<Article>& articles) {
  DocumentPreparer preparer(indexer.language());
  for (const Article& article : articles) {
    indexer.write(preparer.prepare(article));
  }
}

}  // namespace yjs::testing
