#include "indexer/indexer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "common/errors.h"
#include "common/schema.h"
#include "common/text/analyzer_version.h"
#include "generated/rule_versions.h"
#include "indexer/extract/extract.h"
#include "indexer/identity.h"
#include "indexer/new_database.h"
#include "indexer/shards.h"
#include "indexer/synonyms.h"

namespace yjs {
namespace {

constexpr const char* kSynonymsMetadataKey = "yjs.synonyms";

// A part of a sharded database: it must exist (a missing shard is an error, not a new,
// empty one that would hide the loss).
Xapian::WritableDatabase open_part(const std::string& path) {
  try {
    return Xapian::WritableDatabase(path, Xapian::DB_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw;
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw Error("cannot open '" + path + "', a part of this sharded database: " + e.get_msg());
  }
}

int open_flags(bool created) {
  // A fresh build need not fsync every batch: finish() syncs once at the end, and a crash
  // before then leaves a database nobody has used yet (re-running rebuilds it).
  return Xapian::DB_CREATE_OR_OPEN | (created ? Xapian::DB_NO_SYNC : 0);
}

}  // namespace

std::string source_of(const Article& article) {
  return article.line ? article.path + ":" + std::to_string(article.line) : article.path;
}

namespace {

// fsync one file or directory; a failure is an error naming it.
void sync_path(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error("cannot open '" + path + "' to flush it: " + std::strerror(errno));
  if (::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    throw Error("cannot flush '" + path + "' to disk: " + std::strerror(error));
  }
  ::close(fd);
}

// True when document `docid` has `term`: a skip in the term's posting list (one entry for
// a text file), cheaper than reading the document's whole term list.
bool has_term(const Xapian::Database& db, Xapian::docid docid, const std::string& term) {
  Xapian::PostingIterator it = db.postlist_begin(term);
  it.skip_to(docid);
  return it != db.postlist_end(term) && *it == docid;
}

}  // namespace

void sync_directory(const std::string& path) { sync_path(path); }

// fsync every file of the database directory, then the directory itself.
void sync_database(const std::string& path) {
  std::error_code ec;
  std::filesystem::directory_iterator it(path, ec);
  if (ec) throw Error("cannot read '" + path + "' to flush it: " + ec.message());
  for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
    sync_path(it->path().string());
  }
  if (ec) throw Error("cannot read '" + path + "' to flush it: " + ec.message());
  sync_path(path);
}

namespace {

// The one test of "unchanged": the stored document has this fingerprint and is from this
// file (an article that moved to another file must be rewritten, or its old file's --prune
// would delete it).
bool holds_unchanged(const Xapian::Database& db, Xapian::docid docid,
                     const std::string& fingerprint, const std::string& file) {
  return db.get_document(docid).get_value(schema::kContentHashSlot) == fingerprint &&
         (file.empty() || has_term(db, docid, std::string(kFilePrefix) + file));
}

}  // namespace

bool is_unchanged(const Xapian::Database& db, const Article& article, const std::string& file) {
  const std::string id_term = std::string(schema::kIdPrefix) + article.id;
  Xapian::PostingIterator existing = db.postlist_begin(id_term);
  if (existing == db.postlist_end(id_term)) return false;
  return holds_unchanged(db, *existing, article_fingerprint(article), file);
}

PreparedDocument DocumentPreparer::prepare(const Article& article) {
  PreparedDocument prepared;
  prepared.id = article.id;
  prepared.source = source_of(article);
  prepared.text_bytes = article.title.size() + article.body.size();
  prepared.document = builder_.build(article, extract::extract_facets(article));
  return prepared;
}

Indexer::Indexer(const std::string& db_path, const IndexerOptions& options, RunIds* run_ids)
    : path_(db_path),
      created_(is_new_database(db_path)),
      options_(options),
      run_ids_(run_ids ? run_ids : &own_ids_) {
  if (is_sharded(db_path)) {
    const ShardLayout layout = read_shard_layout(db_path);
    for (const std::string& shard : layout.shards) shards_.push_back(open_part(shard));
    lexicon_ = open_part(layout.lexicon);
  } else {
    shards_.emplace_back(db_path, open_flags(created_));
  }
  for (Xapian::WritableDatabase& db : shards_) stamp(db);
  if (lexicon_) stamp(*lexicon_);
  for (const Xapian::WritableDatabase& db : shards_) reader_.add_database(db);
  if (lexicon_) reader_.add_database(*lexicon_);
}

// Records the language, synonyms and root in a database that lacks them, and checks them
// in one that has them; records the schema and analyzer this program writes with (a
// database of a newer schema is refused: its documents would be rewritten in an older one).
void Indexer::stamp(Xapian::WritableDatabase& db) {
  if (const std::string schema = db.get_metadata(schema::kSchemaMetadataKey);
      !schema.empty() && std::atoi(schema.c_str()) > schema::kSchemaVersion) {
    throw Error("database '" + path_ + "' was made by a newer yjs-index (schema " + schema +
                ", this one writes " + std::to_string(schema::kSchemaVersion) + ")");
  }
  db.set_metadata(schema::kSchemaMetadataKey, std::to_string(schema::kSchemaVersion));
  db.set_metadata(schema::kAnalyzerMetadataKey, text::analyzer_version(options_.language));
  const std::string stored = db.get_metadata(schema::kLanguageMetadataKey);
  if (stored.empty()) {
    db.set_metadata(schema::kLanguageMetadataKey, options_.language);
  } else if (stored != options_.language) {
    throw UsageError("database '" + path_ + "' was built with --language " + stored + ", not " +
                     options_.language);
  }
  // The synonym table is part of the schema: (re)write it when this version's differs.
  if (db.get_metadata(kSynonymsMetadataKey) != kSynonymsVersion) {
    store_synonyms(db, Xapian::Stem(options_.language));
    db.set_metadata(kSynonymsMetadataKey, std::string(kSynonymsVersion));
  }
  if (!options_.root.empty() && db.get_metadata(kRootMetadataKey).empty()) {
    if (db.get_doccount() > 0) {
      throw Error("database '" + path_ +
                  "' was made by an older yjs-index, whose ids depended on how paths were "
                  "spelled; remove it and index again");
    }
    db.set_metadata(kRootMetadataKey, options_.root);
  }
}

Xapian::WritableDatabase& Indexer::shard_for(const std::string& id) {
  return shards_[shards_.size() == 1 ? 0 : shard_of(id, shard_count())];
}

void Indexer::remember_id(const std::string& id, const std::string& source) {
  if (!run_ids_->insert(id)) {
    throw InputError(source, 0, "duplicate id '" + id + "' in this run; kept the first");
  }
}

void Indexer::skip_unchanged(const std::string& id, const std::string& source) {
  remember_id(id, source);
  ++stats_.skipped;
}

AddResult Indexer::write(PreparedDocument&& prepared) {
  remember_id(prepared.id, prepared.source);
  const std::string file_term = std::string(kFilePrefix) + prepared.file;
  if (!prepared.file.empty()) prepared.document.add_boolean_term(file_term);
  const std::string id_term = std::string(schema::kIdPrefix) + prepared.id;
  Xapian::WritableDatabase& db = shard_for(prepared.id);
  AddResult result = AddResult::kAdded;
  if (created_) {
    // Nothing to replace: add in ascending docid order, which keeps Xapian's tables in
    // their fast sequential-update mode.
    db.add_document(prepared.document);
  } else {
    Xapian::PostingIterator existing = db.postlist_begin(id_term);
    if (existing != db.postlist_end(id_term)) {
      const Xapian::docid docid = *existing;
      if (holds_unchanged(db, docid, prepared.document.get_value(schema::kContentHashSlot),
                          prepared.file)) {
        ++stats_.skipped;
        return AddResult::kSkipped;
      }
      collect_spelling_words(db.termlist_begin(docid), db.termlist_end(docid), touched_);
      db.replace_document(docid, prepared.document);
      result = AddResult::kReplaced;
    } else {
      db.add_document(prepared.document);
    }
  }
  if (!created_) {
    collect_spelling_words(prepared.document.termlist_begin(), prepared.document.termlist_end(),
                           touched_);
  }
  ++(result == AddResult::kAdded ? stats_.added : stats_.replaced);
  uncommitted_bytes_ += prepared.text_bytes;
  if (++uncommitted_ >= options_.batch_size || uncommitted_bytes_ >= options_.batch_bytes) commit();
  return result;
}

bool Indexer::remove(const std::string& id) {
  const std::string id_term = std::string(schema::kIdPrefix) + id;
  // Looked for in every shard (a lookup each), not only where its id hashes to.
  for (Xapian::WritableDatabase& db : shards_) {
    Xapian::PostingIterator existing = db.postlist_begin(id_term);
    if (existing == db.postlist_end(id_term)) continue;
    collect_spelling_words(db.termlist_begin(*existing), db.termlist_end(*existing), touched_);
    db.delete_document(*existing);
    ++stats_.deleted;
    ++uncommitted_;
    return true;
  }
  return false;
}

void Indexer::commit() {
  if (!touched_.empty()) {
    update_spelling(reader_, spelling_db(), touched_);
    touched_.clear();
  }
  for (Xapian::WritableDatabase& db : shards_) db.commit();
  if (lexicon_) lexicon_->commit();
  uncommitted_ = 0;
  uncommitted_bytes_ = 0;
}

void Indexer::finish() {
  commit();
  if (!created_) return;
  Xapian::WritableDatabase& db = shards_.front();  // a new database is never sharded
  add_spelling_from_lexicon(db, db);
  db.commit();
  sync_database(path_);
}

}  // namespace yjs
