#include "indexer/article_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/testing/test_db.h"

namespace yjs {
namespace {

TEST(ArticleReaderTest, TitleIsFirstNonEmptyLine) {
  const Article a = parse_text_article(
      "\n\n  Inspectors rate service Good  \n\nBody line one.\nTwo.\n", "x.txt", "dir/x.txt");
  EXPECT_EQ(a.title, "Inspectors rate service Good");
  EXPECT_EQ(a.body, "Body line one.\nTwo.");
  EXPECT_EQ(a.id, "x.txt");
  EXPECT_EQ(a.path, "dir/x.txt");
  EXPECT_EQ(a.line, 0u);
}

TEST(ArticleReaderTest, BoilerplateLinesAreNotTheTitle) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Skip to content\nCookies on GOV.UK\nWe use some essential cookies.\nSurrey YOS rated "
       "Good\nBody.",
       "Surrey YOS rated Good"},
      {"- Published\nYouth justice team told to improve\nBody.",
       "Youth justice team told to improve"},
      {"Published\n\nHull rated Good\nBody.", "Hull rated Good"},
      {"Skip to content\nAll content is available under the Open Government Licence v3.0.\n"
       "To view this licence, visit:\nhttps://example.org/licence\nor write to:\n"
       "Information Policy Team,\nThe National Archives,\nKew,\nLondon TW9 4DU\n"
       "This publication is available at:\nhttps://example.org\nLeeds YOS rated Good\nBody.",
       "Leeds YOS rated Good"},
  };
  for (const auto& [text, title] : cases) {
    const Article a = parse_text_article(text, "id", "p");
    EXPECT_EQ(a.title, title) << text;
    EXPECT_EQ(a.body.find("Skip to"), std::string::npos) << text;
  }
  // A dated line above the headline opens the body, so its date is still read.
  const Article dated =
      parse_text_article("Published: 5 May 2020\nWigan YOT rated Good\nBody.", "id", "p");
  EXPECT_EQ(dated.title, "Wigan YOT rated Good");
  EXPECT_EQ(dated.body, "Published: 5 May 2020\nBody.");
  // Nothing reads as a headline: the first non-empty line, as before.
  EXPECT_EQ(parse_text_article("Skip to content\nMore", "id", "p").title, "More");
  EXPECT_EQ(parse_text_article("http://a.example\nx:", "id", "p").title, "http://a.example");
}

TEST(ArticleReaderTest, DropsByteOrderMarkAndCarriageReturns) {
  const Article a = parse_text_article("\xEF\xBB\xBFTitle\r\nBody\r\nMore\r\n", "id", "p");
  EXPECT_EQ(a.title, "Title");
  EXPECT_EQ(a.body, "Body\nMore");
}

TEST(ArticleReaderTest, TitleOnlyArticleHasEmptyBody) {
  const Article a = parse_text_article("Just a title", "id", "p");
  EXPECT_EQ(a.title, "Just a title");
  EXPECT_EQ(a.body, "");
}

TEST(ArticleReaderTest, BlankTextIsAnError) {
  try {
    parse_text_article(" \n\t\n", "id", "dir/empty.txt");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "dir/empty.txt: error: empty article (no text)");
  }
}

TEST(ArticleReaderTest, ReadsJsonLinesFields) {
  const Article a = parse_jsonl_line(
      R"({"id": "a1", "title": "T", "body": "B", "url": "https://x", "published": "24 June 2025",)"
      R"( "area": "Leicester City", "year": 2025, "rating": "requires improvement",)"
      R"( "chief_inspector": "Martin Jones", "extra": [1, 2]})",
      "feed.jsonl", 3);
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.body, "B");
  EXPECT_EQ(a.url, "https://x");
  EXPECT_EQ(a.published, "24 June 2025");
  EXPECT_EQ(a.area, "Leicester City");
  EXPECT_EQ(a.year, 2025);
  EXPECT_EQ(a.rating, "requires improvement");
  EXPECT_EQ(a.chief_inspector, "Martin Jones");
  EXPECT_EQ(a.path, "feed.jsonl");
  EXPECT_EQ(a.line, 3u);
}

TEST(ArticleReaderTest, JsonLinesAcceptsIntegerIdAndStringYear) {
  const Article a = parse_jsonl_line(R"({"id": 42, "body": "B", "year": "2019"})", "f", 1);
  EXPECT_EQ(a.id, "42");
  EXPECT_EQ(a.year, 2019);
  EXPECT_EQ(
      parse_jsonl_line(R"({"id": 18446744073709551615, "body": "B", "year": 2019})", "f", 1).id,
      "18446744073709551615");
  EXPECT_EQ(a.title, "");
  EXPECT_FALSE(a.area.has_value());
}

