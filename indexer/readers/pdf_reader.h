// PDF reader: a report as published (title page, ratings table, foreword, chapters,
// glossary, annexes) as one Article, with poppler.
//
// Text is read page by page in reading order; lines the pages repeat at their top or foot
// (a running header, "Page 3 of 40") are dropped, lines wrapped inside a paragraph are
// joined into one (so a sentence is one line, as in a text article), and a word hyphenated
// across a line end is joined. The document's Title is the title (else its first line), its
// CreationDate the publication date, with the info key as evidence. The pages come in
// order, so the front matter, where a report states its service, rating and chief
// inspector, is read first.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/article.h"
#include "indexer/readers/formats.h"

namespace yjs::readers {

// At most this many pages of one PDF are read (a warning says when more were not).
inline constexpr int kMaxPdfPages = 1000;

// True when `content` starts with a PDF header ("%PDF-", possibly after a little junk).
bool looks_like_pdf(std::string_view content);

// Reads one PDF. Throws InputError naming `path` for a damaged, truncated or encrypted
// PDF; returns nullopt, after a warning through `warn`, for one with no text (scanned
// images, blank pages).
std::optional<Article> parse_pdf_article(std::string_view content, const std::string& id,
                                         const std::string& path, const Warn& warn);

}  // namespace yjs::readers
