// Article reader: turns input files into Articles. Plain text (.txt, one article a file,
// first non-empty line is the title), JSON Lines (.jsonl, one article an object), and the
// formats of readers/formats.h (HTML pages, PDF reports), each file read as what its content
// says it is when that differs from its extension.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "common/article.h"
#include "common/errors.h"
#include "indexer/readers/formats.h"

namespace yjs {

// The format a file's extension names (readers/formats.h: .txt, .jsonl, .html, .htm,
// .xhtml, .pdf, any case); plain text for any other.
InputFormat format_of(const std::filesystem::path& path);

// True for the files a folder is searched for: those of an extension in the formats table.
bool is_article_file(const std::filesystem::path& path);

// Parses one plain-text article. `id` becomes the article id, `path` its source path.
// A leading UTF-8 byte order mark and CR line ends are dropped, and so is page furniture
// (readers/furniture.h) in the body. Throws InputError when the text has no non-blank line.
Article parse_text_article(std::string_view content, const std::string& id,
                           const std::string& path);

// Parses one JSON Lines line (1-based `line` of `path`). Required: "id" (string or
// integer) and "body" (string); optional strings "title", "url", "published", "area",
// "rating", "chief_inspector" and "year" (integer or digit string). Unknown keys are
// ignored. Throws InputError("path:line: ...") for malformed JSON or wrong types.
Article parse_jsonl_line(std::string_view line_text, const std::string& path, std::size_t line);

// Reads a whole file into memory. Throws InputError naming the file when it cannot.
std::string read_file(const std::filesystem::path& path);

// Limits on what read_articles() accepts.
struct ReadOptions {
  // Files larger than this are skipped with a warning (not read, not an error); in a JSON
  // Lines file, which is read a line at a time, a longer line is an error for that line.
  std::uintmax_t max_bytes = 32ull << 20;
};

// Where read_articles() sends what it finds, in file order.
struct ArticleSink {
  std::function<void(Article&&)> use;            // each article
  std::function<void(const InputError&)> fail;   // a bad file or line (an error)
  std::function<void(const std::string&)> warn;  // "path: warning: ..." (not an error)
  // Asked before each line of a JSON Lines file, when set: true leaves the rest unread.
  std::function<bool()> stop = nullptr;
};

struct ReadOutcome {
  std::uintmax_t bytes = 0;  // bytes read
  bool ignored = false;      // the file was skipped on purpose (binary, empty, too large)
  bool empty = false;        // ...because it holds no text (an emptied file is a gone article)
};

// True when `content` holds nothing but white space: an empty file, skipped.
bool holds_no_text(std::string_view content);

// True when the file at `path` holds nothing but white space (it is read only as far as
// its first other character). False when it cannot be read.
bool file_holds_no_text(const std::filesystem::path& path);

// Reads every article of one file (a text, HTML or PDF article, or each line of a JSON
// Lines file); each article's `path` is `id`, the file's id (messages name `path` as
// given). Never throws InputError: one bad line does not stop the others. Binary files
// (NUL bytes, unless a PDF; in JSON Lines, in its first 64 KiB), empty files, PDFs with no
// text and files over options.max_bytes are skipped with a warning; a JSON Lines file is
// streamed, holding one line in memory, and options.max_bytes bounds each line instead.
// Invalid UTF-8 in a text or JSON Lines file is indexed with U+FFFD in its place, with a
// warning (in JSON Lines, naming the first line that has it). `id` is the whole-file
// article's id.
ReadOutcome read_articles(const std::filesystem::path& path, const std::string& id,
                          const ReadOptions& options, const ArticleSink& sink);

// read_articles() on `content` already in memory, named `display` in messages: the same
// checks (binary, empty, invalid UTF-8) and parsing, without the file system and with no
// size limit. `format` is the one the file's name gives; the content may say otherwise
// (formats.h).
ReadOutcome read_articles_from(std::string_view content, const std::string& display,
                               InputFormat format, const std::string& id, const ArticleSink& sink);

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view text);

// `text` with U+FFFD in place of each byte that starts no well-formed UTF-8 sequence.
std::string with_replacement_characters(std::string_view text);

}  // namespace yjs