struct BadLine {
  std::string json;
  std::string message;
};

TEST(ArticleReaderTest, JsonLinesErrorsNameFileLineAndProblem) {
  const std::vector<BadLine> cases = {
      {R"({"id": "x", "body": )", "f.jsonl:9: error: malformed JSON: syntax error"},
      {R"(["a"])", "f.jsonl:9: error: expected a JSON object, got array"},
      {R"({"body": "B"})", "f.jsonl:9: error: missing \"id\""},
      {R"({"id": "", "body": "B"})", "f.jsonl:9: error: \"id\" is empty"},
      {R"({"id": 1.5, "body": "B"})", "f.jsonl:9: error: \"id\" must be a string or an integer"},
      {R"({"id": "x"})", "f.jsonl:9: error: missing \"body\""},
      {R"({"id": "x", "body": 3})", "f.jsonl:9: error: \"body\" must be a string, not number"},
      {R"({"id": "x", "body": "B", "year": "last year"})",
       "f.jsonl:9: error: \"year\" must be a whole number"},
      // Found by the article reader fuzz target: a number too large for a double.
      {R"({"id": 444444444e444444, "body": "B"})",
       "f.jsonl:9: error: malformed JSON: number overflow parsing '444444444e444444'"},
      // Not cut down to an int (4294969312 would become 2016).
      {R"({"id": "x", "body": "B", "year": 4294969312})",
       "f.jsonl:9: error: \"year\" must be a whole number like 2019, not 4294969312"},
  };
  for (const auto& c : cases) {
    try {
      parse_jsonl_line(c.json, "f.jsonl", 9);
      ADD_FAILURE() << "no error for " << c.json;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()).rfind(c.message, 0), 0u)
          << "for " << c.json << "\n got: " << e.what();
    }
  }
}

TEST(ArticleReaderTest, FormatFollowsExtension) {
  EXPECT_EQ(format_of("a/b.jsonl"), InputFormat::kJsonLines);
  EXPECT_EQ(format_of("a/b.JSONL"), InputFormat::kJsonLines);
  EXPECT_EQ(format_of("a/b.txt"), InputFormat::kText);
  EXPECT_EQ(format_of("README"), InputFormat::kText);
  EXPECT_EQ(format_of("page.HTM"), InputFormat::kHtml);
  EXPECT_EQ(format_of("report.pdf"), InputFormat::kPdf);
}

// A folder is searched for the files format_of() reads, in any case: "b.Txt" as "b.txt".
TEST(ArticleReaderTest, ArticleFilesAreThoseOfTheFormatsTableInAnyCase) {
  for (const char* name : {"a/b.txt", "a/b.TXT", "a/b.Txt", "b.jsonl", "b.JSONL", "b.JsonL",
                           "p.html", "p.HTM", "p.xhtml", "r.pdf", "r.PDF"}) {
    EXPECT_TRUE(is_article_file(name)) << name;
  }
  for (const char* name : {"README", "a/b.md", "b.txt.bak", "b.json", "txt"}) {
    EXPECT_FALSE(is_article_file(name)) << name;
  }
}

TEST(ArticleReaderTest, ReadsFixtureFileAndReportsMissingOnes) {
  const std::string content = read_file(testing::test_data("articles/leicester-city-2019.txt"));
  EXPECT_NE(content.find("Leicester City Children and Young People's Justice Service"),
            std::string::npos);
  EXPECT_THROW(read_file(testing::test_data("articles/no-such-file.txt")), InputError);
}

}  // namespace
}  // namespace yjs

namespace yjs {
namespace {

TEST(ArticleReaderTest, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8("plain ASCII"));
  EXPECT_TRUE(is_valid_utf8("Ærøskøbing ’ 東京 😀"));
  EXPECT_FALSE(is_valid_utf8("caf\xe9"));           // Latin-1
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xe2\x80"));          // truncated
  EXPECT_EQ(with_replacement_characters("caf\xe9 \xe2\x80 \xc0\xaf ok \xe2\x80\x99"),
            "caf\uFFFD \uFFFD\uFFFD \uFFFD\uFFFD ok \u2019");
}

struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
  ArticleSink sink() {
    return {[this](Article&& a) { articles.push_back(std::move(a)); },
            [this](const InputError& e) { errors.push_back(e.what()); },
            [this](const std::string& w) { warnings.push_back(w); }};
  }
};

