// Facets: the structured fields of an article (area, year, rating, chief inspector),
// their canonical forms, and the keys used for filter terms.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/article.h"

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

// One facet value and the sentence it was found in (empty when stated explicitly).
template <typename T>
struct FacetValue {
  T value{};
  std::string evidence;
};

// What is known about an article's facets. An unknown facet is absent, never guessed.
struct Facets {
  std::optional<FacetValue<std::string>> area;             // display name, "Leicester City"
  std::optional<FacetValue<int>> year;                     // year of publication
  std::optional<FacetValue<Rating>> rating;                // overall rating
  std::optional<FacetValue<std::string>> chief_inspector;  // full name, no honorifics
  std::optional<FacetValue<Kind>> kind;                    // what the article is
  // "England" or "Wales": the gazetteer's nation of the area (evidence: the area's).
  std::optional<FacetValue<std::string>> nation;
  // Publication date as YYYYMMDD for sorting (MMDD 0000 when only the year is known).
  std::optional<int> date;
};

// The facets an article states explicitly (JSON Lines fields), canonicalised.
// Throws InputError naming the article for a value that cannot be read (a rating that is
// not on the scale, a year outside 1900..2100).
Facets explicit_facets(const Article& article);

}  // namespace yjs
