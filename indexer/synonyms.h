// Synonyms of the field's acronyms (YOT/YOS/YJS/youth offending team…, CAMHS, SEND,
// OOCD/out-of-court disposal). Documents that use any form get the group's concept term;
// the database maps every form to that term, so a query for one form finds the others.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace yjs {

struct SynonymGroup {
  std::string_view name;                   // the concept term is schema::kConceptPrefix + name
  std::vector<std::string_view> phrases;   // index words joined by spaces ("youth offending team")
  std::vector<std::string_view> acronyms;  // whole words of the text as written (WordView)
};

// The built-in groups (constant).
const std::vector<SynonymGroup>& synonym_groups();

// Adds to `doc` the concept term of every group some form of which occurs in `text`, whose
// index words (Analyzer::words) are `words`. The term's wdf counts the occurrences.
void add_concept_terms(std::string_view text, const std::vector<std::string>& words,
                       Xapian::Document& doc);

// Writes the synonym table, replacing any older one: each form (a single word, also as its "Z"
// stem, or a phrase) points at its group's concept term. `stem` must be the database's stemmer.
void store_synonyms(Xapian::WritableDatabase& db, const Xapian::Stem& stem);

}  // namespace yjs
