// The input formats yjs-index reads, as one table: how each is recognised (file extension,
// and content for files whose extension lies) and which reader reads it.
#pragma once

#include <array>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "common/article.h"

namespace yjs {

enum class InputFormat { kText, kJsonLines, kHtml, kPdf };

namespace readers {

using Warn = std::function<void(const std::string&)>;

// Reads a file holding one article (`path` names it in messages and in the Article).
// Returns nullopt when the file holds no article and was skipped with a warning (a PDF
// with no text); throws InputError when the file cannot be read as this format.
using WholeFileReader = std::optional<Article> (*)(std::string_view content, const std::string& id,
                                                   const std::string& path, const Warn& warn);

struct FormatSpec {
  InputFormat format;
  std::string_view name;                       // "plain text", "HTML", ...
  std::array<std::string_view, 3> extensions;  // lower case with the dot; "" when unused
  bool text;  // a text format: NUL bytes mean a binary file (skipped with a warning)
  bool utf8;  // UTF-8 only: invalid sequences are warned about (HTML declares its charset)
  bool (*recognises)(std::string_view content);  // by content; nullptr: by extension only
  WholeFileReader read;  // nullptr for JSON Lines, which holds one article a line
};

// Every format, plain text first (what a file of no known extension is read as).
const std::array<FormatSpec, 4>& formats();

const FormatSpec& spec_of(InputFormat format);

// The format a file's extension (any case) names, if any.
std::optional<InputFormat> format_by_extension(const std::filesystem::path& path);

// The format to read `content` as: the one its content is recognised as (a PDF called
// .html, a page saved as .txt), else `by_extension`. JSON Lines is never second-guessed.
InputFormat format_of_content(std::string_view content, InputFormat by_extension);

}  // namespace readers
}  // namespace yjs
