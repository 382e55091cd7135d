// yjs-make-test-pdf: writes the PDFs the tests (and the sample corpus) need, with cairo's
// PDF surface, so no PDF has to be committed or fetched.
//
//   yjs-make-test-pdf OUT.pdf [--title T] [--created 2019-11-14T00:01:00] [--header TEXT]
//                     [--page-numbers] [--blank-pages N] < PAGES
//   yjs-make-test-pdf OUT.pdf --encrypted
//
// PAGES is UTF-8 text; a line holding only a form feed starts a new page. Lines longer
// than a page is wide are wrapped at spaces; a line ending in '-' stays as written (for
// words hyphenated across lines). --header puts TEXT at the top of every page,
// --page-numbers "Page N of M" at the bottom: the running furniture a reader must drop.
// --blank-pages N writes N empty pages instead. --encrypted writes a small PDF whose
// /Encrypt dictionary no empty password opens. Exit 0, or 2 with a message on misuse.
#include <cairo-pdf.h>
#include <cairo.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr double kWidth = 595;  // A4 in points
constexpr double kHeight = 842;
constexpr double kMargin = 56;
constexpr double kFontSize = 11;
constexpr double kLineHeight = 15;
constexpr std::size_t kWrapColumn = 88;

struct Options {
  std::string out;
  std::string title;
  std::string created;
  std::string header;
  bool page_numbers = false;
  int blank_pages = 0;
  bool encrypted = false;
};

int usage(const std::string& what) {
  std::cerr << "yjs-make-test-pdf: " << what
            << "\nusage: yjs-make-test-pdf OUT.pdf [--title T] [--created ISO] [--header TEXT] "
               "[--page-numbers] [--blank-pages N] [--encrypted] < PAGES\n";
  return 2;
}

// Greedy wrap at spaces; a word longer than the column stays whole.
std::vector<std::string> wrap(const std::string& line) {
  std::vector<std::string> out;
  std::string current;
  std::size_t pos = 0;
  while (pos <= line.size()) {
    const std::size_t space = std::min(line.find(' ', pos), line.size());
    const std::string word = line.substr(pos, space - pos);
    if (!current.empty() && current.size() + 1 + word.size() > kWrapColumn) {
      out.push_back(current);
      current.clear();
    }
    if (!current.empty()) current += ' ';
    current += word;
    pos = space + 1;
  }
  out.push_back(current);
  return out;
}

// Pages of lines, split at form feeds and wrapped; a page that overflows continues on the
// next.
std::vector<std::vector<std::string>> read_pages(std::istream& in) {
  const auto per_page = static_cast<std::size_t>((kHeight - 2 * kMargin - 30) / kLineHeight);
  std::vector<std::vector<std::string>> pages(1);
  std::string line;
  while (std::getline(in, line)) {
    if (line == "\f") {
      pages.emplace_back();
      continue;
    }
    for (const std::string& piece : wrap(line)) {
      if (pages.back().size() == per_page) pages.emplace_back();
      pages.back().push_back(piece);
    }
  }
  return pages;
}

// A PDF with one page of text and an /Encrypt dictionary (RC4, revision 2) whose user
// password hash matches no password: readers must report it locked.
std::string encrypted_pdf() {
  const std::string hash(64, 'A');
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
      "<< /Length 0 >>\nstream\n\nendstream",
      "<< /Filter /Standard /V 1 /R 2 /O <" + hash + "> /U <" + hash + "> /P -4 >>",
  };
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R /Encrypt 5 0 R /ID [<" + std::string(32, '1') + "> <" +
         std::string(32, '1') + ">] >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

void show(cairo_t* cr, double x, double y, const std::string& text) {
  cairo_move_to(cr, x, y);
  cairo_show_text(cr, text.c_str());
}

int write_pdf(const Options& options, const std::vector<std::vector<std::string>>& pages) {
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create(options.out.c_str(), kWidth, kHeight), cairo_surface_destroy);
  if (!options.title.empty()) {
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, options.title.c_str());
  }
  if (!options.created.empty()) {
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE,
                                   options.created.c_str());
  }
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_select_font_face(cr.get(), "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr.get(), kFontSize);
  const std::size_t count = options.blank_pages > 0 ? options.blank_pages : pages.size();
  for (std::size_t p = 0; p < count; ++p) {
    if (options.blank_pages == 0) {
      if (!options.header.empty()) show(cr.get(), kMargin, kMargin - 20, options.header);
      double y = kMargin + kLineHeight;
      for (const std::string& line : pages[p]) {
        show(cr.get(), kMargin, y, line);
        y += kLineHeight;
      }
      if (options.page_numbers) {
        show(cr.get(), kWidth / 2 - 30, kHeight - kMargin + 20,
             "Page " + std::to_string(p + 1) + " of " + std::to_string(count));
      }
    }
    cairo_show_page(cr.get());
  }
  cr.reset();
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    std::cerr << "yjs-make-test-pdf: " << options.out << ": "
              << cairo_status_to_string(cairo_surface_status(surface.get())) << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--title" || arg == "--created" || arg == "--header" || arg == "--blank-pages") {
      const char* v = value();
      if (!v) return usage(std::string(arg) + " needs a value");
      if (arg == "--title") options.title = v;
      if (arg == "--created") options.created = v;
      if (arg == "--header") options.header = v;
      if (arg == "--blank-pages") options.blank_pages = std::atoi(v);
    } else if (arg == "--page-numbers") {
      options.page_numbers = true;
    } else if (arg == "--encrypted") {
      options.encrypted = true;
    } else if (!arg.empty() && arg[0] == '-') {
      return usage("unknown option " + std::string(arg));
    } else if (options.out.empty()) {
      options.out = arg;
    } else {
      return usage("one output file only");
    }
  }
  if (options.out.empty()) return usage("no output file");
  if (options.encrypted) {
    std::ofstream(options.out, std::ios::binary) << encrypted_pdf();
    return 0;
  }
  const auto pages =
      options.blank_pages > 0 ? std::vector<std::vector<std::string>>{} : read_pages(std::cin);
  return write_pdf(options, pages);
}
