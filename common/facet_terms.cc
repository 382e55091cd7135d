#include "common/facet_terms.h"

#include "common/extract/gazetteer.h"
#include "common/facets.h"
#include "common/person_name.h"
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

}  // namespace

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
