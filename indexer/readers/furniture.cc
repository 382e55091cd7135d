#include "indexer/readers/furniture.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace yjs::readers {
namespace {

// Line openings of site furniture, lower case.
constexpr std::array<std::string_view, 20> kFurnitureOpenings = {
    "image source,",
    "follow bbc",
    "follow us on",
    "send your story ideas",
    "send us your story",
    "you can follow",
    "media enquiries",
    "for media enquiries",
    "press enquiries",
    "for press enquiries",
    "for further information, contact",
    "for further information please contact",
    "for more information, contact",
    "for more information please contact",
    "skip to main content",
    "skip to content",
    "cookies on",
    "we use some essential cookies",
    "accept additional cookies",
    "reject additional cookies",
};

// Headings of lists of other stories, lower case, compared whole.
constexpr std::array<std::string_view, 12> kRelatedHeadings = {
    "related topics",     "related content",
    "related stories",    "related internet links",
    "more on this story", "top stories",
    "latest news",        "more news",
    "most read",          "you may also be interested in",
    "explore the topic",  "other news",
};

std::string_view trimmed(std::string_view line) {
  const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!line.empty() && space(line.front())) line.remove_prefix(1);
  while (!line.empty() && space(line.back())) line.remove_suffix(1);
  return line;
}

// "5. Media enquiries" -> "Media enquiries": notes to editors are numbered.
std::string_view without_list_number(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i == 0 || i >= line.size() || (line[i] != '.' && line[i] != ')')) return line;
  ++i;
  while (i < line.size() && line[i] == ' ') ++i;
  return line.substr(i);
}

}  // namespace

bool starts_with_ignoring_case(std::string_view line, std::string_view prefix) {
  return line.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), line.begin(), [](char lower, char c) {
           return std::tolower(static_cast<unsigned char>(c)) == lower;
         });
}

bool is_furniture_line(std::string_view line) {
  const std::string_view rest = without_list_number(trimmed(line));
  return std::any_of(
      kFurnitureOpenings.begin(), kFurnitureOpenings.end(),
      [&](std::string_view opening) { return starts_with_ignoring_case(rest, opening); });
}

bool is_related_heading(std::string_view line) {
  std::string_view text = trimmed(line);
  while (!text.empty() && (text.back() == ':' || text.back() == '.')) text.remove_suffix(1);
  return std::any_of(
      kRelatedHeadings.begin(), kRelatedHeadings.end(), [&](std::string_view heading) {
        return text.size() == heading.size() && starts_with_ignoring_case(text, heading);
      });
}

std::string without_furniture(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t eol = std::min(text.find('\n', pos), text.size());
    const std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (is_related_heading(line)) break;
    if (is_furniture_line(line)) continue;
    out.append(line);
    if (eol < text.size()) out.push_back('\n');
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace yjs::readers
