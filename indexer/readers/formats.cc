#include "indexer/readers/formats.h"

#include <algorithm>
#include <cctype>

#include "indexer/article_reader.h"
#include "indexer/readers/html_reader.h"
#include "indexer/readers/pdf_reader.h"

namespace yjs::readers {
namespace {

std::optional<Article> read_text(std::string_view content, const std::string& id,
                                 const std::string& path, const Warn&) {
  return parse_text_article(content, id, path);
}

std::optional<Article> read_html(std::string_view content, const std::string& id,
                                 const std::string& path, const Warn&) {
  return parse_html_article(content, id, path);
}

constexpr std::array<FormatSpec, 4> kFormats = {{
    {InputFormat::kText, "plain text", {".txt", "", ""}, true, true, nullptr, read_text},
    {InputFormat::kJsonLines, "JSON Lines", {".jsonl", "", ""}, true, true, nullptr, nullptr},
    {InputFormat::kHtml,
     "HTML",
     {".html", ".htm", ".xhtml"},
     true,
     false,
     looks_like_html,
     read_html},
    {InputFormat::kPdf, "PDF", {".pdf", "", ""}, false, false, looks_like_pdf, parse_pdf_article},
}};

}  // namespace

const std::array<FormatSpec, 4>& formats() { return kFormats; }

const FormatSpec& spec_of(InputFormat format) {
  return *std::find_if(kFormats.begin(), kFormats.end(),
                       [&](const FormatSpec& spec) { return spec.format == format; });
}

std::optional<InputFormat> format_by_extension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  if (ext.empty()) return std::nullopt;
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const FormatSpec& spec : kFormats) {
    if (std::find(spec.extensions.begin(), spec.extensions.end(), ext) != spec.extensions.end()) {
      return spec.format;
    }
  }
  return std::nullopt;
}

InputFormat format_of_content(std::string_view content, InputFormat by_extension) {
  if (by_extension == InputFormat::kJsonLines) return by_extension;
  for (const FormatSpec& spec : kFormats) {
    if (spec.recognises && spec.recognises(content)) return spec.format;
  }
  return by_extension;
}

}  // namespace yjs::readers
