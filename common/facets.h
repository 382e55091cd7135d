// Facets: the structured fields of an article (one value per facet of the schema table,
// common/schema.h) with where each came from, the rating scale and article kinds, and the
// key every facet filter term is made of.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/article.h"
#include "common/schema.h"

namespace yjs {

// The inspectorate's four-point scale, ordered: a larger value is a better rating.
enum class Rating { kInadequate = 1, kRequiresImprovement = 2, kGood = 3, kOutstanding = 4 };

// "Outstanding", "Good", "Requires improvement" or "Inadequate".
std::string_view rating_label(Rating rating);

// What an article is: the inspection of one youth justice service in England or Wales, or
// something else (finer values where the text says so). Only inspections carry an area's
// rating. Ordered as listed in kKindLabels.
enum class Kind {
  kInspection,
  kThematic,
  kAnnualReport,
  kBlog,
  kAdultProbation,
  kOtherInspectorate,
  kOutsideEnglandWales,
  kOther,
};

// "inspection", "thematic", "annual report", "blog", "adult probation", "other
// inspectorate", "outside England and Wales", "other".
std::string_view kind_label(Kind kind);

// Reads a kind label however it is written (case, hyphens, spaces): "annual-report",
// "Outside England and Wales". Returns nullopt for anything else.
std::optional<Kind> parse_kind(std::string_view text);

// Reads a rating however it is written: case, spaces, hyphens, underscores and quotes
// do not matter ("requires-improvement", "REQUIRES IMPROVEMENT", "‘Good’").
// Returns nullopt for anything else.
std::optional<Rating> parse_rating(std::string_view text);

// The key a facet value is filtered by: case-folded, accents removed, "&" read as "and",
// punctuation and runs of spaces as one space, trimmed. "Leicester  City" and
// "leicester-city" both give "leicester city"; "Ynys Môn" gives "ynys mon".
// Throws yjs::Error only if ICU fails.
std::string normalise_key(std::string_view value);

// Where a facet value came from.
enum class FacetSource {
  kExplicit,  // a field of the input (JSON Lines)
  kText,      // read from a sentence of the article (the evidence)
  kDerived,   // from another facet: nation and region from the area (evidence: the area's)
};

// "explicit", "text" or "derived".
std::string_view source_label(FacetSource source);

// One facet value, where it came from and the sentence it was found in (empty when stated
// explicitly).
struct FacetValue {
  std::string value;  // the canonical display value: "Leicester City", "2019", "Good"
  FacetSource source = FacetSource::kText;
  std::string evidence;
  // Other names a document with this value is found by (a region's place groups: "Tyne and
  // Wear" for Gateshead's "North East"); only for a multi-valued facet.
  std::vector<std::string> also;
};

// What is known about an article's facets, one optional value per facet of the schema
// table. An unknown facet is absent, never guessed.
struct Facets {
  schema::PerFacet<std::optional<FacetValue>> values;
  // Publication date as YYYYMMDD for sorting (MMDD 0000 when only the year is known).
  std::optional<int> date;

  std::optional<FacetValue>& operator[](schema::Facet facet) {
    return values[schema::index_of(facet)];
  }
  const std::optional<FacetValue>& operator[](schema::Facet facet) const {
    return values[schema::index_of(facet)];
  }
  // The facet's display value, if known.
  std::optional<std::string> value(schema::Facet facet) const;
  // Typed readings of the display values.
  std::optional<int> year() const;
  std::optional<Rating> rating() const;
  std::optional<Kind> kind() const;
};

// The years a year facet holds, for prose and explicit fields alike: a number outside them
// is not read as a year, an explicit year outside them is refused.
inline constexpr int kMinYear = 1990;
inline constexpr int kMaxYear = 2040;

// The facets an article states explicitly (JSON Lines fields), canonicalised, with source
// kExplicit. Throws InputError naming the article for a value that cannot be read (a rating
// that is not on the scale, a kind not in the list, a year outside kMinYear..kMaxYear).
Facets explicit_facets(const Article& article);

}  // namespace yjs
