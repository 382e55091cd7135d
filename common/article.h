// Article: one input article as read from disk, before analysis. Plain data.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace yjs {

// One article. Explicit facet fields are set only when the input states them
// (JSON Lines); they override whatever extraction would find in the prose.
struct Article {
  std::string id;         // unique, stable: JSONL "id", else path relative to the indexed root
  std::string title;      // first non-empty line of a text file, or JSONL "title"
  std::string body;       // the text after the title
  std::string path;       // source file: its id, the path relative to the database's root
  std::size_t line = 0;   // 1-based line in a JSONL file, 0 for a whole-file article
  std::string url;        // JSONL "url", else empty
  std::string published;  // JSONL "published" (free text date), a page's or PDF's date, else empty
  // Where `published` was read when a document's metadata states it (the HTML tag, the PDF
  // info key): the date's evidence. Empty for JSON Lines.
  std::string published_evidence;

  std::optional<std::string> area;             // explicit JSONL "area"
  std::optional<int> year;                     // explicit JSONL "year"
  std::optional<std::string> rating;           // explicit JSONL "rating" (any spelling)
  std::optional<std::string> chief_inspector;  // explicit JSONL "chief_inspector"
  std::optional<std::string> kind;             // explicit JSONL "kind" (a kind label)
};

}  // namespace yjs
