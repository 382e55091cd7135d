#include "searcher/query_builder.h"

#include <algorithm>
#include <array>

#include "common/errors.h"
#include "common/extract/gazetteer.h"
#include "common/facets.h"
#include "common/schema.h"
#include "common/text/hyphen.h"

namespace yjs {
namespace {

constexpr std::array<std::string_view, 6> kOperators = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};

bool is_operator(std::string_view word) {
  return std::find(kOperators.begin(), kOperators.end(), word) != kOperators.end();
}

// Facet fields take their value verbatim: their FieldProcessor normalises it the way
// indexing did ("Leicestershire & Rutland"), which word folding would spoil.
bool is_facet_field(std::string_view word) { return schema::find_facet(word) != nullptr; }

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

// Dropped from a query outside phrases; always indexed.
constexpr std::array<std::string_view, 33> kStopWords = {
    "a",   "an",    "and",  "are",   "as",    "at",   "be",   "but", "by",  "for",  "if",
    "in",  "into",  "is",   "it",    "no",    "not",  "of",   "on",  "or",  "such", "that",
    "the", "their", "then", "there", "these", "they", "this", "to",  "was", "will", "with"};

// Joins the parts of a compound, or of a number range.
bool joins_parts(std::string_view piece, bool numbers) {
  return numbers ? text::is_range_dash(piece) : text::is_compound_hyphen(piece);
}

bool is_field_name(std::string_view word) {
  return word == schema::kTitleQueryField || is_facet_field(word);
}

}  // namespace

bool is_stop_word(std::string_view word) {
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

struct QueryBuilder::Piece {
  enum class Kind {
    kWord,      // a free word (in a phrase or not)
    kVerbatim,  // an operator or a field name: handed to the parser as typed
    kFacet,     // a facet field with its value: area:"leicester city"
    kOther,     // white space, punctuation, quotes, brackets
  };
  Kind kind;
  std::size_t begin;
  std::size_t end;
  bool is_number = false;
  bool in_phrase = false;
  std::string field;  // kFacet
  std::string value;  // kFacet, without quotes
};

QueryBuilder::QueryBuilder(text::Analyzer& analyzer, const Xapian::Database& db)
    : analyzer_(analyzer),
      db_(db),
      year_range_(schema::spec(schema::Facet::kYear).slot,
                  std::string(schema::spec(schema::Facet::kYear).name) + ":"),
      stopper_(kStopWords.begin(), kStopWords.end()) {
  parser_.set_database(db);
  parser_.set_stemmer(analyzer_.stemmer());
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_stopper(&stopper_);
  parser_.add_prefix(std::string(schema::kTitleQueryField), std::string(schema::kTitlePrefix));
  for (const schema::FacetSpec& spec : schema::kFacets) {
    for (std::string_view field : {spec.name, spec.alias}) {
      if (field.empty()) continue;
      parser_.add_boolean_prefix(std::string(field),
                                 &facet_processors_[schema::index_of(spec.facet)]);
    }
  }
  parser_.add_rangeprocessor(&year_range_);
  for (const std::string& name : extract::Gazetteer::builtin().all_names()) {
    for (std::string& word : analyzer_.words(name)) place_words_.insert(std::move(word));
  }
}

std::vector<QueryBuilder::Piece> QueryBuilder::pieces(std::string_view query) {
  const std::vector<text::Segment> segments = analyzer_.segments(query);
  std::vector<Piece> out;
  bool in_phrase = false;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const text::Segment& seg = segments[i];
    const std::string_view text = query.substr(seg.begin, seg.end - seg.begin);
    if (!seg.is_word) {
      out.push_back({Piece::Kind::kOther, seg.begin, seg.end, false, false, {}, {}});
      for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '"') in_phrase = !in_phrase;
        if (text.substr(at).starts_with("\u201C")) in_phrase = true;
        if (text.substr(at).starts_with("\u201D")) in_phrase = false;
      }
      continue;
    }
    const bool next_is_colon = i + 1 < segments.size() && query[segments[i + 1].begin] == ':';
    if (next_is_colon && !in_phrase && is_facet_field(text)) {
      const std::size_t value_begin = segments[i + 1].end;
      const std::size_t end = value_end(query, value_begin);
      std::string value(query.substr(value_begin, end - value_begin));
      if (value.size() >= 2 && value.front() == '"') value = value.substr(1, value.size() - 2);
      out.push_back({Piece::Kind::kFacet, seg.begin, end, false, false, std::string(text), value});
      while (i + 1 < segments.size() && segments[i + 1].begin < end) ++i;
      continue;
    }
    const bool verbatim = is_operator(text) || (next_is_colon && is_field_name(text));
    out.push_back({verbatim ? Piece::Kind::kVerbatim : Piece::Kind::kWord,
                   seg.begin,
                   seg.end,
                   seg.is_number,
                   in_phrase,
                   {},
                   {}});
  }
  return out;
}

