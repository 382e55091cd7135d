#include "searcher/facet_words.h"

#include <unordered_map>

#include "common/extract/gazetteer.h"
#include "common/facets.h"

namespace yjs {
namespace {

// Names of a facet's values that a query may use besides the values themselves.
std::optional<std::string> other_name(schema::Facet facet, const std::string& key) {
  if (facet == schema::Facet::kNation && key == "welsh") return "Wales";
  return std::nullopt;
}

// Every region name and place group by its key, keyed once: a query tries several runs of
// its words, and keying each name again for every run cost an ICU pass per name.
const std::unordered_map<std::string, std::string>& region_names_by_key() {
  static const auto names = [] {
    std::unordered_map<std::string, std::string> by_key;
    for (const std::string& name : extract::Gazetteer::builtin().region_names()) {
      by_key.insert_or_assign(normalise_key(name), name);  // the last of a key, as before
    }
    return by_key;
  }();
  return names;
}

}  // namespace

std::optional<NamedValue> facet_value_named_by(std::string_view words) {
  using schema::Facet;
  const std::string key = normalise_key(words);
  if (key.empty()) return std::nullopt;
  for (Facet facet :
       {Facet::kYear, Facet::kRating, Facet::kNation, Facet::kRegion, Facet::kArea, Facet::kKind}) {
    const schema::FacetSpec& spec = schema::spec(facet);
    std::optional<std::string> value = spec.canonical(words);
    if (!value) value = other_name(facet, key);
    // A place group ("Tyne and Wear") is no region of its own: its documents carry its
    // name as written.
    if (!value && facet == Facet::kRegion) {
      const auto& names = region_names_by_key();
      if (const auto found = names.find(key); found != names.end()) value = found->second;
    }
    if (!value || (!spec.usual.empty() && *value == spec.usual)) continue;
    return NamedValue{facet, std::move(*value)};
  }
  return std::nullopt;
}

}  // namespace yjs
