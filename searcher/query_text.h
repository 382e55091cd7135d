// Query text as typed, before any word is analysed: curly quotes, the top-level chunks a
// plain query is read from, and the forms of a year filter.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yjs {

// `text` with curly and low double quotes (“ ” „) as straight ones: people paste them
// from documents and mean quotes.
std::string straighten_quotes(std::string_view text);

// A piece of query text between white space at the top level (a "quoted phrase" is one).
struct Chunk {
  enum class Kind {
    kText,      // a word, a compound, a wildcard, title:word
    kPhrase,    // "a phrase"
    kFacet,     // a facet field with its value: area:"leicester city"
    kOr,        // the operator OR
    kOperator,  // AND, NOT, XOR, NEAR, ADJ (a structured query)
  };
  Kind kind;
  std::string_view text;  // without the sign
  char sign = 0;          // '+', '-' or 0
};

// The chunks of `query`, or nullopt when it has brackets or an operator other than OR
// outside quotes (a structured query, parsed as a whole). `is_facet_field` tells the facet
// fields ("area", "year", ...).
std::optional<std::vector<Chunk>> plain_chunks(std::string_view query,
                                               bool (*is_facet_field)(std::string_view));

// A year filter's value as Xapian's range syntax: "2019", "2019..2021" (also typed
// 2019-2021 or with an en dash), open "2021.." / "..2019", and >2020, >=2020, <2020,
// <=2020; nullopt when the value is none of these.
std::optional<std::string> year_filter_value(std::string_view value);

}  // namespace yjs
