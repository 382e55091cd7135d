// The boolean filter term for a facet value, however the value is written. Indexing and
// searching both go through it, so a filter matches exactly what indexing stored.
#pragma once

#include <string>
#include <string_view>

#include "common/schema.h"

namespace yjs {

// The facet's term prefix + the key (normalise_key) of the value's canonical form
// (FacetSpec::canonical), or of the value as written when it has none:
// (kArea, "hull") -> "XAREAkingston upon hull", (kRating, "requires-improvement") ->
// "XRATINGrequires improvement", (kInspector, "Dame Glenys Stacey") -> "XINSPECTORglenys
// stacey", (kYear, "2019") -> "Y2019", (kRegion, "Tyne and Wear") -> "XREGIONtyne and wear".
// Cut to Xapian's term length limit.
std::string facet_term(const schema::FacetSpec& spec, std::string_view value);
std::string facet_term(schema::Facet facet, std::string_view value);

}  // namespace yjs
