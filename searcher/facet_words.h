// Facet words: words of a plain query that name a facet value ("inadequate", "Wales",
// "Tyne and Wear", "Hull", "blog", "2019"). The query builder reads them as synonyms of
// the facet's filter term, so a query finds the documents carrying the value even when
// their text does not say it; they never filter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/schema.h"

namespace yjs {

struct NamedValue {
  schema::Facet facet;
  std::string value;  // the canonical display value: "Inadequate", "Wales", "Kingston upon Hull"
};

// The longest run of words a facet word may have ("yorkshire and the humber").
inline constexpr std::size_t kMaxFacetWords = 5;

// The facet value that `words` (one or more query words as typed, joined by spaces)
// name exactly, however cased: a year (1990-2040), a rating, a nation ("Welsh" too), a
// region or place group, a service, or a kind, tried in that order. Not the usual kind
// ("inspection", which nearly every article is) nor a chief inspector (a surname is too
// often something else).
std::optional<NamedValue> facet_value_named_by(std::string_view words);

}  // namespace yjs
