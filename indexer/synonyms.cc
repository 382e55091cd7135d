#include "indexer/synonyms.h"

#include <algorithm>

#include "common/extract/word_view.h"
#include "common/schema.h"

namespace yjs {
namespace {

// Adds to counts[g] the occurrences of group g's acronyms in `text` as whole words, read as
// the extractor reads words (extract::next_word), case-sensitively ("SEND", not "send").
// One walk over the words' extents: building a WordView here cost more than the rest of
// the synonyms.
void count_acronyms(std::string_view text, const std::vector<SynonymGroup>& groups,
                    std::vector<unsigned>& counts) {
  for (extract::WordSpan span = extract::next_word(text, 0); span.begin < text.size();
       span = extract::next_word(text, span.end)) {
    const std::string_view word = text.substr(span.begin, span.end - span.begin);
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const auto& acronyms = groups[g].acronyms;
      counts[g] += std::find(acronyms.begin(), acronyms.end(), word) != acronyms.end();
    }
  }
}

// True when the index words from i on are `phrase`.
bool phrase_at(const std::vector<std::string>& words, std::size_t i, std::string_view phrase) {
  return extract::phrase_starts_at(words.size(), i, phrase,
                                   [&words](std::size_t k) { return std::string_view(words[k]); });
}

}  // namespace

const std::vector<SynonymGroup>& synonym_groups() {
  static const std::vector<SynonymGroup> groups = {
      {"yjs",
       {"youth offending team", "youth offending teams", "youth offending service",
        "youth offending services", "youth justice service", "youth justice services",
        "youth justice team"},
       {"YOT", "YOTs", "YOS", "YJS", "YJSs"}},
      {"camhs",
       {"child and adolescent mental health service",
        "child and adolescent mental health services"},
       {"CAMHS"}},
      {"send",
       {"special educational needs and disabilities", "special educational needs and disability",
        "special educational needs"},
       {"SEND"}},
      {"oocd", {"out of court disposal", "out of court disposals"}, {"OOCD", "OOCDs"}},
  };
  return groups;
}

void add_concept_terms(std::string_view text, const std::vector<std::string>& words,
                       Xapian::Document& doc) {
  // Phrases keyed by their first word, built once: the scan below runs for every word of
  // every document, and most words start no phrase at all.
  struct PhraseStart {
    std::string_view first;
    std::vector<std::pair<std::size_t, std::string_view>> phrases;  // (group, phrase)
  };
  static const std::vector<PhraseStart> starts = [] {
    std::vector<PhraseStart> table;
    const auto& groups = synonym_groups();
    for (std::size_t g = 0; g < groups.size(); ++g) {
      for (std::string_view phrase : groups[g].phrases) {
        const std::string_view first = phrase.substr(0, phrase.find(' '));
        auto found = std::find_if(table.begin(), table.end(),
                                  [&](const PhraseStart& start) { return start.first == first; });
        if (found == table.end()) found = table.insert(table.end(), PhraseStart{first, {}});
        found->phrases.emplace_back(g, phrase);
      }
    }
    return table;
  }();

  const auto& groups = synonym_groups();
  std::vector<unsigned> counts(groups.size(), 0);
  count_acronyms(text, groups, counts);
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const PhraseStart& start : starts) {
      if (words[i] != start.first) continue;
      std::size_t matched_group = groups.size();  // one match per group at one word
      for (const auto& [group, phrase] : start.phrases) {
        if (group != matched_group && phrase_at(words, i, phrase)) {
          ++counts[group];
          matched_group = group;
        }
      }
    }
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (counts[g])
      doc.add_term(std::string(schema::kConceptPrefix) + std::string(groups[g].name), counts[g]);
  }
}

void store_synonyms(Xapian::WritableDatabase& db, const Xapian::Stem& stem) {
  // An older table's forms go first: a form dropped from a group must stop finding it.
  std::vector<std::string> old_forms(db.synonym_keys_begin(), db.synonym_keys_end());
  for (const std::string& form : old_forms) db.clear_synonyms(form);
  for (const SynonymGroup& group : synonym_groups()) {
    const std::string concept_term = std::string(schema::kConceptPrefix) + std::string(group.name);
    auto add_word = [&](const std::string& word) {
      db.add_synonym(word, concept_term);
      if (!stem.is_none()) {
        std::string stemmed = "Z";
        stemmed += stem(word);
        db.add_synonym(stemmed, concept_term);
      }
    };
    for (std::string_view acronym : group.acronyms) {
      std::string word(acronym);
      for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      add_word(word);
    }
    for (std::string_view phrase : group.phrases) {
      if (phrase.find(' ') == std::string_view::npos) {
        add_word(std::string(phrase));
      } else {
        db.add_synonym(std::string(phrase), concept_term);
      }
    }
  }
}

}  // namespace yjs
