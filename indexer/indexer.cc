#include "indexer/indexer.h"

#include "common/errors.h"
#include "common/extract/extract.h"
#include "common/schema.h"
#include "common/synonyms.h"

namespace yjs {
namespace {

constexpr const char* kSynonymsMetadataKey = "yjs.synonyms";
constexpr const char* kSynonymsVersion = "1";

}  // namespace

Indexer::Indexer(const std::string& db_path, const IndexerOptions& options)
    : db_(db_path, Xapian::DB_CREATE_OR_OPEN),
      options_(options),
      analyzer_(options.language),
      builder_(analyzer_) {
  const std::string stored = db_.get_metadata(schema::kLanguageMetadataKey);
  // The synonym table is part of the schema: (re)write it when this version's differs.
  if (db_.get_metadata(kSynonymsMetadataKey) != kSynonymsVersion) {
    store_synonyms(db_, analyzer_.stemmer());
    db_.set_metadata(kSynonymsMetadataKey, kSynonymsVersion);
  }
  if (stored.empty()) {
    db_.set_metadata(schema::kLanguageMetadataKey, options_.language);
  } else if (stored != options_.language) {
    throw UsageError("database '" + db_path + "' was built with --language " + stored +
                     ", not " + options_.language);
  }
}

AddResult Indexer::add(const Article& article) {
  const Facets facets = extract::extract_facets(article);
  DocumentBuilder::WordCounts words;
  Xapian::Document doc = builder_.build(article, facets, &words);
  const std::string id_term = std::string(schema::kIdPrefix) + article.id;

  AddResult result = AddResult::kAdded;
  Xapian::PostingIterator existing = db_.postlist_begin(id_term);
  if (existing != db_.postlist_end(id_term)) {
    const Xapian::Document old = db_.get_document(*existing);
    if (old.get_value(schema::kContentHashSlot) == doc.get_value(schema::kContentHashSlot)) {
      ++stats_.skipped;
      return AddResult::kSkipped;
    }
    result = AddResult::kReplaced;
  }
  db_.replace_document(id_term, doc);
  for (const auto& [word, count] : words) spelling_[word] += count;
  ++(result == AddResult::kAdded ? stats_.added : stats_.replaced);
  if (++uncommitted_ >= options_.batch_size) commit();
  return result;
}

void Indexer::commit() {
  for (const auto& [word, count] : spelling_) db_.add_spelling(word, count);
  spelling_.clear();
  db_.commit();
  uncommitted_ = 0;
}

}  // namespace yjs
