#include "common/schema.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "common/facets.h"

namespace yjs::schema {
namespace {

nlohmann::ordered_json or_null(const std::optional<std::string>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

std::optional<std::string> optional_string(const nlohmann::json& data, std::string_view key) {
  const auto it = data.find(key);
  if (it == data.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// A facet's stored value: a string, or for a numeric facet an integer, under its name or
// alias.
std::optional<std::string> stored_facet(const nlohmann::json& data, const FacetSpec& spec) {
  for (std::string_view key : {spec.name, spec.alias}) {
    if (key.empty()) continue;
    const auto it = data.find(key);
    if (it == data.end()) continue;
    if (spec.numeric && it->is_number_integer()) return std::to_string(it->get<long long>());
    if (!spec.numeric && it->is_string()) return it->get<std::string>();
  }
  return std::nullopt;
}

std::optional<int> whole_number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

const FacetSpec* find_facet(std::string_view name) {
  for (const FacetSpec& spec : kFacets) {
    if (name == spec.name || (!spec.alias.empty() && name == spec.alias)) return &spec;
  }
  return nullptr;
}

std::string encode_slot(const FacetSpec& spec, std::string_view display) {
  switch (spec.codec) {
    case SlotCodec::kText:
      return std::string(display);
    case SlotCodec::kSortable:
      if (const auto number = whole_number(display)) return Xapian::sortable_serialise(*number);
      return "";
    case SlotCodec::kRank:
      if (const auto rating = parse_rating(display)) {
        return std::to_string(static_cast<int>(*rating));
      }
      return "";
  }
  return "";
}

std::string decode_slot(const FacetSpec& spec, std::string_view slot_value) {
  switch (spec.codec) {
    case SlotCodec::kText:
      return std::string(slot_value);
    case SlotCodec::kSortable:
      if (slot_value.empty()) return "";
      return std::to_string(
          static_cast<long long>(Xapian::sortable_unserialise(std::string(slot_value))));
    case SlotCodec::kRank: {
      const auto rank = whole_number(slot_value);
      if (!rank || *rank < 1 || *rank > 4) return "";
      return std::string(rating_label(static_cast<Rating>(*rank)));
    }
  }
  return "";
}

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
  for (const FacetSpec& spec : kFacets) {
    const auto& value = fields.facets[index_of(spec.facet)];
    const auto number = value && spec.numeric ? whole_number(*value) : std::nullopt;
    data[std::string(spec.name)] = number ? nlohmann::ordered_json(*number) : or_null(value);
  }
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
  for (const FacetSpec& spec : kFacets) {
    fields.facets[index_of(spec.facet)] = stored_facet(json, spec);
  }
  fields.body = optional_string(json, "body").value_or("");
  return fields;
}

}  // namespace yjs::schema
