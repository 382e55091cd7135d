#include "indexer/readers/pdf_reader.h"

#include <gtest/gtest.h>

#include <vector>

#include "common/errors.h"
#include "indexer/article_reader.h"

namespace yjs::readers {
namespace {

// The PDFs the build writes with cairo (tests/CMakeLists.txt) from
// tests/data/documents/pdf/leicester-city-2019-report.txt.
std::string pdf(const std::string& name) { return read_file(YJS_TEST_PDF_DIR "/" + name); }

struct Read {
  std::optional<Article> article;
  std::vector<std::string> warnings;
};

Read read(const std::string& content, const std::string& path = "r.pdf") {
  Read out;
  out.article = parse_pdf_article(content, "id", path,
                                  [&](const std::string& w) { out.warnings.push_back(w); });
  return out;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(PdfReaderTest, ReportTextMetadataAndFurniture) {
  const Read got = read(pdf("leicester-city-2019-report.pdf"));
  ASSERT_TRUE(got.article);
  EXPECT_TRUE(got.warnings.empty());
  const Article& a = *got.article;
  EXPECT_EQ(a.title, "An inspection of youth offending services in Leicester City");
  EXPECT_EQ(a.published, "2019-11-14");
  EXPECT_TRUE(has(a.published_evidence, "PDF CreationDate 20191114")) << a.published_evidence;
  // Running header and page numbers are gone; the title page's title is not repeated.
  EXPECT_FALSE(has(a.body, "Inspection of youth offending services: Leicester City")) << a.body;
  EXPECT_FALSE(has(a.body, "Page 1 of")) << a.body;
  EXPECT_FALSE(has(a.body, a.title)) << a.body;
  // Front matter first, in reading order.
  EXPECT_EQ(a.body.rfind("HM Inspectorate of Probation\nNovember 2019\nForeword\n", 0), 0u)
      << a.body;
  EXPECT_LT(a.body.find("Justin Russell"), a.body.find("Glossary"));
  // Wrapped lines of a paragraph are one line; words split at a line end are whole.
  EXPECT_TRUE(has(a.body,
                  "across three broad areas: the arrangements for organisational delivery of the "
                  "service, the quality"))
      << a.body;
  EXPECT_TRUE(has(a.body, "Case managers gathered information from")) << a.body;
  EXPECT_TRUE(has(a.body, "a child's circumstances, and plans")) << a.body;
  EXPECT_TRUE(has(a.body, "\nOverall rating: Good\n")) << a.body;
  EXPECT_TRUE(has(a.body, "\nJustin Russell, HM Chief Inspector of Probation\n")) << a.body;
}

// Run through the real generator: a two-page PDF's header is on both pages, so it goes;
// a line on one page only stays.
TEST(PdfReaderTest, ATwoPageHeaderIsDropped) {
  const Read got = read(pdf("two-pages.pdf"));
  ASSERT_TRUE(got.article);
  EXPECT_FALSE(has(got.article->body, "Running header")) << got.article->body;
  EXPECT_TRUE(has(got.article->body, "The first page holds a sentence")) << got.article->body;
  EXPECT_TRUE(has(got.article->body, "The second page holds another sentence"))
      << got.article->body;
}

TEST(PdfReaderTest, WithoutMetadataTheFirstLineIsTheTitle) {
  const Read got = read(pdf("report-no-metadata.pdf"));
  ASSERT_TRUE(got.article);
  EXPECT_EQ(got.article->title, "An inspection of youth offending services in Leicester City");
  EXPECT_TRUE(has(got.article->body, "Glossary"));
}

TEST(PdfReaderTest, EncryptedTruncatedAndBlankPdfsAreReported) {
  try {
    read(pdf("encrypted.pdf"), "locked.pdf");
    FAIL() << "an encrypted PDF was read";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "locked.pdf: error: encrypted PDF (needs a password)");
  }
  const std::string whole = pdf("leicester-city-2019-report.pdf");
  for (const std::size_t size : {whole.size() / 10, whole.size() / 2}) {
    EXPECT_THROW(read(whole.substr(0, size), "cut.pdf"), InputError) << size << " bytes";
  }
  // Cut in its cross-reference table, after every page: read, with a warning.
  const Read cut = read(whole.substr(0, whole.size() - 40), "cut.pdf");
  ASSERT_TRUE(cut.article);
  EXPECT_TRUE(has(cut.article->body, "Glossary"));
  ASSERT_EQ(cut.warnings.size(), 1u);
  EXPECT_EQ(cut.warnings[0],
            "cut.pdf: warning: truncated PDF (no %%EOF at its end); read what could be recovered");
  EXPECT_THROW(read("%PDF-1.4\nnot really a pdf"), InputError);
  const Read blank = read(pdf("blank-pages.pdf"), "blank.pdf");
  EXPECT_FALSE(blank.article);
  ASSERT_EQ(blank.warnings.size(), 1u);
  EXPECT_EQ(blank.warnings[0],
            "blank.pdf: warning: skipped: no text in the PDF (scanned images or blank pages)");
}

// Through read_articles_from: a PDF's bytes are no "binary file", and a PDF named .html
// is read as a PDF.
TEST(PdfReaderTest, ReadByContentWhateverItsName) {
  std::vector<Article> articles;
  std::vector<std::string> problems;
  const ArticleSink sink{.use = [&](Article&& a) { articles.push_back(std::move(a)); },
                         .fail = [&](const InputError& e) { problems.push_back(e.what()); },
                         .warn = [&](const std::string& w) { problems.push_back(w); }};
  read_articles_from(pdf("leicester-city-2019-report.pdf"), "report.html", InputFormat::kHtml,
                     "report.html", sink);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_EQ(articles[0].title, "An inspection of youth offending services in Leicester City");
}

TEST(PdfReaderTest, RecognisesPdfByContent) {
  EXPECT_TRUE(looks_like_pdf("%PDF-1.7\n"));
  EXPECT_TRUE(looks_like_pdf("junk\r\n%PDF-1.4"));
  EXPECT_FALSE(looks_like_pdf("Plain text about PDF files"));
}

}  // namespace
}  // namespace yjs::readers
