#include "tests/testing/corpus_files.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "corpus/generator/generator.h"

namespace yjs::testing {
namespace fs = std::filesystem;

std::vector<InputFile> make_corpus(const fs::path& root, std::size_t n, std::size_t lines,
                                   std::uint64_t seed) {
  std::vector<InputFile> files;
  corpus::Generator generator(seed);
  for (std::size_t i = 0; i < n; ++i) {
    const corpus::GeneratedArticle article = generator.next(i);
    fs::create_directories((root / article.relative_path).parent_path());
    std::ofstream(root / article.relative_path) << article.text;
    files.push_back({root / article.relative_path, article.relative_path});
  }
  std::ofstream feed(root / "feed.jsonl");
  for (std::size_t i = 0; i < lines; ++i) {
    std::string body = generator.next(n + i).text;
    // Plain JSON string content: no quotes, backslashes or control characters.
    std::erase_if(body, [](char c) { return c == '"' || c == '\\'; });
    std::replace_if(
        body.begin(), body.end(), [](char c) { return c >= 0 && c < ' '; }, ' ');
    feed << "{\"id\": \"feed-" << i << "\", \"title\": \"Feed " << i << "\", \"body\": \"" << body
         << "\"}\n";
  }
  files.push_back({root / "feed.jsonl", "feed.jsonl"});
  return files;
}

std::map<std::string, std::string> database_contents(const std::string& path) {
  const Xapian::Database db(path);
  std::map<std::string, std::string> out;
  for (auto doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
    const Xapian::Document document = db.get_document(*doc);
    std::ostringstream text;
    std::string id;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      if ((*term).rfind("Q", 0) == 0) id = *term;
      text << *term << " wdf " << term.get_wdf() << " @";
      for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) {
        text << ' ' << *pos;
      }
      text << '\n';
    }
    for (auto value = document.values_begin(); value != document.values_end(); ++value) {
      text << "value " << value.get_valueno() << ' ' << *value << '\n';
    }
    text << "length " << db.get_doclength(*doc) << "\ndata " << document.get_data();
    out["document " + id] = text.str();
  }
  for (auto word = db.spellings_begin(); word != db.spellings_end(); ++word) {
    out["spelling " + *word] = std::to_string(word.get_termfreq());
  }
  for (auto key = db.synonym_keys_begin(); key != db.synonym_keys_end(); ++key) {
    std::string synonyms;
    for (auto s = db.synonyms_begin(*key); s != db.synonyms_end(*key); ++s) synonyms += *s + ";";
    out["synonyms " + *key] = synonyms;
  }
  for (auto key = db.metadata_keys_begin(); key != db.metadata_keys_end(); ++key) {
    out["metadata " + *key] = db.get_metadata(*key);
  }
  out["total length"] = std::to_string(db.get_total_length());
  return out;
}

}  // namespace yjs::testing
