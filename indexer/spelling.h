// The spelling table behind "did you mean": which words it holds and where their counts
// come from. One rule for both ways of filling it, document by document (an update) and
// from the finished index (a new database).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace yjs {

// Word -> occurrences.
using WordCounts = std::unordered_map<std::string, unsigned>;

// True for an index word worth suggesting: 3 to 24 bytes, starting with a letter (a-z, or
// any non-ASCII character). Numbers and very short or very long words make poor
// suggestions; prefixed terms (upper case) are not words.
bool is_spelling_word(std::string_view word);

// Counts the spelling words among `words` (a document's index words) in `counts`.
void count_spelling_words(const std::vector<std::string>& words, WordCounts& counts);

// Adds every spelling word indexed in `source` and found in at least two documents to
// `target`'s spelling table with its number of occurrences. Much cheaper than counting
// words document by document in a bulk build; a word found once is more likely a typo
// than a word worth suggesting. With `parts` > 1, adds only share `part` (0-based) of
// those words, so threads can fill separate spelling tables that compaction then merges.
void add_spelling_from_lexicon(const Xapian::Database& source, Xapian::WritableDatabase& target,
                               unsigned part = 0, unsigned parts = 1);

}  // namespace yjs
