#include "indexer/spelling.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace yjs {
namespace {

constexpr std::size_t kShortestSuggestion = 3;
constexpr std::size_t kLongestSuggestion = 24;

// The rule's threshold: a word in this many documents or more is kept.
bool kept(Xapian::doccount documents) { return documents >= 2; }

}  // namespace

bool is_spelling_word(std::string_view word) {
  if (word.size() < kShortestSuggestion || word.size() > kLongestSuggestion) return false;
  const auto first = static_cast<unsigned char>(word[0]);
  return (first >= 'a' && first <= 'z') || first >= 0x80;
}

void collect_spelling_words(Xapian::TermIterator begin, Xapian::TermIterator end,
                            SpellingWords& words) {
  // Terms sort by byte: prefixed terms (upper case) and numbers come before any word.
  if (begin != end) begin.skip_to("a");
  for (; begin != end; ++begin) {
    std::string term = *begin;
    if (is_spelling_word(term)) words.insert(std::move(term));
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
    if (!is_spelling_word(word) || !kept(it.get_termfreq())) continue;
    if (qualifying++ % parts != part) continue;
    target.add_spelling(word, source.get_collection_freq(word));
  }
}

void update_spelling(const Xapian::Database& index, Xapian::WritableDatabase& target,
                     const SpellingWords& words) {
  std::vector<std::string> sorted(words.begin(), words.end());
  std::sort(sorted.begin(), sorted.end());
  // The changes are worked out in one ascending walk of the table, then made: the table is
  // not changed under the iterator reading it.
  std::vector<std::pair<std::string, std::int64_t>> changes;  // word, wanted - held
  Xapian::TermIterator held = target.spellings_begin();
  for (std::string& word : sorted) {
    const std::int64_t wanted =
        kept(index.get_termfreq(word)) ? index.get_collection_freq(word) : 0;
    if (held != target.spellings_end()) held.skip_to(word);
    const std::int64_t now =
        held != target.spellings_end() && *held == word ? held.get_termfreq() : 0;
    if (wanted != now) changes.emplace_back(std::move(word), wanted - now);
  }
  for (const auto& [word, change] : changes) {
    if (change > 0) {
      target.add_spelling(word, static_cast<Xapian::termcount>(change));
    } else {
      target.remove_spelling(word, static_cast<Xapian::termcount>(-change));
    }
  }
}

}  // namespace yjs
