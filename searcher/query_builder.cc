#include "searcher/query_builder.h"

#include <algorithm>
#include <array>

#include "common/errors.h"
#include "common/facets.h"
#include "common/schema.h"

namespace yjs {
namespace {

constexpr std::array<std::string_view, 6> kOperators = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};

bool is_operator(std::string_view word) {
  return std::find(kOperators.begin(), kOperators.end(), word) != kOperators.end();
}

// Facet fields take their value verbatim: their FieldProcessor normalises it the way
// indexing did ("Leicestershire & Rutland"), which word folding would spoil.
bool is_facet_field(std::string_view word) {
  for (const auto& field : schema::kFacetFields) {
    if (word == field.query_field) return true;
  }
  return false;
}

// The end of a field value starting at `at` (just after the colon): a quoted string, or up
// to white space or a closing bracket.
std::size_t value_end(std::string_view query, std::size_t at) {
  if (at < query.size() && query[at] == '"') {
    const std::size_t close = query.find('"', at + 1);
    return close == std::string_view::npos ? query.size() : close + 1;
  }
  std::size_t end = at;
  while (end < query.size() && query[end] != ' ' && query[end] != '\t' && query[end] != ')') ++end;
  return end;
}

bool is_field_name(std::string_view word) {
  if (word == schema::kTitleQueryField) return true;
  for (const auto& field : schema::kFacetFields) {
    if (word == field.query_field) return true;
  }
  return false;
}

}  // namespace

QueryBuilder::QueryBuilder(text::Analyzer& analyzer, const Xapian::Database& db)
    : analyzer_(analyzer),
      year_range_(schema::kYearSlot, std::string(schema::kYear.query_field) + ":") {
  parser_.set_database(db);
  parser_.set_stemmer(analyzer_.stemmer());
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.add_prefix(std::string(schema::kTitleQueryField), std::string(schema::kTitlePrefix));
  parser_.add_boolean_prefix(std::string(schema::kArea.query_field), &area_);
  parser_.add_boolean_prefix(std::string(schema::kRating.query_field), &rating_);
  parser_.add_boolean_prefix(std::string(schema::kInspector.query_field), &inspector_);
  parser_.add_boolean_prefix(std::string(schema::kKind.query_field), &kind_);
  parser_.add_boolean_prefix(std::string(schema::kNation.query_field), &nation_);
  parser_.add_boolean_prefix(std::string(schema::kYear.query_field),
                             std::string(schema::kYear.term_prefix));
  parser_.add_rangeprocessor(&year_range_);
}

std::string QueryBuilder::prepare(std::string_view query) {
  analyzer_.tokenizer().segment(query, segments_);
  std::string out;
  std::vector<std::string> words;
  bool previous_was_word = false;
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    const text::Segment& seg = segments_[i];
    const std::string_view piece = query.substr(seg.begin, seg.end - seg.begin);
    const bool next_is_word = i + 1 < segments_.size() && segments_[i + 1].is_word;
    if (seg.is_word) {
      // Two words with nothing between them (ideographs): keep them a phrase.
      if (previous_was_word) out += '-';
      const bool next_is_colon = i + 1 < segments_.size() && query[segments_[i + 1].begin] == ':';
      if (next_is_colon && is_facet_field(piece)) {
        const std::size_t end = value_end(query, segments_[i + 1].end);
        out += query.substr(seg.begin, end - seg.begin);
        while (i + 1 < segments_.size() && segments_[i + 1].begin < end) ++i;
        previous_was_word = false;
        continue;
      }
      if (is_operator(piece) || (next_is_colon && is_field_name(piece))) {
        out += piece;
      } else {
        words.clear();
        analyzer_.segment_words(piece, seg.is_number, words);
        for (std::size_t w = 0; w < words.size(); ++w) out += (w ? "-" : "") + words[w];
        if (words.empty()) out += ' ';
      }
      previous_was_word = true;
      continue;
    }
    // Xapian's parser keeps "&" inside a word and "+"/"#" after one ("B&NES", "C++"); the
    // Analyzer does not, so make them separators: "&" between words becomes a phrase link.
    for (char c : piece) {
      if (c == '&') {
        out += previous_was_word && next_is_word && piece.size() == 1 ? '-' : ' ';
      } else if ((c == '+' || c == '#') && previous_was_word) {
        out += ' ';
        continue;  // still directly after the word: "C++" drops both
      } else {
        out += c;
      }
      previous_was_word = false;
    }
  }
  return out;
}

Xapian::Query QueryBuilder::parse(std::string_view query, bool all_terms) {
  corrected_.clear();
  if (query.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Xapian::Query::MatchAll;
  }
  parser_.set_default_op(all_terms ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
  // Synonyms and spelling live in the database; in-memory databases have neither.
  const unsigned database_flags = Xapian::QueryParser::FLAG_AUTO_SYNONYMS |
                                  Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS |
                                  Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
  const std::string prepared = prepare(query);
  try {
    try {
      Xapian::Query parsed = parser_.parse_query(prepared, flags | database_flags);
      corrected_ = parser_.get_corrected_query_string();
      return parsed;
    } catch (const Xapian::UnimplementedError&) {
      return parser_.parse_query(prepared, flags);
    }
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("cannot parse query '" + std::string(query) + "': " + e.get_msg());
  }
}

}  // namespace yjs
