#include "indexer/explain.h"

#include <nlohmann/json.hpp>

namespace yjs {
namespace {

template <typename T>
std::string display(const T& value) {
  if constexpr (std::is_same_v<T, int>) {
    return std::to_string(value);
  } else if constexpr (std::is_same_v<T, Rating>) {
    return std::string(rating_label(value));
  } else if constexpr (std::is_same_v<T, Kind>) {
    return std::string(kind_label(value));
  } else {
    return value;
  }
}

template <typename T>
void text_row(std::string& out, const char* name, const std::optional<FacetValue<T>>& facet) {
  out += "  ";
  out += name;
  out.append(17 - std::string(name).size(), ' ');
  if (!facet) {
    out += "(not found)\n";
    return;
  }
  out += display(facet->value);
  out += facet->evidence.empty() ? "  (stated explicitly)\n" : "\n";
  if (!facet->evidence.empty()) out += "                   \u201c" + facet->evidence + "\u201d\n";
}

template <typename T>
nlohmann::ordered_json json_facet(const std::optional<FacetValue<T>>& facet) {
  if (!facet) return nullptr;
  nlohmann::ordered_json out;
  out["value"] = display(facet->value);
  if constexpr (std::is_same_v<T, int>) out["value"] = facet->value;
  out["source"] = facet->evidence.empty() ? "explicit" : "text";
  out["evidence"] =
      facet->evidence.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(facet->evidence);
  return out;
}

}  // namespace

std::string explain_text(const Article& article, const Facets& facets) {
  std::string out = article.path;
  if (article.line) out.append(":").append(std::to_string(article.line));
  out.append("  ").append(article.title).append("\n");
  text_row(out, "area", facets.area);
  text_row(out, "year", facets.year);
  text_row(out, "rating", facets.rating);
  text_row(out, "chief_inspector", facets.chief_inspector);
  text_row(out, "kind", facets.kind);
  text_row(out, "nation", facets.nation);
  return out;
}

std::string explain_json(const Article& article, const Facets& facets) {
  nlohmann::ordered_json out;
  out["id"] = article.id;
  out["path"] = article.path;
  out["line"] = article.line ? nlohmann::ordered_json(article.line) : nlohmann::ordered_json();
  out["title"] = article.title;
  out["facets"]["area"] = json_facet(facets.area);
  out["facets"]["year"] = json_facet(facets.year);
  out["facets"]["rating"] = json_facet(facets.rating);
  out["facets"]["chief_inspector"] = json_facet(facets.chief_inspector);
  out["facets"]["kind"] = json_facet(facets.kind);
  out["facets"]["nation"] = json_facet(facets.nation);
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace yjs
