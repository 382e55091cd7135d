#include "searcher/query_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <tuple>

namespace yjs {
namespace {

constexpr std::array<std::string_view, 3> kCurlyQuotes = {"\u201C", "\u201D", "\u201E"};
constexpr std::array<std::string_view, 5> kStructuringOperators = {"AND", "NOT", "XOR", "NEAR",
                                                                   "ADJ"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::optional<int> four_digit_year(std::string_view text) {
  int year = 0;
  if (text.size() != 4) return std::nullopt;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return year;
}

}  // namespace

std::string straighten_quotes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto curly =
        std::find_if(kCurlyQuotes.begin(), kCurlyQuotes.end(),
                     [&](std::string_view q) { return text.substr(i).starts_with(q); });
    if (curly != kCurlyQuotes.end()) {
      out += '"';
      i += curly->size();
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::optional<std::vector<Chunk>> plain_chunks(std::string_view query,
                                               bool (*is_facet_field)(std::string_view)) {
  std::vector<Chunk> out;
  for (std::size_t at = 0; at < query.size();) {
    if (is_space(query[at])) {
      ++at;
      continue;
    }
    const std::size_t begin = at;
    bool quoted = false;
    for (; at < query.size() && (quoted || !is_space(query[at])); ++at) {
      if (query[at] == '"') quoted = !quoted;
      if (!quoted && (query[at] == '(' || query[at] == ')')) return std::nullopt;
    }
    std::string_view text = query.substr(begin, at - begin);
    if (std::find(kStructuringOperators.begin(), kStructuringOperators.end(), text) !=
        kStructuringOperators.end()) {
      return std::nullopt;
    }
    Chunk chunk{Chunk::Kind::kText, text};
    if (text == "OR") {
      chunk.kind = Chunk::Kind::kOr;
    } else {
      if (text.size() > 1 && (text[0] == '+' || text[0] == '-')) {
        chunk.sign = text[0];
        chunk.text = text = text.substr(1);
      }
      const std::size_t colon = text.find(':');
      if (text.front() == '"') {
        chunk.kind = Chunk::Kind::kPhrase;
      } else if (colon != std::string_view::npos && is_facet_field(text.substr(0, colon))) {
        chunk.kind = Chunk::Kind::kFacet;
      }
    }
    out.push_back(chunk);
  }
  return out;
}

std::optional<std::string> year_filter_value(std::string_view value) {
  for (const auto& [sign, shift, from] : {std::tuple<std::string_view, int, bool>{">=", 0, true},
                                          {"<=", 0, false},
                                          {">", 1, true},
                                          {"<", -1, false}}) {
    if (!value.starts_with(sign)) continue;
    const auto bound = four_digit_year(value.substr(sign.size()));
    if (!bound) return std::nullopt;
    const std::string year = std::to_string(*bound + shift);
    return from ? year + ".." : ".." + year;
  }
  for (std::string_view dash : {"..", "\u2013", "-"}) {
    const std::size_t at = value.find(dash);
    if (at == std::string_view::npos) continue;
    const std::string_view left = value.substr(0, at);
    const std::string_view right = value.substr(at + dash.size());
    const auto from = four_digit_year(left);
    const auto to = four_digit_year(right);
    if ((!left.empty() && !from) || (!right.empty() && !to) || (!from && !to)) return std::nullopt;
    if (from && to && *from > *to) return std::nullopt;
    if (from && to && *from == *to) return std::to_string(*from);
    return (from ? std::to_string(*from) : "") + ".." + (to ? std::to_string(*to) : "");
  }
  if (const auto year = four_digit_year(value)) return std::to_string(*year);
  return std::nullopt;
}

}  // namespace yjs
