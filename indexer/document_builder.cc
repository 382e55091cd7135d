#include "indexer/document_builder.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>

#include "common/errors.h"
#include "common/facet_terms.h"
#include "common/fnv1a.h"
#include "common/schema.h"
#include "generated/rule_versions.h"
#include "indexer/synonyms.h"

namespace yjs {
namespace {

// Gap between title and body positions, so phrase queries do not run across them.
constexpr Xapian::termpos kTitleBodyGap = 100;

// Control bytes other than tab and line ends mean nothing in prose, and two of them (\x02,
// \x03) mark the matched words in snippets: they are dropped before anything is indexed
// or stored.
bool is_control_byte(char c) {
  return (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
         c == '\x7f';
}

bool has_control_bytes(std::string_view text) {
  return std::any_of(text.begin(), text.end(), is_control_byte);
}

void drop_control_bytes(std::string& text) { std::erase_if(text, is_control_byte); }

}  // namespace

std::string article_fingerprint(const Article& article) {
  Fnv1a hash;
  for (std::string_view field :
       {kPipelineVersion, std::string_view(article.id), std::string_view(article.title),
        std::string_view(article.body), std::string_view(article.path),
        std::string_view(article.url), std::string_view(article.published)}) {
    hash.add_field(field);
  }
  for (const auto* field :
       {&article.area, &article.rating, &article.chief_inspector, &article.kind}) {
    hash.add_field(*field ? std::string_view(**field) : std::string_view("\x01"));
  }
  hash.add_field(article.year ? std::to_string(*article.year) : "\x01");
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash.value()));
  return hex;
}

namespace {

std::optional<std::string> unless_empty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

}  // namespace

std::string stored_fields(const Article& article, const Facets& facets) {
  schema::StoredFields fields;
  fields.id = article.id;
  fields.title = article.title;
  fields.path = unless_empty(article.path);
  fields.url = unless_empty(article.url);
  fields.published = unless_empty(article.published);
  for (const schema::FacetSpec& spec : schema::kFacets) {
    fields.facets[schema::index_of(spec.facet)] = facets.value(spec.facet);
  }
  fields.body = article.body;
  return schema::encode_stored_fields(fields);
}

namespace {

// Each facet's filter terms (its value's, and a multi-valued facet's other names), its
// slot and its field of the packed slot.
void add_facets(const Facets& facets, Xapian::Document& doc) {
  schema::PackedFacets packed;
  for (const schema::FacetSpec& spec : schema::kFacets) {
    const auto& found = facets[spec.facet];
    if (!found) continue;
    doc.add_boolean_term(facet_term(spec, found->value));
    if (spec.multi_valued) {
      for (const std::string& name : found->also) doc.add_boolean_term(facet_term(spec, name));
    }
    doc.add_value(spec.slot, schema::encode_slot(spec, found->value));
    packed[schema::index_of(spec.facet)] = found->value;
  }
  if (const auto year = facets.year()) {
    doc.add_value(schema::kDateSlot,
                  Xapian::sortable_serialise(facets.date.value_or(*year * 10000)));
  }
  doc.add_value(schema::kPackedFacetsSlot, schema::pack_facets(packed));
}

}  // namespace

Xapian::Document DocumentBuilder::build(const Article& as_read, const Facets& facets) {
  std::optional<Article> cleaned;
  if (has_control_bytes(as_read.title) || has_control_bytes(as_read.body)) {
    cleaned = as_read;
    drop_control_bytes(cleaned->title);
    drop_control_bytes(cleaned->body);
  }
  const Article& article = cleaned ? *cleaned : as_read;
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
  pos += kTitleBodyGap;
  const std::vector<std::string> body_words = analyzer_.index_text(article.body, doc, pos);
  add_concept_terms(article.body, body_words, doc);

  add_facets(facets, doc);

  std::string data = stored_fields(article, facets);
  doc.add_value(schema::kContentHashSlot, article_fingerprint(article));
  doc.set_data(std::move(data));
  return doc;
}

}  // namespace yjs
