// yjs-dump-index DB: everything an index holds, one fact a line, in an order that does
// not depend on how it was built (documents by id, not docid), for the before/after
// equality check (tests/equality/same_output.sh). Left out, because they change with the
// indexing version or the machine and not with what was indexed: the fingerprint slot
// (it hashes the pipeline version), the synonyms version and the root folder's real path.
#include <xapian.h>

#include <cstdio>
#include <iostream>
#include <set>
#include <string>
#include <string_view>

#include "common/schema.h"

namespace {

// Metadata keys whose values are not a function of the indexed articles.
const std::set<std::string> kMachineMetadata = {"yjs.synonyms", "yjs.root"};

// Bytes as printable text on one line: control bytes and backslashes as \xNN.
std::string escaped(std::string_view bytes) {
  std::string out;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f || c == '\\') {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02x", byte);
      out += hex;
    } else {
      out += c;
    }
  }
  return out;
}

void dump_database_tables(const Xapian::Database& db, std::ostream& out) {
  out << "documents " << db.get_doccount() << '\n';
  for (auto key = db.metadata_keys_begin(); key != db.metadata_keys_end(); ++key) {
    if (kMachineMetadata.count(*key)) continue;
    out << "metadata " << escaped(*key) << " = " << escaped(db.get_metadata(*key)) << '\n';
  }
  for (auto word = db.spellings_begin(); word != db.spellings_end(); ++word) {
    out << "spelling " << escaped(*word) << ' ' << word.get_termfreq() << '\n';
  }
  for (auto key = db.synonym_keys_begin(); key != db.synonym_keys_end(); ++key) {
    out << "synonym " << escaped(*key) << " ->";
    for (auto to = db.synonyms_begin(*key); to != db.synonyms_end(*key); ++to) {
      out << ' ' << escaped(*to);
    }
    out << '\n';
  }
}

void dump_document(const Xapian::Database& db, Xapian::docid docid, std::ostream& out) {
  const Xapian::Document doc = db.get_document(docid);
  out << "data " << escaped(doc.get_data()) << '\n';
  for (auto value = doc.values_begin(); value != doc.values_end(); ++value) {
    if (value.get_valueno() == yjs::schema::kContentHashSlot) continue;
    out << "value " << value.get_valueno() << ' ' << escaped(*value) << '\n';
  }
  for (auto term = db.termlist_begin(docid); term != db.termlist_end(docid); ++term) {
    out << "term " << escaped(*term) << " wdf " << term.get_wdf() << " positions";
    for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) {
      out << ' ' << *pos;
    }
    out << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: yjs-dump-index DB\n";
    return 2;
  }
  try {
    const Xapian::Database db(argv[1]);
    std::ios::sync_with_stdio(false);
    dump_database_tables(db, std::cout);
    const std::string id_prefix(yjs::schema::kIdPrefix);
    for (auto id = db.allterms_begin(id_prefix); id != db.allterms_end(id_prefix); ++id) {
      for (auto doc = db.postlist_begin(*id); doc != db.postlist_end(*id); ++doc) {
        std::cout << "document " << escaped(*id) << '\n';
        dump_document(db, *doc, std::cout);
      }
    }
    std::cout.flush();
    return std::cout ? 0 : 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "yjs-dump-index: " << e.get_description() << '\n';
    return 1;
  }
}
