// Test helpers: temporary directories, in-memory databases built through the real
// DocumentBuilder, and term listings for assertions.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

#include "common/article.h"
#include "indexer/indexer.h"

namespace yjs::testing {

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// An article with just an id, title and body (and optional explicit facets set after).
Article make_article(const std::string& id, const std::string& title, const std::string& body);

// An in-memory database holding `articles`, built by DocumentBuilder with English stemming
// (the same documents yjs-index writes, without touching disk).
Xapian::WritableDatabase in_memory_db(const std::vector<Article>& articles);

// Every term of a document, in Xapian's (sorted) order.
std::vector<std::string> terms_of(const Xapian::Document& doc);

// The full path of a file under tests/data.
std::string test_data(const std::string& relative);

// Writes `articles` into `indexer` as the pipeline's writer does: each prepared
// (analysed), then written. Throws InputError for an article that cannot be indexed.
void write_articles(Indexer& indexer, const std::vector<Article>& articles);

}  // namespace yjs::testing
