// Fuzz target: the query language. Any query either parses or is rejected with a
// QueryError (yjs-search's exit 2); a parsed query must run against a database.
#include <unistd.h>
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "common/errors.h"
#include "common/text/analyzer.h"
#include "searcher/query_builder.h"

namespace {

// A small database, so wildcards and spelling have terms to expand and correct. On disk
// (the in-memory backend has no spelling table), removed when the fuzzer exits.
struct SampleDatabase {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("yjs-query-fuzz-" + std::to_string(getpid()));
  Xapian::Database db;
  explicit SampleDatabase(yjs::text::Analyzer& analyzer) : db(build(analyzer)) {}
  ~SampleDatabase() { std::filesystem::remove_all(path); }
  Xapian::Database build(yjs::text::Analyzer& analyzer) const;
};

Xapian::Database SampleDatabase::build(yjs::text::Analyzer& analyzer) const {
  Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  for (const char* text : {"Leicester youth justice service rated good in 2023",
                           "Inspectors found speech and language support inadequate",
                           "Requires improvement: Wirral services under Justin Russell"}) {
    Xapian::Document document;
    Xapian::termpos position = 0;
    for (const std::string& word : analyzer.index_text(text, document, position)) {
      db.add_spelling(word);
    }
    db.add_document(document);
  }
  db.commit();
  return Xapian::Database(path.string());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static yjs::text::Analyzer analyzer("english");
  static const SampleDatabase sample(analyzer);
  const Xapian::Database& db = sample.db;
  const std::string_view query_text(reinterpret_cast<const char*>(data), size);
  // The first byte picks how words match: the tiered default, --all or --any.
  constexpr yjs::WordMatch kModes[] = {yjs::WordMatch::kAllElseAny, yjs::WordMatch::kAll,
                                       yjs::WordMatch::kAny};
  const yjs::WordMatch words = kModes[size > 0 ? data[0] % 3 : 0];

  yjs::QueryBuilder builder(analyzer, db);
  try {
    const yjs::QueryPlan plan = builder.plan(query_text, words);
    for (const Xapian::Query* query : {&plan.ranked, &plan.matched}) {
      Xapian::Enquire enquire(db);
      enquire.set_query(*query);
      enquire.get_mset(0, 10);
    }
  } catch (const yjs::QueryError&) {
    // Rejected with a one-line message: allowed.
  }
  return 0;
}
