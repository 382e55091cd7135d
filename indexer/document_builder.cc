#include "indexer/document_builder.h"

#include <cstdint>
#include <cstdio>

#include "common/errors.h"
#include "common/facet_terms.h"
#include "common/schema.h"
#include "generated/rule_versions.h"
#include "indexer/spelling.h"
#include "indexer/synonyms.h"

namespace yjs {
namespace {

// Gap between title and body positions, so phrase queries do not run across them.
constexpr Xapian::termpos kTitleBodyGap = 100;

// FNV-1a: a stable hash (std::hash is not promised to be stable between builds).
void fnv1a(std::uint64_t& hash, std::string_view data) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  hash ^= 0xff;  // field separator, so ("ab", "c") and ("a", "bc") differ
  hash *= 1099511628211ull;
}

}  // namespace

std::string article_fingerprint(const Article& article) {
  std::uint64_t hash = 14695981039346656037ull;
  for (std::string_view field :
       {kPipelineVersion, std::string_view(article.id), std::string_view(article.title),
        std::string_view(article.body), std::string_view(article.path),
        std::string_view(article.url), std::string_view(article.published)}) {
    fnv1a(hash, field);
  }
  for (const auto* field :
       {&article.area, &article.rating, &article.chief_inspector, &article.kind}) {
    fnv1a(hash, *field ? std::string_view(**field) : std::string_view("\x01"));
  }
  fnv1a(hash, article.year ? std::to_string(*article.year) : "\x01");
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

namespace {

std::optional<std::string> unless_empty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

template <typename T, typename Label>
std::optional<std::string> label_of(const std::optional<FacetValue<T>>& facet, Label label) {
  return facet ? std::optional<std::string>(label(facet->value)) : std::nullopt;
}

std::optional<std::string> value_of(const std::optional<FacetValue<std::string>>& facet) {
  return facet ? std::optional<std::string>(facet->value) : std::nullopt;
}

}  // namespace

std::string stored_fields(const Article& article, const Facets& facets) {
  schema::StoredFields fields;
  fields.id = article.id;
  fields.title = article.title;
  fields.path = unless_empty(article.path);
  fields.url = unless_empty(article.url);
  fields.published = unless_empty(article.published);
  fields.area = value_of(facets.area);
  if (facets.year) fields.year = facets.year->value;
  fields.rating = label_of(facets.rating, rating_label);
  fields.chief_inspector = value_of(facets.chief_inspector);
  fields.kind = label_of(facets.kind, kind_label);
  fields.nation = value_of(facets.nation);
  fields.body = article.body;
  return schema::encode_stored_fields(fields);
}

namespace {

// The display values in schema::kFacetFields order (checked below).
std::string packed_facets(const Facets& facets) {
  static_assert(schema::kFacetFields[0].slot == schema::kAreaSlot &&
                schema::kFacetFields[1].slot == schema::kYearSlot &&
                schema::kFacetFields[2].slot == schema::kRatingSlot &&
                schema::kFacetFields[3].slot == schema::kInspectorSlot &&
                schema::kFacetFields[4].slot == schema::kKindSlot &&
                schema::kFacetFields[5].slot == schema::kNationSlot);
  return schema::pack_facets({
      value_of(facets.area).value_or(""),
      facets.year ? std::to_string(facets.year->value) : "",
      label_of(facets.rating, rating_label).value_or(""),
      value_of(facets.chief_inspector).value_or(""),
      label_of(facets.kind, kind_label).value_or(""),
      value_of(facets.nation).value_or(""),
  });
}

}  // namespace

Xapian::Document DocumentBuilder::build(const Article& article, const Facets& facets,
                                        WordCounts* spelling) {
  if (article.id.empty()) throw InputError(article.path, article.line, "article has no id");
  if (article.id.size() > kMaxIdBytes) {
    throw InputError(article.path, article.line,
                     "id is longer than " + std::to_string(kMaxIdBytes) + " bytes");
  }
  Xapian::Document doc;
  doc.add_boolean_term(std::string(schema::kIdPrefix) + article.id);

  Xapian::termpos pos = 0;
  analyzer_.index_text(article.title, doc, pos, std::string(schema::kTitlePrefix));
  pos = 0;
  const std::vector<std::string> title_words = analyzer_.index_text(article.title, doc, pos);
  add_concept_terms(article.title, title_words, doc);
  if (spelling) count_spelling_words(title_words, *spelling);
  pos += kTitleBodyGap;
  const std::vector<std::string> body_words = analyzer_.index_text(article.body, doc, pos);
  add_concept_terms(article.body, body_words, doc);
  if (spelling) count_spelling_words(body_words, *spelling);

  if (facets.area) {
    doc.add_boolean_term(area_term(facets.area->value));
    doc.add_value(schema::kAreaSlot, facets.area->value);
  }
  if (facets.year) {
    doc.add_boolean_term(year_term(facets.year->value));
    doc.add_value(schema::kYearSlot, Xapian::sortable_serialise(facets.year->value));
    doc.add_value(schema::kDateSlot,
                  Xapian::sortable_serialise(facets.date.value_or(facets.year->value * 10000)));
  }
  if (facets.rating) {
    doc.add_boolean_term(rating_term(rating_label(facets.rating->value)));
    doc.add_value(schema::kRatingSlot, std::to_string(static_cast<int>(facets.rating->value)));
  }
  if (facets.chief_inspector) {
    doc.add_boolean_term(inspector_term(facets.chief_inspector->value));
    doc.add_value(schema::kInspectorSlot, facets.chief_inspector->value);
  }

  if (facets.kind) {
    doc.add_boolean_term(kind_term(kind_label(facets.kind->value)));
    doc.add_value(schema::kKindSlot, std::string(kind_label(facets.kind->value)));
  }
  if (facets.nation) {
    doc.add_boolean_term(nation_term(facets.nation->value));
    doc.add_value(schema::kNationSlot, facets.nation->value);
  }

  doc.add_value(schema::kPackedFacetsSlot, packed_facets(facets));

  std::string data = stored_fields(article, facets);
  doc.add_value(schema::kContentHashSlot, article_fingerprint(article));
  doc.set_data(std::move(data));
  return doc;
}

}  // namespace yjs
