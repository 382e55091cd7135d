// The plain baseline for benchmarks: what a user would write with Xapian alone. Every
// file under DIR is indexed with Xapian::TermGenerator (English stemming, positions) and
// stored by its unique "Q" path term with replace_document, then committed once.
//   termgenerator_index DB DIR
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: termgenerator_index DB DIR\n";
    return 2;
  }
  try {
    Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OPEN);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[2])) {
      if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      Xapian::Document doc;
      generator.set_document(doc);
      generator.index_text(text.str());
      doc.set_data(text.str());
      const std::string id = "Q" + entry.path().string();
      doc.add_boolean_term(id);
      db.replace_document(id, doc);
    }
    db.commit();
    return 0;
  } catch (const Xapian::Error& e) {
    std::cerr << e.get_description() << '\n';
    return 1;
  }
}