TEST(ArticleReaderTest, TwentyMegabyteSingleLineIsIndexedWhole) {
  testing::TempDir dir;
  const auto path = dir.path() / "huge.txt";
  std::string text = "Huge article\n";
  while (text.size() < (20u << 20)) text += "resettlement speech language ";
  std::ofstream(path, std::ios::binary) << text;
  Collected got;
  const ReadOutcome outcome = read_articles(path, "huge.txt", ReadOptions{}, got.sink());
  EXPECT_FALSE(outcome.ignored);
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_GT(got.articles[0].body.size(), 20u << 19);
  EXPECT_TRUE(got.errors.empty());
}

// A sink's stop is asked before each line of a JSON Lines file: once it says stop, no
// further line is read, good or bad.
TEST(ArticleReaderTest, StopLeavesTheRestOfAJsonLinesFileUnread) {
  const std::string feed =
      "{\"id\": \"a\", \"body\": \"x\"}\n{\"id\": \"b\", \"body\": \"x\"}\n"
      "{\"id\": \"c\", \"body\": \"x\"}\nnot json\n";
  Collected got;
  ArticleSink sink = got.sink();
  int asked = 0;
  sink.stop = [&] { return ++asked > 2; };
  read_articles_from(feed, "feed.jsonl", InputFormat::kJsonLines, "feed.jsonl", sink);
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[1].id, "b");
  EXPECT_TRUE(got.errors.empty());
  EXPECT_EQ(asked, 3);

  Collected all;  // without a stop, every line
  read_articles_from(feed, "feed.jsonl", InputFormat::kJsonLines, "feed.jsonl", all.sink());
  EXPECT_EQ(all.articles.size(), 3u);
  EXPECT_EQ(all.errors.size(), 1u);
}

