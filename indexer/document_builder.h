// Document builder: Article + Facets -> Xapian::Document, following common/schema.h.
#pragma once

#include <xapian.h>

#include <string>

#include "common/article.h"
#include "common/facets.h"
#include "common/text/analyzer.h"
#include "indexer/spelling.h"

namespace yjs {

// Longest id accepted: Xapian terms are limited to 245 bytes and "Q" takes one.
inline constexpr std::size_t kMaxIdBytes = 240;

// Builds documents. Each document carries:
// - "Q"+id, the unique term replace_document() keys on;
// - title words positional with prefix "S" (plus "ZS" stems), and again unprefixed;
// - body words positional, unprefixed (plus "Z" stems), 100 positions after the title so
//   a phrase never spans the two;
// - per known facet of the schema table (schema::kFacets): its boolean filter term (and a
//   multi-valued facet's other names), its value slot (schema::encode_slot), its field of
//   the packed slot; the publication date in kDateSlot when the year is known;
// - the display fields as compact JSON document data (see stored_fields()), and the
//   article's fingerprint in kContentHashSlot, used to skip unchanged articles on re-index.
// Control bytes in the title and body (other than tab and line ends) are dropped first.
// Borrows the analyzer, which must outlive the builder. Not thread-safe.
class DocumentBuilder {
 public:
  explicit DocumentBuilder(text::Analyzer& analyzer) : analyzer_(analyzer) {}

  // Throws InputError when the id is empty or longer than kMaxIdBytes.
  Xapian::Document build(const Article& article, const Facets& facets);

 private:
  text::Analyzer& analyzer_;
};

// A hash of everything indexing reads from an article (and of the indexing version), as 16
// hex digits: equal fingerprints mean re-indexing would produce the same document.
std::string article_fingerprint(const Article& article);

// The JSON stored as document data (schema::encode_stored_fields): id, title, path, url,
// published, each facet by its name (null when absent) and body. Invalid UTF-8 is replaced
// by U+FFFD.
std::string stored_fields(const Article& article, const Facets& facets);

}  // namespace yjs
