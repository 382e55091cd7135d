#include "searcher/query_builder.h"

#include <algorithm>
#include <array>

#include "common/errors.h"
#include "common/extract/gazetteer.h"
#include "common/facets.h"
#include "common/schema.h"
#include "common/text/hyphen.h"
#include "searcher/facet_words.h"
#include "searcher/query_text.h"

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

// Dropped from a query outside phrases; always indexed. Function words, question words
// and auxiliaries: a question typed as people type it ("which services were rated
// inadequate in 2019") keeps only the words that say what it is about.
constexpr std::array<std::string_view, 126> kStopWords = {
    "a",       "about",  "above",  "after",      "again",      "against",  "all",   "also",
    "am",      "an",     "and",    "any",        "are",        "as",       "at",    "be",
    "because", "been",   "before", "being",      "below",      "between",  "both",  "but",
    "by",      "can",    "could",  "did",        "do",         "does",     "doing", "down",
    "during",  "each",   "few",    "for",        "from",       "further",  "had",   "has",
    "have",    "having", "he",     "her",        "here",       "hers",     "him",   "his",
    "how",     "i",      "if",     "in",         "into",       "is",       "it",    "its",
    "itself",  "just",   "many",   "me",         "more",       "most",     "much",  "my",
    "no",      "nor",    "not",    "now",        "of",         "off",      "on",    "once",
    "only",    "or",     "other",  "our",        "ours",       "out",      "over",  "own",
    "same",    "say",    "said",   "says",       "she",        "should",   "so",    "some",
    "such",    "than",   "that",   "the",        "their",      "them",     "then",  "there",
    "these",   "they",   "this",   "those",      "through",    "to",       "too",   "under",
    "until",   "up",     "very",   "was",        "we",         "were",     "what",  "when",
    "where",   "which",  "while",  "who",        "whom",       "why",      "will",  "with",
    "would",   "you",    "your",   "yourselves", "themselves", "ourselves"};

// Joins the parts of a compound, or of a number range.
bool joins_parts(std::string_view piece, bool numbers) {
  return numbers ? text::is_range_dash(piece) : text::is_compound_hyphen(piece);
}

bool is_field_name(std::string_view word) {
  return word == schema::kTitleQueryField || is_facet_field(word);
}

// Words the English stemmer gives one stem though they mean different things
// ("exclusions" and "exclusively" are both "exclus"): a query word of one of these
// families finds exactly the family's forms.
constexpr std::array<std::array<std::string_view, 3>, 6> kStemSplits = {{
    {"exclusion", "exclusions", ""},
    {"exclusive", "exclusively", "exclusivity"},
    {"experience", "experiences", "experienced"},
    {"experiment", "experiments", "experimental"},
    {"university", "universities", ""},
    {"universe", "universes", ""},
}};

const std::array<std::string_view, 3>* stem_split_family(std::string_view word) {
  for (const auto& family : kStemSplits) {
    if (std::find(family.begin(), family.end(), word) != family.end()) return &family;
  }
  return nullptr;
}