std::size_t QueryBuilder::prepare_compound(std::string_view query, const std::vector<Piece>& pieces,
                                           std::size_t i, std::string& out) {
  auto text = [&](std::size_t k) {
    return query.substr(pieces[k].begin, pieces[k].end - pieces[k].begin);
  };
  const bool numbers = pieces[i].is_number;
  std::size_t last = i;
  while (last + 2 < pieces.size() && pieces[last + 1].kind == Piece::Kind::kOther &&
         joins_parts(text(last + 1), numbers) && pieces[last + 2].kind == Piece::Kind::kWord &&
         pieces[last + 2].is_number == numbers && pieces[last + 1].begin == pieces[last].end &&
         pieces[last + 2].begin == pieces[last + 1].end) {
    last += 2;
  }
  std::vector<std::string> parts;
  bool single_words = true;
  for (std::size_t k = i; k <= last; k += 2) {
    const std::size_t before = parts.size();
    analyzer_.segment_words(text(k), numbers, parts);
    single_words = single_words && parts.size() == before + 1;
  }
  std::string hyphenated;
  for (const std::string& part : parts) hyphenated += (hyphenated.empty() ? "" : "-") + part;
  const bool letters = std::none_of(parts.begin(), parts.end(), [](const std::string& part) {
    return part.find_first_of("0123456789") != std::string::npos;
  });
  if (last == i || !single_words) {
    out += hyphenated.empty() ? " " : hyphenated;
  } else if (numbers && parts.size() == 2) {
    // "10-17" also finds "10 to 17".
    out += "(" + hyphenated + " OR \"" + parts[0] + " to " + parts[1] + "\")";
  } else if (!numbers && letters) {
    // "re-offending" also finds "reoffending" (indexing closes compounds up too).
    std::string closed;
    for (const std::string& part : parts) closed += part;
    out += "(" + hyphenated + " OR " + closed + ")";
  } else {
    out += hyphenated;
  }
  return last;
}

