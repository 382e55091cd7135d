// The schema: the facet table (one FacetSpec per facet: names, term prefix, value slot,
// codecs), the other term prefixes and slots, the stored contracts (document data, packed
// facets) and the versions a database records. The single source of truth for
// DocumentBuilder, QueryBuilder, the filters, Searcher, the formatters and --explain: each
// of them loops over kFacets, so a facet is added here (and where its value comes from).
// Prefixes follow Omega's conventions (termprefixes.rst) so xapian-delve, quest and omega
// can read our databases: Q = unique id, S = title, Y = year, X... = our own.
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace yjs::schema {

inline constexpr std::string_view kIdPrefix = "Q";     // Q<id>, one per document
inline constexpr std::string_view kTitlePrefix = "S";  // title words, positional
// Concept terms: one per synonym group (YOT/YOS/YJS…), see indexer/synonyms.h.
inline constexpr std::string_view kConceptPrefix = "XCON";
// Free-text field prefixes understood by the query language (besides the facets).
inline constexpr std::string_view kTitleQueryField = "title";

// Value slots that are not a facet's own.
inline constexpr Xapian::valueno kContentHashSlot = 4;  // the article's fingerprint (hex)
inline constexpr Xapian::valueno kDateSlot = 5;  // sortable_serialise(YYYYMMDD) of publication
// Every facet's display value in one slot, in kFacets order, joined by
// kPackedFacetSeparator (empty fields for absent facets), so counting facets reads one
// value per match, not one per facet.
inline constexpr Xapian::valueno kPackedFacetsSlot = 6;
inline constexpr char kPackedFacetSeparator = '\x1F';

// The facets, in table order (the order of JSON keys, facet counts and the packed slot).
enum class Facet : std::size_t { kArea, kYear, kRating, kInspector, kKind, kNation, kRegion };
inline constexpr std::size_t kFacetCount = 7;

// How a facet's display value is written in its own value slot.
enum class SlotCodec {
  kText,      // as displayed: "Leicester City"
  kSortable,  // a number, Xapian::sortable_serialise: years
  kRank,      // the rating's rank digit "1".."4" (4 = Outstanding), so slots sort by rating
};

// One facet, as every part of the program sees it.
struct FacetSpec {
  Facet facet;
  std::string_view name;         // the one name users see: JSON key, query field, --NAME flag
  std::string_view alias = {};   // an older name still accepted in queries and stored data ("")
  std::string_view label;        // for people: "Chief inspector"
  std::string_view term_prefix;  // boolean filter term prefix
  Xapian::valueno slot;
  SlotCodec codec;
  // The canonical display value of a value however it is typed ("hull" -> "Kingston upon
  // Hull", "requires-improvement" -> "Requires improvement", "Dame Glenys Stacey" ->
  // "Glenys Stacey"), or nullopt when the value is not one this facet can hold by rule
  // (unknown areas and inspectors key as typed). Defined in common/facet_terms.cc.
  std::optional<std::string> (*canonical)(std::string_view typed);
  bool multi_valued = false;  // a document may carry several filter terms (region: its groups)
  bool sortable = false;      // --sort can order by its slot
  bool rangeable = false;     // filters take a range (year:2015..2019)
  bool numeric = false;       // JSON holds numbers, not strings
  bool derived = false;       // follows from another facet (nation, region: from the area)
  // The value most documents have, left out of a hit's text line ("" none).
  std::string_view usual = {};
  std::string_view example = {};  // a value as a user would type it, for --help
};

std::optional<std::string> canonical_area(std::string_view typed);
std::optional<std::string> canonical_year(std::string_view typed);
std::optional<std::string> canonical_rating(std::string_view typed);
std::optional<std::string> canonical_inspector(std::string_view typed);
std::optional<std::string> canonical_kind(std::string_view typed);
std::optional<std::string> canonical_nation(std::string_view typed);
std::optional<std::string> canonical_region(std::string_view typed);

inline constexpr std::array<FacetSpec, kFacetCount> kFacets = {{
    {.facet = Facet::kArea,
     .name = "area",
     .label = "Area",
     .term_prefix = "XAREA",
     .slot = 0,
     .codec = SlotCodec::kText,
     .canonical = canonical_area,
     .example = "\"leicester city\""},
    {.facet = Facet::kYear,
     .name = "year",
     .label = "Year",
     .term_prefix = "Y",
     .slot = 1,
     .codec = SlotCodec::kSortable,
     .canonical = canonical_year,
     .sortable = true,
     .rangeable = true,
     .numeric = true,
     .example = "2015..2019"},
    {.facet = Facet::kRating,
     .name = "rating",
     .label = "Rating",
     .term_prefix = "XRATING",
     .slot = 2,
     .codec = SlotCodec::kRank,
     .canonical = canonical_rating,
     .sortable = true,
     .example = "good"},
    {.facet = Facet::kInspector,
     .name = "inspector",
     .alias = "chief_inspector",
     .label = "Chief inspector",
     .term_prefix = "XINSPECTOR",
     .slot = 3,
     .codec = SlotCodec::kText,
     .canonical = canonical_inspector,
     .example = "\"martin jones\""},
    {.facet = Facet::kKind,
     .name = "kind",
     .label = "Kind",
     .term_prefix = "XKIND",
     .slot = 7,
     .codec = SlotCodec::kText,
     .canonical = canonical_kind,
     .usual = "inspection",
     .example = "\"annual report\""},
    {.facet = Facet::kNation,
     .name = "nation",
     .label = "Nation",
     .term_prefix = "XNATION",
     .slot = 8,
     .codec = SlotCodec::kText,
     .canonical = canonical_nation,
     .derived = true,
     .example = "wales"},
    {.facet = Facet::kRegion,
     .name = "region",
     .label = "Region",
     .term_prefix = "XREGION",
     .slot = 9,
     .codec = SlotCodec::kText,
     .canonical = canonical_region,
     .multi_valued = true,
     .derived = true,
     .example = "\"yorkshire and the humber\""},
}};

// The spec of `facet`.
constexpr const FacetSpec& spec(Facet facet) { return kFacets[static_cast<std::size_t>(facet)]; }
constexpr std::size_t index_of(Facet facet) { return static_cast<std::size_t>(facet); }
// The spec a query field or option is named by (its name or alias), or nullptr.
const FacetSpec* find_facet(std::string_view name);

// A value slot's contents for a facet's display value (the one writer of facet slots),
// and back (the one reader). decode_slot returns "" for contents it cannot read.
std::string encode_slot(const FacetSpec& spec, std::string_view display);
std::string decode_slot(const FacetSpec& spec, std::string_view slot_value);

// Values of one facet per facet, in kFacets order: the shape of facet values everywhere.
template <typename T>
using PerFacet = std::array<T, kFacetCount>;

// The packed facet slot (kPackedFacetsSlot): each facet's display value in kFacets order,
// empty for an absent facet.
using PackedFacets = PerFacet<std::string>;

// The facets joined by kPackedFacetSeparator: the one writer of the packed slot.
std::string pack_facets(const PackedFacets& facets);
// The one reader: fields missing at the end (a database written before a facet was added)
// come back empty, bytes after the last facet's separator are ignored.
PackedFacets unpack_facets(std::string_view packed);

// The stored document data: what a hit shows, kept as a JSON object in the Xapian
// document data. Absent optional fields are stored as JSON null.
struct StoredFields {
  std::string id;
  std::string title;
  std::optional<std::string> path;
  std::optional<std::string> url;
  std::optional<std::string> published;
  PerFacet<std::optional<std::string>> facets;  // display values (years as digits)
  std::string body;
};

// The one writer of the document data: id, title, path, url, published, each facet by
// its name (numeric facets as JSON numbers), body; invalid UTF-8 replaced.
std::string encode_stored_fields(const StoredFields& fields);
// The one reader: a key that is missing or of the wrong type reads as absent (empty for
// id, title and body); a facet is also read under its alias (data written before the
// rename); data that is not a JSON object reads as all absent.
StoredFields decode_stored_fields(std::string_view data);

// Database metadata.
// The stemming language the indexer used.
inline constexpr const char* kLanguageMetadataKey = "yjs.language";
// The schema version (below) of the database's terms, slots and stored data.
inline constexpr const char* kSchemaMetadataKey = "yjs.schema";
// The behaviour digest of the analyzer that made the database's word terms
// (text::analyzer_version()).
inline constexpr const char* kAnalyzerMetadataKey = "yjs.analyzer";

// Raised when what the program writes changes meaning; a database records the version it
// was written with. 1: no record (before versions were recorded); 2: the region facet and
// the "inspector" key in stored data.
inline constexpr int kSchemaVersion = 2;
// The oldest schema this program still reads right: version 1 lacks only the region facet
// (its documents have none) and names the inspector "chief_inspector" (read as an alias).
inline constexpr int kOldestReadableSchema = 1;

}  // namespace yjs::schema
