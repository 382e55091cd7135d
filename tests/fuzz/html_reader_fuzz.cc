// Fuzz target: one input as a web page (any bytes, any charset) through the HTML reader,
// then the article it yields prepared for indexing as yjs-index would. Bad input may be
// reported as an InputError; nothing may crash, and an article always has its title.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/errors.h"
#include "indexer/indexer.h"
#include "indexer/readers/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static yjs::DocumentPreparer preparer("english");  // its stem cache outlives one input
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  try {
    const yjs::Article article = yjs::readers::parse_html_article(content, "fuzz-id", "fuzz.html");
    if (article.title.empty()) __builtin_trap();  // a page read has a title
    const yjs::PreparedDocument prepared = preparer.prepare(article);
    if (prepared.id.empty()) __builtin_trap();  // every document needs its id term
  } catch (const yjs::InputError&) {
    // A page with no text, or nested too deep: yjs-index reports it.
  }
  return 0;
}
