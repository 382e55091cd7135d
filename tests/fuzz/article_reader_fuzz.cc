// Fuzz target: one input file, read as plain text or JSON Lines (the first byte picks),
// then every article it yields prepared for indexing as yjs-index would (extraction,
// analysis, document building). Bad input may be reported; nothing may crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "indexer/article_reader.h"
#include "indexer/indexer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static yjs::DocumentPreparer preparer("english");  // its stem cache outlives one input
  const auto format = (data[0] & 1) ? yjs::InputFormat::kJsonLines : yjs::InputFormat::kText;
  const std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);

  const yjs::ArticleSink sink{
      .use =
          [](yjs::Article&& article) {
            try {
              const yjs::PreparedDocument prepared = preparer.prepare(article);
              if (prepared.id.empty()) __builtin_trap();  // every document needs its id term
            } catch (const yjs::InputError&) {
              // An article that cannot be indexed is reported by yjs-index: allowed.
            }
          },
      .fail = [](const yjs::InputError&) {},
      .warn = [](const std::string&) {},
  };
  yjs::read_articles_from(content, "fuzz-input", format, "fuzz-id", sink);
  return 0;
}
