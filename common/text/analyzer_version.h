// The analyzer's behaviour as a version: a digest of the terms it makes of a fixed probe
// text that exercises every rule (segmentation, folding, diacritics, apostrophes,
// possessives, hyphenated compounds, numbers and ranges, initials, ligatures, stemming).
// A database records the digest of the analyzer that indexed it; a searcher whose digest
// differs would turn queries into other terms than the documents', so it refuses the
// database. An edit that changes no term (a comment, a faster path) changes no digest.
#pragma once

#include <string>

namespace yjs::text {

// 16 hex digits for the analyzer of `language` (a Snowball stemmer name).
std::string analyzer_version(const std::string& language);

}  // namespace yjs::text
