#include "indexer/article_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "indexer/readers/furniture.h"

namespace yjs {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string_view trim(std::string_view s) {
  const auto not_space = [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; };
  const auto first = std::find_if(s.begin(), s.end(), not_space);
  const auto last = std::find_if(s.rbegin(), s.rend(), not_space).base();
  return first < last ? std::string_view(&*first, static_cast<std::size_t>(last - first))
                      : std::string_view();
}

std::string without_carriage_returns(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != '\r') out.push_back(c);
  }
  return out;
}

// Lines web pages put above the headline: navigation, cookie banners, the Open Government
// Licence notice GOV.UK prints first, and "Published" markers. Matched at a line's start,
// ignoring case.
constexpr std::array<std::string_view, 16> kBoilerplatePrefixes = {"skip to",
                                                                   "cookies on",
                                                                   "we use some essential cookies",
                                                                   "we use cookies",
                                                                   "accept additional cookies",
                                                                   "reject additional cookies",
                                                                   "view cookies",
                                                                   "hide this message",
                                                                   "all content is available under",
                                                                   "to view this licence",
                                                                   "or write to",
                                                                   "information policy team",
                                                                   "the national archives",
                                                                   "kew,",
                                                                   "or email",
                                                                   "london tw9"};

// "Published", "- Published", "Published:": a marker with no date on the line.
bool bare_published(std::string_view line) {
  while (!line.empty() && (line.front() == '-' || line.front() == ' ')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ':' || line.back() == ' ')) line.remove_suffix(1);
  return readers::starts_with_ignoring_case(line, "published") && line.size() == 9;
}

// A line that only a web page's furniture would hold: dropped from the article.
bool boilerplate(std::string_view line) {
  if (bare_published(line)) return true;
  return std::any_of(
      kBoilerplatePrefixes.begin(), kBoilerplatePrefixes.end(),
      [&](std::string_view p) { return readers::starts_with_ignoring_case(line, p); });
}

// Whether a line reads as a headline rather than a date, a link or a label: it has a letter,
// no web or mail address, does not end in ':' and does not start with "Published" or "By".
bool reads_as_headline(std::string_view line) {
  const bool has_letter = std::any_of(
      line.begin(), line.end(), [](unsigned char c) { return std::isalpha(c) != 0 || c >= 0x80; });
  return has_letter && line.back() != ':' && line.find("http") == std::string_view::npos &&
         line.find("www.") == std::string_view::npos && line.find('@') == std::string_view::npos &&
         !readers::starts_with_ignoring_case(line, "published") &&
         !readers::starts_with_ignoring_case(line, "- published");
}

// The length of the well-formed UTF-8 sequence starting at text[i] (no overlongs,
// surrogates or code points past U+10FFFF), or 0 when none starts there.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  std::uint32_t code = 0;
  if (c < 0x80) {
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
    code = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    code = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    code = c & 0x07;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return 0;
    code = (code << 6) | (next & 0x3F);
  }
  if ((length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
      (length == 4 && (code < 0x10000 || code > 0x10FFFF))) {
    return 0;
  }
  return length;
}

// The lines of a stream, read a block at a time, so that a JSON Lines file of any size
// takes only the memory of one line: a line longer than `max_bytes` is measured, not kept.
class LineReader {
 public:
  LineReader(std::istream& in, std::string display, std::uintmax_t max_bytes)
      : in_(in), display_(std::move(display)), max_bytes_(max_bytes) {}

  // The next line, without its '\n', in `line`; false at the end of the stream. `length`
  // is the line's size in bytes; over max_bytes, `line` is left empty. Throws InputError
  // when the stream cannot be read.
  bool next(std::string& line, std::uintmax_t& length) {
    line.clear();
    length = 0;
    for (bool any = false;; any = true) {
      if (pos_ == block_.size() && !fill()) return any;
      const std::size_t eol = block_.find('\n', pos_);
      const std::size_t end = eol == std::string::npos ? block_.size() : eol;
      length += end - pos_;
      if (length <= max_bytes_) {
        line.append(block_, pos_, end - pos_);
      } else {
        line.clear();
      }
      pos_ = end == block_.size() ? end : end + 1;
      if (eol != std::string::npos) return true;
    }
  }

  // Whether the first block holds a NUL byte: a binary file, not text.
  bool starts_binary() {
    if (bytes_ == 0) fill();
    return block_.find('\0') != std::string::npos;
  }

  std::uintmax_t bytes() const { return bytes_; }

 private:
  bool fill() {
    block_.resize(kBlockBytes);
    in_.read(block_.data(), static_cast<std::streamsize>(kBlockBytes));
    if (in_.bad()) throw InputError(display_, 0, "read failed");
    block_.resize(static_cast<std::size_t>(in_.gcount()));
    pos_ = 0;
    bytes_ += block_.size();
    return !block_.empty();
  }

