// Test helpers over real files: a generated corpus written to disk, and everything a
// database holds as comparable text.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "indexer/pipeline.h"

namespace yjs::testing {

// Writes `n` generated text articles under `root` plus one JSON Lines file, feed.jsonl, of
// `lines` articles (ids "feed-0", ...), and returns them as inputs with their ids relative
// to `root`. Deterministic for a given `seed`.
std::vector<InputFile> make_corpus(const std::filesystem::path& root, std::size_t n,
                                   std::size_t lines, std::uint64_t seed = 11);

// Everything the database at `path` (any kind Xapian opens, a stub too) holds, as text keyed
// by what it describes ("document Q<id>", "spelling <word>", "synonyms <key>", "metadata
// <key>", "total length"), so two databases whose document numbers differ can be compared
// exactly.
std::map<std::string, std::string> database_contents(const std::string& path);

}  // namespace yjs::testing