std::string QueryBuilder::prepare(std::string_view query) {
  const std::vector<Piece> all = pieces(query);
  std::string out;
  bool previous_was_word = false;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Piece& piece = all[i];
    const std::string_view text = query.substr(piece.begin, piece.end - piece.begin);
    const bool next_is_word = i + 1 < all.size() && all[i + 1].kind != Piece::Kind::kOther;
    switch (piece.kind) {
      case Piece::Kind::kFacet:
        out += text;
        previous_was_word = false;
        continue;
      case Piece::Kind::kVerbatim:
        if (previous_was_word) out += '-';
        out += text;
        previous_was_word = true;
        continue;
      case Piece::Kind::kWord: {
        // Two words with nothing between them (ideographs): keep them a phrase.
        if (previous_was_word) out += '-';
        // A compound outside a phrase, not after an operator sign or a field name.
        const bool may_rewrite =
            !piece.in_phrase &&
            (out.empty() || std::string_view("+-:").find(out.back()) == std::string_view::npos);
        if (may_rewrite) {
          i = prepare_compound(query, all, i, out);
        } else {
          std::vector<std::string> words;
          analyzer_.segment_words(text, piece.is_number, words);
          for (std::size_t w = 0; w < words.size(); ++w) out += (w ? "-" : "") + words[w];
          if (words.empty()) out += ' ';
        }
        previous_was_word = true;
        continue;
      }
      case Piece::Kind::kOther:
        break;
    }
    // Xapian's parser keeps "&" inside a word and "+"/"#" after one ("B&NES", "C++"); the
    // Analyzer does not, so make them separators: "&" between words becomes a phrase link.
    for (char c : text) {
      if (c == '&') {
        out += previous_was_word && next_is_word && text.size() == 1 ? '-' : ' ';
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

Xapian::Query QueryBuilder::parse(std::string_view query, bool any_word) {
  if (query.size() > kMaxQueryBytes) {
    throw QueryError("query is " + std::to_string(query.size()) + " bytes long; the limit is " +
                     std::to_string(kMaxQueryBytes));
  }
  const auto all = pieces(query);
  const auto words = std::count_if(all.begin(), all.end(),
                                   [](const Piece& p) { return p.kind != Piece::Kind::kOther; });
  if (static_cast<std::size_t>(words) > kMaxQueryWords) {
    throw QueryError("query has " + std::to_string(words) + " words; the limit is " +
                     std::to_string(kMaxQueryWords));
  }
  if (query.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Xapian::Query::MatchAll;
  }
  parser_.set_default_op(any_word ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
  // Synonyms live in the database; in-memory databases have none.
  const unsigned database_flags =
      Xapian::QueryParser::FLAG_AUTO_SYNONYMS | Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
  const std::string prepared = prepare(query);
  try {
    Xapian::Query parsed;
    try {
      parsed = parser_.parse_query(prepared, flags | database_flags);
    } catch (const Xapian::UnimplementedError&) {
      parsed = parser_.parse_query(prepared, flags);
    }
    // Any-word queries rank by BM25 alone: checking every match for the phrase cost 20 ms
    // at 100,000 documents, and a relaxed query (no document has every word) has no match
    // with the phrase anyway.
    return any_word ? parsed : with_phrase_boost(parsed, query, all);
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("cannot parse query '" + std::string(query) + "': " + e.get_msg());
  }
}

Xapian::Query QueryBuilder::with_phrase_boost(const Xapian::Query& parsed, std::string_view query,
                                              const std::vector<Piece>& all) {
  // Only plain words separated by spaces: anything else has a structure of its own.
  std::vector<Xapian::Query> words;
  for (const Piece& piece : all) {
    const std::string_view text = query.substr(piece.begin, piece.end - piece.begin);
    if (piece.kind == Piece::Kind::kOther) {
      if (text.find_first_not_of(" \t") != std::string_view::npos) return parsed;
      continue;
    }
    if (piece.kind != Piece::Kind::kWord) return parsed;
    std::vector<std::string> analysed;
    analyzer_.segment_words(text, piece.is_number, analysed);
    for (const std::string& word : analysed) words.emplace_back(word);
  }
  if (words.size() < 2) return parsed;
  // The words as typed, stop words included, next to each other rank first.
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed,
                       Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end()));
}

bool QueryBuilder::known_word(const std::string& word) {
  // Exactly as typed: a misspelling often shares its stem with the word ("managment").
  if (stopper_(word) || place_words_.count(word) || db_.term_exists(word)) return true;
  return db_.synonyms_begin(word) != db_.synonyms_end(word);
}

std::string QueryBuilder::suggest(std::string_view query) {
  const std::vector<Piece> all = pieces(query);
  std::string out;
  std::size_t copied = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Piece& piece = all[i];
    const bool wildcard = i + 1 < all.size() && query[all[i + 1].begin] == '*';
    if (piece.kind != Piece::Kind::kWord || piece.is_number || wildcard) continue;
    std::vector<std::string> words;
    analyzer_.segment_words(query.substr(piece.begin, piece.end - piece.begin), false, words);
    if (words.size() != 1 || known_word(words[0])) continue;
    std::string suggestion;
    try {
      suggestion = db_.get_spelling_suggestion(words[0]);
    } catch (const Xapian::UnimplementedError&) {  // in-memory databases have no spelling data
    }
    if (suggestion.empty()) continue;
    out.append(query.substr(copied, piece.begin - copied)).append(suggestion);
    copied = piece.end;
  }
  if (copied == 0) return "";
  return out.append(query.substr(copied));
}

bool QueryBuilder::has_free_words(std::string_view query) {
  const std::vector<Piece> all = pieces(query);
  return std::any_of(all.begin(), all.end(),
                     [](const Piece& p) { return p.kind == Piece::Kind::kWord; });
}

std::vector<QueryFacetValue> QueryBuilder::facet_values(std::string_view query) {
  std::vector<QueryFacetValue> out;
  for (const Piece& piece : pieces(query)) {
    if (piece.kind == Piece::Kind::kFacet && !schema::find_facet(piece.field)->rangeable) {
      out.push_back({piece.field, piece.value});
    }
  }
  return out;
}

}  // namespace yjs
