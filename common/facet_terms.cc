#include "common/facet_terms.h"

#include <array>
#include <vector>

#include "common/extract/gazetteer.h"
#include "common/facets.h"
#include "common/schema.h"

namespace yjs {
namespace {

// Xapian's limit on a term's length is 245 bytes.
constexpr std::size_t kMaxTermBytes = 245;

std::string term(std::string_view prefix, std::string_view value) {
  std::string out(prefix);
  out += normalise_key(value);
  if (out.size() > kMaxTermBytes) out.resize(kMaxTermBytes);
  return out;
}

constexpr std::array<std::string_view, 10> kHonorifics = {
    "dame", "sir", "mr", "mrs", "ms", "miss", "dr", "professor", "lord", "lady"};
constexpr std::array<std::string_view, 8> kPostNominals = {"cbe", "obe", "mbe", "qpm",
                                                           "kc",  "qc",  "dbe", "kbe"};

template <std::size_t N>
bool is_one_of(const std::string& word, const std::array<std::string_view, N>& list) {
  for (std::string_view item : list) {
    if (normalise_key(word) == item) return true;
  }
  return false;
}

}  // namespace

std::string strip_honorifics(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : name) {
    if (c == ' ' || c == ',') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::size_t first = 0;
  std::size_t last = words.size();
  while (first < last && is_one_of(words[first], kHonorifics)) ++first;
  while (last > first && is_one_of(words[last - 1], kPostNominals)) --last;
  std::string out;
  for (std::size_t i = first; i < last; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

std::string area_term(std::string_view value) {
  return term(schema::kArea.term_prefix, extract::Gazetteer::builtin().canonical_or_same(value));
}

std::string rating_term(std::string_view value) {
  const auto rating = parse_rating(value);
  return term(schema::kRating.term_prefix, rating ? rating_label(*rating) : value);
}

std::string inspector_term(std::string_view value) {
  return term(schema::kInspector.term_prefix, strip_honorifics(value));
}

std::string kind_term(std::string_view value) {
  const auto kind = parse_kind(value);
  return term(schema::kKind.term_prefix, kind ? kind_label(*kind) : value);
}

std::string nation_term(std::string_view value) { return term(schema::kNation.term_prefix, value); }

std::string year_term(int year) { return term(schema::kYear.term_prefix, std::to_string(year)); }

}  // namespace yjs
