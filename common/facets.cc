#include "common/facets.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

#include "common/errors.h"
#include "common/text/apostrophe.h"
#include "common/text/diacritic.h"

namespace yjs {
namespace {

constexpr std::array<std::string_view, 4> kRatingLabels = {"Inadequate", "Requires improvement",
                                                           "Good", "Outstanding"};

constexpr std::array<std::string_view, 8> kKindLabels = {"inspection",
                                                         "thematic",
                                                         "annual report",
                                                         "blog",
                                                         "adult probation",
                                                         "other inspectorate",
                                                         "outside England and Wales",
                                                         "other"};

}  // namespace

std::string_view rating_label(Rating rating) { return kRatingLabels[static_cast<int>(rating) - 1]; }

std::string_view kind_label(Kind kind) { return kKindLabels[static_cast<std::size_t>(kind)]; }

std::optional<Kind> parse_kind(std::string_view text) {
  const std::string key = normalise_key(text);
  for (std::size_t i = 0; i < kKindLabels.size(); ++i) {
    if (key == normalise_key(kKindLabels[i])) return static_cast<Kind>(i);
  }
  return std::nullopt;
}

std::optional<Rating> parse_rating(std::string_view text) {
  const std::string key = normalise_key(text);
  for (std::size_t i = 0; i < kRatingLabels.size(); ++i) {
    if (key == normalise_key(kRatingLabels[i])) return static_cast<Rating>(i + 1);
  }
  return std::nullopt;
}

std::string normalise_key(std::string_view value) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU: NFKD: ") + u_errorName(status));
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(value.data(), static_cast<int32_t>(value.size())));
  // Fold case first: folding can produce characters NFKD decomposes further.
  icu::UnicodeString decomposed = nfkd->normalize(text.foldCase(), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU: NFKD: ") + u_errorName(status));

  icu::UnicodeString key;
  bool pending_space = false;
  auto append = [&](const icu::UnicodeString& piece) {
    if (pending_space && !key.isEmpty()) key.append(UChar32(' '));
    pending_space = false;
    key.append(piece);
  };
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    const UChar32 c = decomposed.char32At(i);
    // "é" -> "e", "children’s" -> "childrens": the diacritics the analyzer folds too.
    if (text::is_diacritic(c) || text::is_apostrophe(static_cast<char32_t>(c))) {
      continue;
    }
    if (c == '&') {
      pending_space = true;
      append("and");
      pending_space = true;
    } else if (u_isalnum(c)) {
      append(icu::UnicodeString(c));
    } else {
      pending_space = true;
    }
  }
  std::string out;
  key.toUTF8String(out);
  return out;
}

std::string_view source_label(FacetSource source) {
  switch (source) {
    case FacetSource::kExplicit:
      return "explicit";
    case FacetSource::kText:
      return "text";
    case FacetSource::kDerived:
      return "derived";
  }
  return "text";
}

std::optional<std::string> Facets::value(schema::Facet facet) const {
  const auto& found = (*this)[facet];
  return found ? std::optional<std::string>(found->value) : std::nullopt;
}

std::optional<int> Facets::year() const {
  const auto& found = (*this)[schema::Facet::kYear];
  return found ? std::optional<int>(std::stoi(found->value)) : std::nullopt;
}

std::optional<Rating> Facets::rating() const {
  const auto& found = (*this)[schema::Facet::kRating];
  return found ? parse_rating(found->value) : std::nullopt;
}

std::optional<Kind> Facets::kind() const {
  const auto& found = (*this)[schema::Facet::kKind];
  return found ? parse_kind(found->value) : std::nullopt;
}

Facets explicit_facets(const Article& article) {
  using schema::Facet;
  Facets facets;
  auto bad = [&](const std::string& what) { return InputError(article.path, article.line, what); };
  auto stated = [](std::string value) {
    return FacetValue{std::move(value), FacetSource::kExplicit, {}, {}};
  };
  if (article.area && !article.area->empty()) facets[Facet::kArea] = stated(*article.area);
  if (article.year) {
    if (*article.year < kMinYear || *article.year > kMaxYear) {
      throw bad("year " + std::to_string(*article.year) + " is outside " +
                std::to_string(kMinYear) + ".." + std::to_string(kMaxYear));
    }
    facets[Facet::kYear] = stated(std::to_string(*article.year));
  }
  if (article.rating && !article.rating->empty()) {
    const auto rating = parse_rating(*article.rating);
    if (!rating) {
      throw bad("rating '" + *article.rating +
                "' is not one of Outstanding, Good, Requires improvement, Inadequate");
    }
    facets[Facet::kRating] = stated(std::string(rating_label(*rating)));
  }
  if (article.kind && !article.kind->empty()) {
    const auto kind = parse_kind(*article.kind);
    if (!kind) {
      throw bad("kind '" + *article.kind +
                "' is not one of inspection, thematic, annual report, blog, adult probation, "
                "other inspectorate, outside England and Wales, other");
    }
    facets[Facet::kKind] = stated(std::string(kind_label(*kind)));
  }
  if (article.chief_inspector && !article.chief_inspector->empty()) {
    facets[Facet::kInspector] = stated(*article.chief_inspector);
  }
  return facets;
}

}  // namespace yjs