// An acronym typed in capitals ("SEND", "CAMHS"): two or more ASCII capital letters.
bool typed_as_acronym(std::string_view word) {
  return word.size() >= 2 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
  return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

Xapian::Query all_of(const std::vector<Xapian::Query>& queries) {
  return Xapian::Query(Xapian::Query::OP_AND, queries.begin(), queries.end());
}

// `query`, each of its matches given `weight` more: a posting source of that fixed weight
// matches every document. (Xapian's API hands the source over by pointer; release()
// makes the query own it.)
Xapian::Query plus_weight(const Xapian::Query& query, double weight) {
  auto source = std::make_unique<Xapian::FixedWeightPostingSource>(weight);
  return Xapian::Query(Xapian::Query::OP_AND, query, Xapian::Query(source.release()->release()));
}

// A facet filter typed in the query as the parser reads it: `field:value`, quoted when the
// value has a space, a year as Xapian's range syntax. Throws QueryError naming `query` for
// an empty value or a year that is none.
std::string facet_filter_text(const std::string& field, const std::string& value,
                              std::string_view query) {
  auto error = [&](const std::string& what) {
    return QueryError("cannot parse query '" + std::string(query) + "': " + what);
  };
  if (value.find_first_not_of(" \t") == std::string::npos) {
    throw error("'" + field + ":' needs a value, e.g. " + field + ":" +
                std::string(schema::find_facet(field)->example));
  }
  if (schema::find_facet(field)->rangeable) {
    const auto years = year_filter_value(value);
    if (!years) {
      throw error("'" + field + ":" + value +
                  "' is not a year or a range of years (2019, 2019..2021, 2019-2021, >2020, "
                  "<=2018)");
    }
    return field + ":" + *years;
  }
  if (value.find_first_of(" \t") == std::string::npos) return field + ":" + value;
  return field + ":\"" + value + "\"";
}

// The weight a facet value named by query words adds, about that of a distinctive word
// in the text: documents carrying the value rank with those that say the words.
constexpr double kFacetWordWeight = 4.0;

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
  for (FacetFieldProcessor& processor : facet_processors_) processor.use_database(db_);
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
        out += facet_filter_text(piece.field, piece.value, query);
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

void QueryBuilder::check_limits(std::string_view query) {
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
}

Xapian::Query QueryBuilder::parse(std::string_view query, bool any_word) {
  const QueryPlan read = plan(query, any_word ? WordMatch::kAny : WordMatch::kAll);
  if (!read.phrase) return read.ranked;
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, read.ranked, *read.phrase);
}

