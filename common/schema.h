// The schema: for every field, its query syntax, term prefix and value slot.
// The single source of truth for DocumentBuilder, QueryBuilder and Searcher.
// Prefixes follow Omega's conventions (termprefixes.rst) so xapian-delve, quest and
// omega can read our databases: Q = unique id, S = title, Y = year, X... = our own.
#pragma once

#include <xapian.h>

#include <array>
#include <string_view>

namespace yjs::schema {

inline constexpr std::string_view kIdPrefix = "Q";     // Q<id>, one per document
inline constexpr std::string_view kTitlePrefix = "S";  // title words, positional

// Value slots. Each facet has one slot holding its display (or sortable) form.
inline constexpr Xapian::valueno kAreaSlot = 0;       // display name, "Leicester City"
inline constexpr Xapian::valueno kYearSlot = 1;       // Xapian::sortable_serialise(year)
inline constexpr Xapian::valueno kRatingSlot = 2;     // rank digit "1".."4" (4 = Outstanding)
inline constexpr Xapian::valueno kInspectorSlot = 3;  // display name, "Martin Jones"
inline constexpr Xapian::valueno kContentHashSlot = 4;  // the article's fingerprint (hex)
inline constexpr Xapian::valueno kDateSlot = 5;  // sortable_serialise(YYYYMMDD) of publication
// All facets' display values in one slot, in kFacetFields order
// ("area\x1Fyear\x1Frating\x1Finspector\x1Fkind\x1Fnation", empty fields for absent facets), so
// counting facets reads one value per match, not six.
inline constexpr Xapian::valueno kPackedFacetsSlot = 6;
inline constexpr char kPackedFacetSeparator = '\x1F';
inline constexpr Xapian::valueno kKindSlot = 7;    // kind label, "inspection", "annual report"
inline constexpr Xapian::valueno kNationSlot = 8;  // "England" or "Wales"

// Concept terms: one per synonym group (YOT/YOS/YJS…), see indexer/synonyms.h.
inline constexpr std::string_view kConceptPrefix = "XCON";

// A facet: a boolean filter term (prefix + normalised key) plus a value slot.
struct FacetField {
  std::string_view name;         // JSON key and --facets name
  std::string_view query_field;  // query-language field, as in area:"leicester city"
  std::string_view term_prefix;  // boolean term prefix
  Xapian::valueno slot;
};

inline constexpr FacetField kArea{"area", "area", "XAREA", kAreaSlot};
inline constexpr FacetField kYear{"year", "year", "Y", kYearSlot};
inline constexpr FacetField kRating{"rating", "rating", "XRATING", kRatingSlot};
inline constexpr FacetField kInspector{"chief_inspector", "inspector", "XINSPECTOR",
                                       kInspectorSlot};

inline constexpr FacetField kKind{"kind", "kind", "XKIND", kKindSlot};
inline constexpr FacetField kNation{"nation", "nation", "XNATION", kNationSlot};

inline constexpr std::array<FacetField, 6> kFacetFields = {kArea,      kYear, kRating,
                                                           kInspector, kKind, kNation};

// Database metadata key holding the stemming language the indexer used.
inline constexpr const char* kLanguageMetadataKey = "yjs.language";

// Free-text field prefixes understood by the query language (besides the facets).
inline constexpr std::string_view kTitleQueryField = "title";

}  // namespace yjs::schema
