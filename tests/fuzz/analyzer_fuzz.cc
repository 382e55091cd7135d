// Fuzz target: the analyzer on arbitrary bytes, checking the words it promises: not
// empty, at most kMaxWordBytes, valid UTF-8, already folded (folding again changes
// gives the same one word), and the same words when indexed into a document.
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/text/analyzer.h"
#include "indexer/article_reader.h"

namespace {

void check(bool promise) {
  if (!promise) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static yjs::text::Analyzer analyzer("english");
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const std::vector<std::string> words = analyzer.words(text);
  for (const std::string& word : words) {
    check(!word.empty());
    check(word.size() <= yjs::text::kMaxWordBytes);
    check(yjs::is_valid_utf8(word));
    check(analyzer.words(word) == std::vector<std::string>{word});
  }

  Xapian::Document document;
  Xapian::termpos position = 0;
  analyzer.index_text(text, document, position);
  check(position == words.size());
  for (const std::string& word : words) {
    Xapian::TermIterator term = document.termlist_begin();
    term.skip_to(word);
    check(term != document.termlist_end() && *term == word);
  }
  return 0;
}