  static constexpr std::size_t kBlockBytes = 1 << 16;
  std::istream& in_;
  const std::string display_;
  const std::uintmax_t max_bytes_;
  std::string block_;
  std::size_t pos_ = 0;
  std::uintmax_t bytes_ = 0;
};

// Reads every line of a JSON Lines stream as an article. A line over `max_bytes`, or one
// that does not parse, is an error for that line; invalid UTF-8 is replaced by U+FFFD (a
// warning names the first line that had it).
ReadOutcome read_json_lines(std::istream& in, const std::string& display, std::uintmax_t max_bytes,
                            const ArticleSink& sink) {
  LineReader lines(in, display, max_bytes);
  try {
    if (lines.starts_binary()) {
      sink.warn(display + ": warning: skipped: binary file (NUL bytes)");
      return ReadOutcome{.bytes = lines.bytes(), .ignored = true};
    }
    bool any_text = false;
    bool warned_utf8 = false;
    std::string line;
    std::uintmax_t length = 0;
    for (std::size_t number = 1; lines.next(line, length); ++number) {
      if (length <= max_bytes && line.find_first_not_of(" \t\r") == std::string::npos) continue;
      any_text = true;
      if (sink.stop && sink.stop()) break;
      try {
        if (length > max_bytes) {
          throw InputError(display, number,
                           "line of " + std::to_string(length) + " bytes is over --max-bytes " +
                               std::to_string(max_bytes) + " (one article a line)");
        }
        if (!is_valid_utf8(line)) {
          if (!warned_utf8) {
            sink.warn(display + ":" + std::to_string(number) +
                      ": warning: invalid UTF-8 (first on this line), indexed with U+FFFD in "
                      "its place");
          }
          warned_utf8 = true;
          line = with_replacement_characters(line);
        }
        sink.use(parse_jsonl_line(line, display, number));
      } catch (const InputError& e) {
        sink.fail(e);
      }
    }
    if (!any_text) {
      sink.warn(display + ": warning: skipped: empty file");
      return ReadOutcome{.bytes = lines.bytes(), .ignored = true, .empty = true};
    }
  } catch (const InputError& e) {
    sink.fail(e);  // the stream could not be read: what came before it stands
  }
  return ReadOutcome{.bytes = lines.bytes()};
}

}  // namespace

InputFormat format_of(const std::filesystem::path& path) {
  return readers::format_by_extension(path).value_or(InputFormat::kText);
}

bool is_article_file(const std::filesystem::path& path) {
  return readers::format_by_extension(path).has_value();
}

Article parse_text_article(std::string_view content, const std::string& id,
                           const std::string& path) {
  if (content.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    content.remove_prefix(kByteOrderMark.size());
  }
  const std::string text = without_carriage_returns(content);
  Article article;
  article.id = id;
  article.path = path;
  // The title is the first line that reads as a headline; boilerplate above it is dropped
  // and other lines above it ("Published: 14 November 2019") open the body.
  std::string before_title;
  std::string_view first_line;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t eol = std::min(text.find('\n', pos), text.size());
    const std::string_view line = trim(std::string_view(text).substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) continue;
    if (first_line.empty()) first_line = line;
    if (boilerplate(line)) continue;
    if (reads_as_headline(line)) {
      article.title = line;
      break;
    }
    before_title.append(line).append("\n");
  }
  if (article.title.empty()) {
    // No headline-like line: the first non-empty line, as plain text files always had.
    if (first_line.empty()) throw InputError(path, 0, "empty article (no text)");
    article.title = first_line;
    const auto first_offset = static_cast<std::size_t>(first_line.data() - text.data());
    const std::size_t after_first = text.find('\n', first_offset);
    article.body =
        after_first == std::string::npos
            ? ""
            : readers::without_furniture(trim(std::string_view(text).substr(after_first)));
    return article;
  }
  const std::string after =
      readers::without_furniture(pos < text.size() ? trim(std::string_view(text).substr(pos)) : "");
  article.body = before_title.empty() ? after : before_title + after;
  return article;
}

