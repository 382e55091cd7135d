#include "indexer/explain.h"

#include <nlohmann/json.hpp>

namespace yjs {
namespace {

// Wide enough for the longest facet name, so values line up.
constexpr std::size_t kNameWidth = 11;
constexpr std::string_view kEvidenceIndent = "               ";

void text_row(std::string& out, const schema::FacetSpec& spec,
              const std::optional<FacetValue>& facet) {
  out.append("  ").append(spec.name);
  out.append(kNameWidth > spec.name.size() ? kNameWidth - spec.name.size() : 1, ' ');
  if (!facet) {
    out += "(not found)\n";
    return;
  }
  out.append(facet->value).append("  (").append(source_label(facet->source)).append(")\n");
  if (!facet->evidence.empty()) {
    out.append(kEvidenceIndent).append("\u201c").append(facet->evidence).append("\u201d\n");
  }
}

nlohmann::ordered_json json_facet(const schema::FacetSpec& spec,
                                  const std::optional<FacetValue>& facet) {
  if (!facet) return nullptr;
  nlohmann::ordered_json out;
  out["value"] = facet->value;
  if (spec.numeric) out["value"] = std::stoll(facet->value);
  out["source"] = source_label(facet->source);
  out["evidence"] =
      facet->evidence.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(facet->evidence);
  if (spec.multi_valued) out["also"] = facet->also;
  return out;
}

}  // namespace

std::string explain_text(const Article& article, const Facets& facets) {
  std::string out = article.path;
  if (article.line) out.append(":").append(std::to_string(article.line));
  out.append("  ").append(article.title).append("\n");
  for (const schema::FacetSpec& spec : schema::kFacets) text_row(out, spec, facets[spec.facet]);
  return out;
}

std::string explain_json(const Article& article, const Facets& facets) {
  nlohmann::ordered_json out;
  out["id"] = article.id;
  out["path"] = article.path;
  out["line"] = article.line ? nlohmann::ordered_json(article.line) : nlohmann::ordered_json();
  out["title"] = article.title;
  out["facets"] = nlohmann::ordered_json::object();
  for (const schema::FacetSpec& spec : schema::kFacets) {
    out["facets"][std::string(spec.name)] = json_facet(spec, facets[spec.facet]);
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace yjs
