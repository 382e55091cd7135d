#include "indexer/readers/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "common/errors.h"

namespace yjs::readers {
namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Poppler reports damage in a file on stderr; the reader reports the file instead.
void quiet_poppler() {
  static std::once_flag once;
  std::call_once(
      once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// A line as compared across pages: lower case, every digit '#' ("Page 3 of 9" and "Page 4
// of 9" are one running line).
std::string line_key(std::string_view line) {
  std::string key;
  for (unsigned char c : line) {
    key.push_back(std::isdigit(c) ? '#' : static_cast<char>(std::tolower(c)));
  }
  return key;
}

// "3", "- 3 -", "Page 3", "Page 3 of 9", "3 of 9": a page number.
bool page_number(std::string_view line) {
  std::string key = line_key(line);
  key.erase(std::remove_if(key.begin(), key.end(),
                           [](char c) { return c == ' ' || c == '-' || c == '|'; }),
            key.end());
  if (key.rfind("page", 0) == 0) key.erase(0, 4);
  const std::size_t of = key.find("of");
  if (of != std::string::npos) key.erase(of, 2);
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c == '#'; });
}

using Page = std::vector<std::string>;

// How many lines at a page's top and foot can be running furniture.
constexpr std::size_t kEdgeLines = 3;

// Drops page numbers, and the lines found at the top or foot of at least half the pages
// and at least two: running headers and footers (a one-page PDF keeps its header).
void drop_running_lines(std::vector<Page>& pages) {
  std::map<std::string, std::size_t> pages_with;
  for (const Page& page : pages) {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < page.size(); ++i) {
      if (i < kEdgeLines || i + kEdgeLines >= page.size()) keys.push_back(line_key(page[i]));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::string& key : keys) ++pages_with[key];
  }
  const std::size_t with_text = static_cast<std::size_t>(
      std::count_if(pages.begin(), pages.end(), [](const Page& p) { return !p.empty(); }));
  // A line on at least two pages and half of them (a two-page report's header is on both).
  const std::size_t repeats = std::max<std::size_t>(2, (with_text + 1) / 2);
  for (Page& page : pages) {
    Page kept;
    for (std::size_t i = 0; i < page.size(); ++i) {
      const bool edge = i < kEdgeLines || i + kEdgeLines >= page.size();
      if (page_number(page[i])) continue;
      if (edge && pages_with[line_key(page[i])] >= repeats) continue;
      kept.push_back(std::move(page[i]));
    }
    page = std::move(kept);
  }
}

bool ends_sentence(std::string_view line) {
  if (line.empty()) return true;
  const char c = line.back();
  return c == '.' || c == ':' || c == '!' || c == '?' || c == '"' || line.ends_with("\xE2\x80\x9D");
}

// "Justin Russell": a short line of two to four capitalised words, as a signature is.
bool name_line(std::string_view line) {
  std::size_t words = 0;
  bool word_start = true;
  for (unsigned char c : line) {
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (std::isdigit(c) || c == ':' || c == '.' || c == ',') return false;
    if (word_start && !std::isupper(c)) return false;
    words += word_start ? 1 : 0;
    word_start = false;
  }
  return words >= 2 && words <= 4;
}

// "HM Chief Inspector of Probation" under a name: the signatory's title.
bool signatory_title(std::string_view line) {
  return line.size() < 80 && line.find("Inspector") != std::string_view::npos;
}

// The lines joined into paragraphs, one a line: a line as long as the text's wrapped lines
// that does not end a sentence runs on into the next; "inspec-" + "tion" is "inspection";
// a signature's name and title are one line.
std::string paragraphs(const std::vector<Page>& pages) {
  std::vector<std::size_t> lengths;
  for (const Page& page : pages) {
    for (const std::string& line : page) lengths.push_back(line.size());
  }
  if (lengths.empty()) return "";
  std::sort(lengths.begin(), lengths.end());
  const std::size_t wrapped = lengths[lengths.size() * 9 / 10];  // a full line's length
  std::string out;
  std::string_view previous;
  for (const Page& page : pages) {
    for (const std::string& line : page) {
      const bool lower_next = std::islower(static_cast<unsigned char>(line.front())) != 0;
      const bool hyphenated =
          previous.size() >= 2 && previous.back() == '-' &&
          std::isalpha(static_cast<unsigned char>(previous[previous.size() - 2])) && lower_next;
      if (hyphenated) {
        out.pop_back();  // the hyphen
      } else if (name_line(previous) && signatory_title(line)) {
        out += ", ";  // a signature reads as "NAME, TITLE", as prose names a speaker
      } else if (!previous.empty() && previous.size() * 10 >= wrapped * 7 &&
                 (!ends_sentence(previous) || lower_next)) {
        out.push_back(' ');
      } else if (!out.empty()) {
        out.push_back('\n');
      }
      out += line;
      previous = line;
    }
  }
  return out;
}