Article parse_jsonl_line(std::string_view line_text, const std::string& path, std::size_t line) {
  auto fail = [&](const std::string& what) { return InputError(path, line, what); };
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(line_text);
  } catch (const nlohmann::json::exception& e) {
    // A syntax error, or a number too large for a double (found by fuzzing). e.what() is
    // long and names nlohmann; keep the part that says what is wrong.
    const std::string what = e.what();
    std::size_t from = what.find("syntax error");
    if (from == std::string::npos)
      from = what.find("] ") == std::string::npos ? 0 : what.find("] ") + 2;
    throw fail("malformed JSON: " + what.substr(from));
  }
  if (!object.is_object())
    throw fail("expected a JSON object, got " + std::string(object.type_name()));

  auto optional_string = [&](const char* key) -> std::optional<std::string> {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) {
      throw fail(std::string("\"") + key + "\" must be a string, not " + it->type_name());
    }
    return it->get<std::string>();
  };

  Article article;
  article.path = path;
  article.line = line;
  const auto id = object.find("id");
  if (id == object.end() || id->is_null()) throw fail("missing \"id\"");
  if (id->is_string()) {
    article.id = id->get<std::string>();
  } else if (id->is_number_integer()) {
    article.id = id->dump();  // exact digits, signed or unsigned
  } else {
    throw fail(std::string("\"id\" must be a string or an integer, not ") + id->type_name());
  }
  if (trim(article.id).empty()) throw fail("\"id\" is empty");

  const auto body = optional_string("body");
  if (!body) throw fail("missing \"body\"");
  article.body = *body;
  article.title = optional_string("title").value_or("");
  article.url = optional_string("url").value_or("");
  article.published = optional_string("published").value_or("");
  article.area = optional_string("area");
  article.rating = optional_string("rating");
  article.kind = optional_string("kind");
  article.chief_inspector = optional_string("chief_inspector");

  const auto year = object.find("year");
  if (year != object.end() && !year->is_null()) {
    const auto is_digits = [](const std::string& s) {
      return !s.empty() && s.size() <= 4 &&
             std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    // Integers as their digits, so a huge one is refused rather than cut down to an int.
    const std::string digits = year->is_number_integer() ? year->dump()
                               : year->is_string()       ? year->get<std::string>()
                                                         : std::string();
    if (!is_digits(digits))
      throw fail("\"year\" must be a whole number like 2019, not " + year->dump());
    article.year = std::stoi(digits);
  }
  return article;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), 0, "cannot open file");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw InputError(path.string(), 0, "read failed");
  return std::move(content).str();
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string with_replacement_characters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for the byte that starts no valid sequence
      ++i;
    } else {
      out.append(text, i, length);
      i += length;
    }
  }
  return out;
}

bool holds_no_text(std::string_view content) {
  return content.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool file_holds_no_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 4096> block{};
  while (in) {
    in.read(block.data(), block.size());
    if (!holds_no_text(std::string_view(block.data(), static_cast<std::size_t>(in.gcount())))) {
      return false;
    }
  }
  return in.eof();
}

ReadOutcome read_articles_from(std::string_view content, const std::string& display,
                               InputFormat format, const std::string& id, const ArticleSink& sink) {
  if (format == InputFormat::kJsonLines) {
    std::istringstream in{std::string(content)};
    return read_json_lines(in, display, std::numeric_limits<std::uintmax_t>::max(), sink);
  }
  ReadOutcome outcome;
  outcome.bytes = content.size();
  auto ignore = [&](const std::string& why) {
    sink.warn(display + ": warning: skipped: " + why);
    outcome.ignored = true;
    return outcome;
  };
  const readers::FormatSpec& spec = readers::spec_of(readers::format_of_content(content, format));
  if (spec.text && content.find('\0') != std::string::npos) {
    return ignore("binary file (NUL bytes)");
  }
  if (holds_no_text(content)) {
    outcome.empty = true;
    return ignore("empty file");
  }
  if (spec.utf8 && !is_valid_utf8(content)) {
    sink.warn(display + ": warning: invalid UTF-8, indexed with U+FFFD in its place");
  }
  try {
    if (std::optional<Article> article = spec.read(content, id, display, sink.warn)) {
      sink.use(std::move(*article));
    } else {
      outcome.ignored = true;
    }
  } catch (const InputError& e) {
    sink.fail(e);
  }
  return outcome;
}

ReadOutcome read_articles(const std::filesystem::path& path, const std::string& id,
                          const ReadOptions& options, const ArticleSink& sink) {
  const std::string display = path.generic_string();
  // Each article records its file by the file's id (relative to the database's root), so
  // the stored path opens from anywhere given the root; messages name the file as found.
  ArticleSink rooted = sink;
  rooted.use = [&](Article&& article) {
    article.path = id;
    sink.use(std::move(article));
  };
  if (format_of(path) == InputFormat::kJsonLines) {
    // Streamed: --max-bytes bounds each line (an article), not the whole feed.
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      sink.fail(InputError(display, 0, "cannot open file"));
      return ReadOutcome{};
    }
    return read_json_lines(in, display, options.max_bytes, rooted);
  }
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > options.max_bytes) {
    sink.warn(display + ": warning: skipped: " + std::to_string(size) +
              " bytes is over --max-bytes " + std::to_string(options.max_bytes));
    return ReadOutcome{.bytes = 0, .ignored = true};
  }
  std::string content;
  try {
    content = read_file(path);
  } catch (const InputError& e) {
    sink.fail(e);
    return ReadOutcome{};
  }
  return read_articles_from(content, display, format_of(path), id, rooted);
}

}  // namespace yjs
