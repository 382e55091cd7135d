// The spelling table behind "did you mean": which words it holds and with what counts.
// One rule for both ways of filling it, from the finished index (a new database) and word
// by word after an update: the table holds every spelling word indexed in at least two
// documents, with its number of occurrences in the index. A word found once is more
// likely a typo than a word worth suggesting.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_set>

namespace yjs {

using SpellingWords = std::unordered_set<std::string>;

// True for an index word worth suggesting: 3 to 24 bytes, starting with a letter (a-z, or
// any non-ASCII character). Numbers and very short or very long words make poor
// suggestions; prefixed terms (upper case) are not words.
bool is_spelling_word(std::string_view word);

// Adds the spelling words among the terms [begin, end) (a document's) to `words`.
void collect_spelling_words(Xapian::TermIterator begin, Xapian::TermIterator end,
                            SpellingWords& words);

// Adds every spelling word of `source` that the rule keeps to `target`'s spelling table,
// which should hold none yet: much cheaper than word by word in a bulk build. With `parts`
// > 1, adds only share `part` (0-based) of those words, so threads can fill separate
// spelling tables that compaction then merges.
void add_spelling_from_lexicon(const Xapian::Database& source, Xapian::WritableDatabase& target,
                               unsigned part = 0, unsigned parts = 1);

// Sets the entries of `words` in `target`'s spelling table to what the rule says for them
// in `index` as it is now (uncommitted changes included): for the words of documents an
// update added, replaced or deleted.
void update_spelling(const Xapian::Database& index, Xapian::WritableDatabase& target,
                     const SpellingWords& words);

}  // namespace yjs