Xapian::Query QueryBuilder::parse_prepared(std::string_view text, bool any_word,
                                           std::string_view whole) {
  parser_.set_default_op(any_word ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
  // Synonyms live in the database; in-memory databases have none.
  const unsigned database_flags =
      Xapian::QueryParser::FLAG_AUTO_SYNONYMS | Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
  const std::string prepared = prepare(text);
  try {
    try {
      return parser_.parse_query(prepared, flags | database_flags);
    } catch (const Xapian::UnimplementedError&) {
      return parser_.parse_query(prepared, flags);
    }
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("cannot parse query '" + std::string(whole) + "': " + e.get_msg());
  }
}

bool QueryBuilder::multiword_synonym(std::string_view text) {
  std::string key;
  for (const std::string& word : analyzer_.words(text)) key += (key.empty() ? "" : " ") + word;
  if (key.find(' ') == std::string::npos) return false;
  return db_.synonyms_begin(key) != db_.synonyms_end(key);
}

QueryUnit QueryBuilder::unit_of(std::string_view text, std::string_view whole,
                                std::vector<FacetWord>& facet_words) {
  QueryUnit unit{std::string(text), parse_prepared(text, false, whole)};
  const std::vector<std::string> words = analyzer_.words(text);
  if (words.size() == 1 && text.find_first_of("*:\"") == std::string_view::npos) {
    if (const auto* family = stem_split_family(words[0])) {
      std::vector<Xapian::Query> forms;
      for (std::string_view form : *family) {
        if (form.empty()) continue;
        forms.emplace_back(std::string(form));
        forms.emplace_back(std::string(schema::kTitlePrefix) + std::string(form));
      }
      unit.query = any_of(forms);
    } else if (typed_as_acronym(text)) {
      // SEND, not "send your story ideas": only the concept, which indexing gives the
      // acronym in capitals and the phrases it stands for.
      for (auto it = db_.synonyms_begin(words[0]); it != db_.synonyms_end(words[0]); ++it) {
        if ((*it).starts_with(schema::kConceptPrefix)) unit.query = Xapian::Query(*it);
      }
    }
  }
  if (auto named = facet_value_named_by(text)) {
    const Xapian::Query value(facet_term(named->facet, named->value));
    unit.query =
        Xapian::Query(Xapian::Query::OP_OR, unit.query, plus_weight(value, kFacetWordWeight));
    facet_words.push_back({std::string(text), named->facet, std::move(named->value)});
  }
  return unit;
}

QueryPlan QueryBuilder::plan(std::string_view typed, WordMatch words) {
  check_limits(typed);
  const std::string query = straighten_quotes(typed);
  QueryPlan plan;
  if (query.find_first_not_of(" \t\r\n") == std::string::npos) {
    plan.matched = plan.ranked = Xapian::Query::MatchAll;
    return plan;
  }
  // Read once, here: a bad filter value is refused naming the query, and the pieces give
  // the phrase below.
  const std::vector<Piece> all = pieces(query);
  for (const Piece& piece : all) {
    if (piece.kind == Piece::Kind::kFacet) facet_filter_text(piece.field, piece.value, query);
  }
  const bool any_word = words == WordMatch::kAny;
  const auto chunks = plain_chunks(query, is_facet_field);
  if (!chunks) {
    // A structured query: the parser's own precedence, every word required (or any).
    plan.matched = plan.ranked = parse_prepared(query, any_word, typed);
    return plan;
  }
  using Kind = Chunk::Kind;
  std::vector<QueryUnit> units;       // content units, in order
  std::vector<QueryUnit> stop_units;  // stop words, used when there is nothing else
  std::vector<Xapian::Query> required;
  std::vector<Xapian::Query> excluded;
  std::string filters;  // facet fields, parsed together: the same field OR-ed, others AND-ed
  auto is_stop_chunk = [&](const Chunk& chunk) {
    if (chunk.kind != Kind::kText) return false;
    const std::vector<std::string> analysed = analyzer_.words(chunk.text);
    return analysed.size() == 1 && is_stop_word(analysed[0]);
  };
  auto operand = [&](std::size_t k) {
    return k < chunks->size() && (*chunks)[k].kind != Kind::kOr &&
           (*chunks)[k].kind != Kind::kOperator && (*chunks)[k].sign == 0;
  };
  auto joined = [&](std::size_t first, std::size_t last) {
    const Chunk& a = (*chunks)[first];
    const Chunk& b = (*chunks)[last];
    return std::string_view(a.text.data(), b.text.data() + b.text.size() - a.text.data());
  };
  for (std::size_t k = 0; k < chunks->size(); ++k) {
    const Chunk& chunk = (*chunks)[k];
    if (chunk.kind == Kind::kOr) continue;  // a stray OR at either end means nothing
    // An OR chain, "leicester OR cardiff OR area:wrexham": one unit, any of its operands.
    std::size_t last = k;
    while (operand(last) && last + 2 < chunks->size() && (*chunks)[last + 1].kind == Kind::kOr &&
           operand(last + 2)) {
      last += 2;
    }
    if (last > k) {
      std::vector<Xapian::Query> operands;
      for (std::size_t o = k; o <= last; o += 2) {
        operands.push_back(parse_prepared((*chunks)[o].text, false, typed));
      }
      units.push_back({std::string(joined(k, last)), any_of(operands)});
      k = last;
      continue;
    }
    if (chunk.kind == Kind::kFacet) {
      if (chunk.sign == '-') {
        excluded.push_back(parse_prepared(chunk.text, false, typed));
      } else {
        filters += std::string(chunk.text) + " ";
      }
      continue;
    }
    if (chunk.sign == '-') {
      excluded.push_back(parse_prepared(chunk.text, false, typed));
      continue;
    }
    if (chunk.sign == '+') {
      QueryUnit unit = unit_of(chunk.text, typed, plan.facet_words);
      required.push_back(unit.query);
      units.push_back(std::move(unit));
      continue;
    }
    if (chunk.kind == Kind::kPhrase) {
      units.push_back({std::string(chunk.text), parse_prepared(chunk.text, false, typed)});
      continue;
    }
    // Plain words: the longest run naming a facet value or a multi-word synonym is one
    // unit ("tyne and wear", "youth offending team"); a run neither starts nor ends with a
    // stop word.
    // The longest synonym ("child and adolescent mental health services") has six words.
    constexpr std::size_t kMaxRunWords = 7;
    std::size_t run = 1;
    for (std::size_t n = kMaxRunWords; n > 1; --n) {
      const std::size_t end = k + n - 1;
      bool plain = end < chunks->size();
      for (std::size_t m = k; plain && m <= end; ++m) {
        plain = (*chunks)[m].kind == Kind::kText && (*chunks)[m].sign == 0;
      }
      if (!plain || is_stop_chunk(chunk) || is_stop_chunk((*chunks)[end])) continue;
      const std::string_view words_text = joined(k, end);
      if ((n <= kMaxFacetWords && facet_value_named_by(words_text)) ||
          multiword_synonym(words_text)) {
        run = n;
        break;
      }
    }
    QueryUnit unit = unit_of(joined(k, k + run - 1), typed, plan.facet_words);
    (run == 1 && is_stop_chunk(chunk) ? stop_units : units).push_back(std::move(unit));
    k += run - 1;
  }
  if (units.empty() && excluded.empty() && filters.empty()) units = std::move(stop_units);

  std::vector<Xapian::Query> unit_queries;
  for (const QueryUnit& unit : units) unit_queries.push_back(unit.query);
  // Required units and the filters match without weight: a required unit ranks as the
  // others do.
  auto restrict = [&](Xapian::Query q, bool with_required) {
    if (with_required && !required.empty()) {
      q = Xapian::Query(Xapian::Query::OP_FILTER, q, all_of(required));
    }
    if (!excluded.empty()) q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, any_of(excluded));
    if (!filters.empty()) {
      const Xapian::Query filter = parse_prepared(filters, false, typed);
      q = q.get_type() == Xapian::Query::LEAF_MATCH_ALL
              ? filter
              : Xapian::Query(Xapian::Query::OP_FILTER, q, filter);
    }
    return q;
  };
  plan.matched = unit_queries.empty() ? restrict(Xapian::Query::MatchAll, false)
                 : any_word           ? restrict(any_of(unit_queries), true)
                                      : restrict(all_of(unit_queries), false);
  if (any_word) {
    // BM25 alone: checking every match for the phrase cost 20 ms at 100,000 documents.
    plan.ranked = plan.matched;
  } else if (words == WordMatch::kAllElseAny && units.size() >= 2) {
    std::vector<Xapian::Query> tiers;
    for (const Xapian::Query& unit : unit_queries) tiers.push_back(plus_weight(unit, kTierWeight));
    plan.ranked = restrict(any_of(tiers), true);
    plan.any = restrict(any_of(unit_queries), true);
    plan.phrase = phrase_of(query, all);
  } else {
    plan.ranked = plan.matched;
    plan.phrase = phrase_of(query, all);
  }
  plan.units = std::move(units);
  return plan;
}

std::optional<Xapian::Query> QueryBuilder::phrase_of(std::string_view query,
                                                     const std::vector<Piece>& all) {
  // Only plain words separated by spaces: anything else has a structure of its own.
  std::vector<Xapian::Query> words;
  for (const Piece& piece : all) {
    const std::string_view text = query.substr(piece.begin, piece.end - piece.begin);
    if (piece.kind == Piece::Kind::kOther) {
      if (text.find_first_not_of(" \t") != std::string_view::npos) return std::nullopt;
      continue;
    }
    if (piece.kind != Piece::Kind::kWord) return std::nullopt;
    std::vector<std::string> analysed;
    analyzer_.segment_words(text, piece.is_number, analysed);
    for (const std::string& word : analysed) words.emplace_back(word);
  }
  if (words.size() < 2) return std::nullopt;
  // The words as typed, stop words included, next to each other.
  return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end());
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