// "D:20191114000100+00'00'" -> "2019-11-14"; empty when it is no date.
std::string iso_date(std::string_view pdf_date) {
  if (pdf_date.substr(0, 2) == "D:") pdf_date.remove_prefix(2);
  if (pdf_date.size() < 4 || !std::all_of(pdf_date.begin(), pdf_date.begin() + 4,
                                          [](char c) { return std::isdigit(c); })) {
    return "";
  }
  std::string date(pdf_date.substr(0, 4));
  for (std::size_t at = 4; at + 2 <= pdf_date.size() && at < 8; at += 2) {
    if (!std::isdigit(static_cast<unsigned char>(pdf_date[at])) ||
        !std::isdigit(static_cast<unsigned char>(pdf_date[at + 1]))) {
      break;
    }
    date.append("-").append(pdf_date.substr(at, 2));
  }
  return date;
}

}  // namespace

bool looks_like_pdf(std::string_view content) {
  return content.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

std::optional<Article> parse_pdf_article(std::string_view content, const std::string& id,
                                         const std::string& path, const Warn& warn) {
  quiet_poppler();
  if (content.size() > INT_MAX) throw InputError(path, 0, "PDF too large to read");
  // poppler reads the bytes in place: `content` outlives the document.
  const std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(content.data(), static_cast<int>(content.size())));
  if (!document) throw InputError(path, 0, "not a readable PDF (damaged or truncated)");
  if (document->is_locked()) throw InputError(path, 0, "encrypted PDF (needs a password)");

  // Poppler rebuilds a PDF cut short after its pages: readable, but say so.
  const std::string_view tail = content.substr(content.size() > 1024 ? content.size() - 1024 : 0);
  if (tail.find("%%EOF") == std::string_view::npos) {
    warn(path + ": warning: truncated PDF (no %%EOF at its end); read what could be recovered");
  }
  const int count = document->pages();
  if (count > kMaxPdfPages) {
    warn(path + ": warning: " + std::to_string(count) + " pages; only the first " +
         std::to_string(kMaxPdfPages) + " are read");
  }
  std::vector<Page> pages;
  for (int i = 0; i < std::min(count, kMaxPdfPages); ++i) {
    const std::unique_ptr<poppler::page> page(document->create_page(i));
    Page lines;
    if (page) {
      const std::string text = utf8(page->text());
      for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t eol = std::min(text.find('\n', pos), text.size());
        const std::string_view line = trim(std::string_view(text).substr(pos, eol - pos));
        if (!line.empty()) lines.emplace_back(line);
        pos = eol + 1;
      }
    }
    pages.push_back(std::move(lines));
  }
  drop_running_lines(pages);
  const std::string text = paragraphs(pages);
  if (trim(text).empty()) {
    warn(path + ": warning: skipped: no text in the PDF (scanned images or blank pages)");
    return std::nullopt;
  }

  Article article;
  article.id = id;
  article.path = path;
  const std::size_t first_end = std::min(text.find('\n'), text.size());
  const std::string first_line(text.substr(0, first_end));
  const std::string title = utf8(document->info_key("Title"));
  article.title = trim(title);
  if (article.title.empty()) article.title = first_line;
  // The title page repeats the title: the body starts below it.
  article.body = first_line == article.title && first_end < text.size() ? text.substr(first_end + 1)
                 : first_line == article.title                          ? std::string()
                                                                        : text;
  const std::string created = utf8(document->info_key("CreationDate"));
  article.published = iso_date(trim(created));
  if (!article.published.empty()) {
    article.published_evidence = "PDF CreationDate " + std::string(trim(created));
  }
  return article;
}

}  // namespace yjs::readers
