// The schema: for every field, its query syntax, term prefix and value slot.
// The single source of truth for DocumentBuilder, QueryBuilder and Searcher.
// Prefixes follow Omega's conventions (termprefixes.rst) so xapian-delve, quest and
// omega can read our databases: Q = unique id, S = title, Y = year, X... = our own.
#pragma once

#include <xapian.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace yjs::schema {

inline constexpr std::string_view kIdPrefix = "Q";     // Q<id>, one per document
inline constexpr std::string_view kTitlePrefix = "S";  // title words, positional

// Value slots. Each facet has one slot holding its display (or sortable) form.
inline constexpr Xapian::valueno kAreaSlot = 0;         // display name, "Leicester City"
inline constexpr Xapian::valueno kYearSlot = 1;         // Xapian::sortable_serialise(year)
inline constexpr Xapian::valueno kRatingSlot = 2;       // rank digit "1".."4" (4 = Outstanding)
inline constexpr Xapian::valueno kInspectorSlot = 3;    // display name, "Martin Jones"
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

// The packed facet slot (kPackedFacetsSlot): each facet's display value in kFacetFields
// order, empty for an absent facet.
using PackedFacets = std::array<std::string, kFacetFields.size()>;

// The facets joined by kPackedFacetSeparator: the one writer of the packed slot.
std::string pack_facets(const PackedFacets& facets);
// The one reader: fields missing at the end come back empty, bytes after a sixth
// separator are ignored.
PackedFacets unpack_facets(std::string_view packed);

// The stored document data: what a hit shows, kept as a JSON object in the Xapian
// document data. Absent optional fields are stored as JSON null.
struct StoredFields {
  std::string id;
  std::string title;
  std::optional<std::string> path;
  std::optional<std::string> url;
  std::optional<std::string> published;
  std::optional<std::string> area;
  std::optional<int> year;
  std::optional<std::string> rating;           // rating label, "Good"
  std::optional<std::string> chief_inspector;  // full name
  std::optional<std::string> kind;             // kind label, "annual report"
  std::optional<std::string> nation;           // "England" or "Wales"
  std::string body;
};

// The one writer of the document data: keys in the order above, invalid UTF-8 replaced.
std::string encode_stored_fields(const StoredFields& fields);
// The one reader: a key that is missing or of the wrong type reads as absent (empty for
// id, title and body); data that is not a JSON object reads as all absent.
StoredFields decode_stored_fields(std::string_view data);

}  // namespace yjs::schema
