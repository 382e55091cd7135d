#include "indexer/spelling.h"

namespace yjs {
namespace {

constexpr std::size_t kShortestSuggestion = 3;
constexpr std::size_t kLongestSuggestion = 24;

}  // namespace

bool is_spelling_word(std::string_view word) {
  if (word.size() < kShortestSuggestion || word.size() > kLongestSuggestion) return false;
  const auto first = static_cast<unsigned char>(word[0]);
  return (first >= 'a' && first <= 'z') || first >= 0x80;
}

void count_spelling_words(const std::vector<std::string>& words, WordCounts& counts) {
  for (const std::string& word : words) {
    if (is_spelling_word(word)) ++counts[word];
  }
}

void add_spelling_from_lexicon(const Xapian::Database& source, Xapian::WritableDatabase& target,
                               unsigned part, unsigned parts) {
  // Every spelling word sorts after "a": prefixed terms (upper case) and numbers, which
  // sort first, are skipped at once.
  auto it = source.allterms_begin();
  it.skip_to("a");
  std::size_t qualifying = 0;
  for (; it != source.allterms_end(); ++it) {
    const std::string word = *it;
    if (!is_spelling_word(word) || it.get_termfreq() < 2) continue;
    if (qualifying++ % parts != part) continue;
    target.add_spelling(word, source.get_collection_freq(word));
  }
}

}  // namespace yjs
