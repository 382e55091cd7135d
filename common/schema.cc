#include "common/schema.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace yjs::schema {
namespace {

nlohmann::ordered_json or_null(const std::optional<std::string>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

std::optional<std::string> optional_string(const nlohmann::json& data, const char* key) {
  const auto it = data.find(key);
  if (it == data.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

}  // namespace

std::string pack_facets(const PackedFacets& facets) {
  std::string packed;
  for (std::size_t f = 0; f < facets.size(); ++f) {
    if (f > 0) packed += kPackedFacetSeparator;
    packed += facets[f];
  }
  return packed;
}

PackedFacets unpack_facets(std::string_view packed) {
  PackedFacets facets;
  std::size_t start = 0;
  for (std::size_t f = 0; f < facets.size() && start <= packed.size(); ++f) {
    const std::size_t end = std::min(packed.find(kPackedFacetSeparator, start), packed.size());
    facets[f] = std::string(packed.substr(start, end - start));
    start = end + 1;
  }
  return facets;
}

std::string encode_stored_fields(const StoredFields& fields) {
  nlohmann::ordered_json data;
  data["id"] = fields.id;
  data["title"] = fields.title;
  data["path"] = or_null(fields.path);
  data["url"] = or_null(fields.url);
  data["published"] = or_null(fields.published);
  data["area"] = or_null(fields.area);
  data["year"] = fields.year ? nlohmann::ordered_json(*fields.year) : nlohmann::ordered_json();
  data["rating"] = or_null(fields.rating);
  data["chief_inspector"] = or_null(fields.chief_inspector);
  data["kind"] = or_null(fields.kind);
  data["nation"] = or_null(fields.nation);
  data["body"] = fields.body;
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

StoredFields decode_stored_fields(std::string_view data) {
  const auto json = nlohmann::json::parse(data, nullptr, false);
  StoredFields fields;
  if (!json.is_object()) return fields;
  fields.id = optional_string(json, "id").value_or("");
  fields.title = optional_string(json, "title").value_or("");
  fields.path = optional_string(json, "path");
  fields.url = optional_string(json, "url");
  fields.published = optional_string(json, "published");
  fields.area = optional_string(json, "area");
  if (const auto year = json.find("year"); year != json.end() && year->is_number_integer()) {
    fields.year = year->get<int>();
  }
  fields.rating = optional_string(json, "rating");
  fields.chief_inspector = optional_string(json, "chief_inspector");
  fields.kind = optional_string(json, "kind");
  fields.nation = optional_string(json, "nation");
  fields.body = optional_string(json, "body").value_or("");
  return fields;
}

}  // namespace yjs::schema