// A JSON Lines file is read a line at a time: a feed larger than --max-bytes is indexed,
// and the limit bounds each line (an article), a longer one being an error for that line.
// Lines longer than the reader's block (64 KiB) arrive whole, the last without its '\n'.
TEST(ArticleReaderTest, JsonLinesAreStreamedWithMaxBytesBoundingEachLine) {
  testing::TempDir dir;
  const std::string long_body(300'000, 'x');
  {
    std::ofstream feed(dir.path() / "feed.jsonl", std::ios::binary);
    feed << "{\"id\": \"a\", \"body\": \"short\"}\n"
         << "{\"id\": \"b\", \"body\": \"" << long_body << "\"}\n"
         << "\n"
         << "{\"id\": \"c\", \"body\": \"" << long_body << "\"}";  // no final line end
  }
  Collected whole;
  const ReadOutcome all = read_articles(dir.path() / "feed.jsonl", "feed.jsonl",
                                        ReadOptions{.max_bytes = 1u << 20}, whole.sink());
  EXPECT_FALSE(all.ignored);
  EXPECT_EQ(all.bytes, std::filesystem::file_size(dir.path() / "feed.jsonl"));
  ASSERT_EQ(whole.articles.size(), 3u);
  EXPECT_EQ(whole.articles[1].body, long_body);
  EXPECT_EQ(whole.articles[2].id, "c");
  EXPECT_EQ(whole.articles[2].line, 4u);
  EXPECT_TRUE(whole.errors.empty()) << whole.errors[0];

  Collected bounded;
  read_articles(dir.path() / "feed.jsonl", "feed.jsonl", ReadOptions{.max_bytes = 1000},
                bounded.sink());
  ASSERT_EQ(bounded.articles.size(), 1u);
  EXPECT_EQ(bounded.articles[0].id, "a");
  ASSERT_EQ(bounded.errors.size(), 2u);
  EXPECT_NE(bounded.errors[0].find("feed.jsonl:2: error: line of 300023 bytes is over "
                                   "--max-bytes 1000"),
            std::string::npos)
      << bounded.errors[0];
  EXPECT_NE(bounded.errors[1].find("feed.jsonl:4: error: line of"), std::string::npos)
      << bounded.errors[1];
  EXPECT_TRUE(bounded.warnings.empty());
}

// Invalid UTF-8 in a JSON Lines line is replaced by U+FFFD, as the warning says, rather
// than making the line malformed JSON; one warning names the first line that had it.
TEST(ArticleReaderTest, InvalidUtf8InJsonLinesIsIndexedWithReplacementCharacters) {
  const std::string feed =
      "{\"id\": \"a\", \"body\": \"ok\"}\n"
      "{\"id\": \"b\", \"body\": \"caf\xe9 society\"}\n"
      "{\"id\": \"c\", \"title\": \"\xff\", \"body\": \"x\"}\n";
  Collected got;
  read_articles_from(feed, "feed.jsonl", InputFormat::kJsonLines, "feed.jsonl", got.sink());
  ASSERT_EQ(got.articles.size(), 3u) << (got.errors.empty() ? "" : got.errors[0]);
  EXPECT_EQ(got.articles[1].body, "caf\xEF\xBF\xBD society");
  EXPECT_EQ(got.articles[2].title, "\xEF\xBF\xBD");
  ASSERT_EQ(got.warnings.size(), 1u);
  EXPECT_EQ(got.warnings[0],
            "feed.jsonl:2: warning: invalid UTF-8 (first on this line), indexed with U+FFFD in "
            "its place");
}

// A JSON Lines file with a NUL byte near its start is binary, one of blank lines empty:
// both skipped with a warning, as any file.
TEST(ArticleReaderTest, BinaryAndBlankJsonLinesFilesAreSkipped) {
  Collected got;
  const ReadOutcome binary = read_articles_from(std::string("{\"id\": 1,\0}\n", 12), "bin.jsonl",
                                                InputFormat::kJsonLines, "bin.jsonl", got.sink());
  EXPECT_TRUE(binary.ignored);
  EXPECT_FALSE(binary.empty);
  const ReadOutcome blank = read_articles_from(" \n\t\r\n\n", "blank.jsonl",
                                               InputFormat::kJsonLines, "blank.jsonl", got.sink());
  EXPECT_TRUE(blank.ignored && blank.empty);
  EXPECT_TRUE(got.articles.empty());
  EXPECT_TRUE(got.errors.empty());
  ASSERT_EQ(got.warnings.size(), 2u);
  EXPECT_EQ(got.warnings[0], "bin.jsonl: warning: skipped: binary file (NUL bytes)");
  EXPECT_EQ(got.warnings[1], "blank.jsonl: warning: skipped: empty file");
}

// The stored path is the file's id (relative to the database's root); messages name the
// file as it was found. An empty file is skipped as empty.
TEST(ArticleReaderTest, ArticlesRecordTheirFilesIdAndEmptyFilesAreSaidToBe) {
  testing::TempDir dir;
  std::ofstream(dir.path() / "a.txt") << "Title\nbody";
  std::ofstream(dir.path() / "feed.jsonl") << "{\"id\": \"f1\", \"body\": \"x\"}\n";
  std::ofstream(dir.path() / "blank.txt") << " \n\t\n";
  Collected got;
  EXPECT_FALSE(read_articles(dir.path() / "a.txt", "2019/a.txt", ReadOptions{}, got.sink()).empty);
  read_articles(dir.path() / "feed.jsonl", "feeds/feed.jsonl", ReadOptions{}, got.sink());
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[0].path, "2019/a.txt");
  EXPECT_EQ(got.articles[1].path, "feeds/feed.jsonl");
  EXPECT_EQ(got.articles[1].id, "f1");
  const ReadOutcome blank =
      read_articles(dir.path() / "blank.txt", "blank.txt", ReadOptions{}, got.sink());
  EXPECT_TRUE(blank.ignored && blank.empty);
  EXPECT_TRUE(file_holds_no_text(dir.path() / "blank.txt"));
  EXPECT_FALSE(file_holds_no_text(dir.path() / "a.txt"));
  EXPECT_FALSE(file_holds_no_text(dir.path() / "missing.txt"));
}

TEST(ArticleReaderTest, OversizedBinaryAndMissingFiles) {
  testing::TempDir dir;
  std::ofstream(dir.path() / "big.txt") << "Title\n" << std::string(1000, 'x');
  std::ofstream(dir.path() / "nul.txt", std::ios::binary) << std::string("Title\n\0body", 11);
  Collected got;
  EXPECT_TRUE(read_articles(dir.path() / "big.txt", "b", ReadOptions{.max_bytes = 100}, got.sink())
                  .ignored);
  EXPECT_TRUE(read_articles(dir.path() / "nul.txt", "n", ReadOptions{}, got.sink()).ignored);
  EXPECT_FALSE(read_articles(dir.path() / "gone.txt", "g", ReadOptions{}, got.sink()).ignored);
  EXPECT_TRUE(got.articles.empty());
  ASSERT_EQ(got.warnings.size(), 2u);
  EXPECT_NE(got.warnings[0].find("big.txt: warning: skipped: 1006 bytes is over --max-bytes 100"),
            std::string::npos)
      << got.warnings[0];
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].find("gone.txt: error: cannot open file"), std::string::npos);
}

}  // namespace
}  // namespace yjs
