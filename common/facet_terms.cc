#include "common/facet_terms.h"

#include <algorithm>
#include <charconv>

#include "common/extract/gazetteer.h"
#include "common/facets.h"
#include "common/person_name.h"

namespace yjs {
namespace {

// Xapian's limit on a term's length is 245 bytes.
constexpr std::size_t kMaxTermBytes = 245;

}  // namespace

std::string facet_term(const schema::FacetSpec& spec, std::string_view value) {
  std::string out(spec.term_prefix);
  out += normalise_key(spec.canonical(value).value_or(std::string(value)));
  if (out.size() > kMaxTermBytes) out.resize(kMaxTermBytes);
  return out;
}

std::string facet_term(schema::Facet facet, std::string_view value) {
  return facet_term(schema::spec(facet), value);
}

namespace schema {

std::optional<std::string> canonical_area(std::string_view typed) {
  return extract::Gazetteer::builtin().canonical(typed);
}

std::optional<std::string> canonical_year(std::string_view typed) {
  int year = 0;
  const auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), year);
  if (error != std::errc() || end != typed.data() + typed.size()) return std::nullopt;
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  return std::to_string(year);
}

std::optional<std::string> canonical_rating(std::string_view typed) {
  const auto rating = parse_rating(typed);
  return rating ? std::optional<std::string>(rating_label(*rating)) : std::nullopt;
}

std::optional<std::string> canonical_inspector(std::string_view typed) {
  std::string name = strip_honorifics(typed);
  // A name typed all in lower case is shown with capitals: "martin jones" -> "Martin Jones".
  if (std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    for (std::size_t i = 0; i < name.size(); ++i) {
      if ((i == 0 || name[i - 1] == ' ') && name[i] >= 'a' && name[i] <= 'z') name[i] -= 'a' - 'A';
    }
  }
  return name;
}

std::optional<std::string> canonical_kind(std::string_view typed) {
  const auto kind = parse_kind(typed);
  return kind ? std::optional<std::string>(kind_label(*kind)) : std::nullopt;
}

std::optional<std::string> canonical_nation(std::string_view typed) {
  const std::string key = normalise_key(typed);
  if (key == "england") return "England";
  if (key == "wales") return "Wales";
  return std::nullopt;
}

std::optional<std::string> canonical_region(std::string_view typed) {
  return extract::Gazetteer::builtin().canonical_region(typed);
}

}  // namespace schema
}  // namespace yjs
