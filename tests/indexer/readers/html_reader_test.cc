#include "indexer/readers/html_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "common/errors.h"

namespace yjs::readers {
namespace {

Article page(const std::string& html) { return parse_html_article(html, "id", "page.html"); }

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(HtmlReaderTest, TitleIsTheHeadlineWithoutTheSiteSuffix) {
  EXPECT_EQ(page("<title>Wigan YOT rated Good - GOV.UK</title><p>Body.").title,
            "Wigan YOT rated Good");
  EXPECT_EQ(page("<title>Wigan YOT rated Good | BBC News</title><p>Body.").title,
            "Wigan YOT rated Good");
  EXPECT_EQ(page("<meta property='og:site_name' content='Wigan Council'>"
                 "<title>Youth service rated Good | Wigan Council</title><p>Body.")
                .title,
            "Youth service rated Good");
  // A year after a dash is the headline's, not a site's.
  EXPECT_EQ(page("<title>Inspection of youth offending in Bexley - 2012</title><p>B.").title,
            "Inspection of youth offending in Bexley - 2012");
  // The article's <h1> wins over og:title and <title>; og:title over <title>.
  EXPECT_EQ(page("<title>Site</title><meta property='og:title' content='OG headline'>"
                 "<main><h1>Main headline</h1><p>Body.</main>")
                .title,
            "Main headline");
  EXPECT_EQ(
      page("<title>Site</title><meta property='og:title' content='OG - BBC News'><p>B.").title,
      "OG");
}

TEST(HtmlReaderTest, OnlyAnHtmlTitleIsThePageTitle) {
  const Article a =
      page("<body><svg><title>Crown logo</title></svg><p>Hull YOT rated Good</p><p>Body text.</p>");
  EXPECT_EQ(a.title, "Hull YOT rated Good");
  EXPECT_FALSE(has(a.body, "Crown logo"));
}

TEST(HtmlReaderTest, TheHeadlineLineIsNotRepeatedInTheBody) {
  const Article a = page("<main><p>Press release</p><h1>Hull rated Good</h1><p>Inspectors said.");
  EXPECT_EQ(a.title, "Hull rated Good");
  EXPECT_EQ(a.body, "Press release\nInspectors said.");
}

TEST(HtmlReaderTest, PageFurnitureIsDropped) {
  const Article a = page(R"(<html><head><script>var cookies = 1;</script>
    <style>.x{}</style></head><body>
    <a class="govuk-skip-link" href="#m">Skip to main content</a>
    <div class="gem-c-cookie-banner"><p>We use cookies on this site.</p></div>
    <header><p>Site masthead iPlayer</p></header>
    <nav><a>Recycling</a></nav>
    <div class="govuk-breadcrumbs"><a>Home</a> Justice</div>
    <main><article><header><h1>Wigan YOT rated Good</h1>
      <time datetime="2021-03-04">4 March 2021</time></header>
      <p>Inspectors rated the service Good.</p>
      <noscript>Turn on JavaScript</noscript>
      <div hidden>Hidden words</div><div aria-hidden="true">More hidden</div>
      <div class="share-links">Share on Facebook</div>
      <footer>Article footnote stays.</footer>
    </article></main>
    <footer><p>Privacy</p></footer></body></html>)");
  EXPECT_EQ(a.title, "Wigan YOT rated Good");
  EXPECT_EQ(a.body, "4 March 2021\nInspectors rated the service Good.\nArticle footnote stays.");
}

TEST(HtmlReaderTest, SidebarsOfOtherStoriesAreDropped) {
  const Article a = page(R"(<main><article><h1>Hull YOT rated Good</h1>
    <p>Inspectors rated Hull Good.</p>
    <section><div><h2>Related topics</h2></div><ul><li>Hull City Council</ul></section>
    <h2>More on this story</h2><p>Bradford rated Inadequate in 2015</p><p>More old news</p>
    </article>
    <div><h3>Top stories</h3><p>Leeds rated Outstanding</p></div>
    <div><h3>Latest news</h3><ul><li>Swindon 2023</ul></div>
    <p>After the sidebars.</p></main>)");
  EXPECT_EQ(a.body, "Inspectors rated Hull Good.\nAfter the sidebars.");
}

TEST(HtmlReaderTest, BlocksEndLinesAndBreaksBreakThem) {
  const Article a = page(
      "<main><h1>T</h1><p>One <b>bold</b> <a href=x>link</a>,<br>next line<div>Block</div>"
      "<ul><li>Item one<li>Item two</ul><table><tr><td>Rating<td>Good</table>"
      "<p>Non&nbsp;breaking and soft&shy;hyphen &amp; &lsquo;quotes&rsquo;</main>");
  EXPECT_EQ(a.body,
            "One bold link,\nnext line\nBlock\nItem one\nItem two\nRating Good\n"
            "Non breaking and softhyphen & \xE2\x80\x98quotes\xE2\x80\x99");
}

TEST(HtmlReaderTest, UrlFromCanonicalElseOgUrl) {
  EXPECT_EQ(page("<link rel=canonical href='https://a.example/x'>"
                 "<meta property='og:url' content='https://b.example/y'><p>T")
                .url,
            "https://a.example/x");
  EXPECT_EQ(page("<meta property='og:url' content='https://b.example/y'><p>T").url,
            "https://b.example/y");
}

TEST(HtmlReaderTest, PublicationDateFromMetadataWithEvidence) {
  const std::string time = "<main><h1>T</h1><time datetime='2020-02-02'>2 Feb</time></main>";
  const std::string json_ld =
      "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},"
      "{\"datePublished\":\"2019-01-01\"}]}</script>";
  const std::string govuk = "<meta name='govuk:first-published-at' content='2018-05-06T09:30'>";
  const std::string og = "<meta property='article:published_time' content='2017-07-08'>";

  Article a = page(govuk + og + json_ld + time);
  EXPECT_EQ(a.published, "2018-05-06T09:30");
  EXPECT_EQ(a.published_evidence,
            "<meta name=\"govuk:first-published-at\" content=\"2018-05-06T09:30\">");
  a = page(og + json_ld + time);
  EXPECT_EQ(a.published, "2017-07-08");
  EXPECT_EQ(a.published_evidence,
            "<meta property=\"article:published_time\" content=\"2017-07-08\">");
  a = page(json_ld + time);
  EXPECT_EQ(a.published, "2020-02-02");
  EXPECT_EQ(a.published_evidence, "<time datetime=\"2020-02-02\">2 Feb</time>");
  a = page(json_ld + "<p>No time.");
  EXPECT_EQ(a.published, "2019-01-01");
  EXPECT_EQ(a.published_evidence, "JSON-LD \"datePublished\": \"2019-01-01\"");
  // A <time> in a sidebar of other stories is not the article's.
  a = page("<main><h1>T</h1><p>Body.<aside><time datetime='2011-01-01'>x</time></aside></main>");
  EXPECT_EQ(a.published, "");
  // Broken JSON-LD is no date and no error.
  EXPECT_EQ(page("<script type='application/ld+json'>{\"datePublished\":</script><p>T").published,
            "");
}

TEST(HtmlReaderTest, WithoutMainTheDensestBlockIsTheArticle) {
  const Article a = page(R"(<body><div class="left"><p>Short link list</p></div>
    <div class="content"><h1>Council welcomes rating</h1>
      <p>The youth justice service was rated Good by inspectors this week.
      <p>The cabinet member thanked the staff for their hard work over the years.
    </div><div class="right"><p>Bins</p></div></body>)");
  EXPECT_EQ(a.title, "Council welcomes rating");
  EXPECT_EQ(a.body,
            "The youth justice service was rated Good by inspectors this week.\n"
            "The cabinet member thanked the staff for their hard work over the years.");
}

TEST(HtmlReaderTest, UnclosedTagsReadAsABrowserReadsThem) {
  const Article a =
      page("<html><body><main><h1>Hull</h1><p>First<p>Second <b>bold<li>Third<table><td>Cell");
  EXPECT_EQ(a.title, "Hull");
  EXPECT_EQ(a.body, "First\nSecond bold\nThird\nCell");
}

TEST(HtmlReaderTest, Windows1252PageIsConverted) {
  const Article a = page(
      "<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
      "<h1>Hounslow rated \x91Good\x92</h1><p>Caf\xe9 \x96 done.");
  EXPECT_EQ(a.title, "Hounslow rated \xE2\x80\x98Good\xE2\x80\x99");
  EXPECT_EQ(a.body, "Caf\xC3\xA9 \xE2\x80\x93 done.");
}

TEST(HtmlReaderTest, HostilePagesAreRefusedOrReadQuickly) {
  std::string deep = "<main><h1>Deep</h1>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "text";
  try {
    page(deep);
    FAIL() << "100,000 nested divs were read";
  } catch (const InputError& e) {
    EXPECT_TRUE(has(e.what(), "page.html: error: HTML nests elements 100001 deep")) << e.what();
  }
  std::string bold = "<main><h1>Bold</h1>";
  for (int i = 0; i < 100000; ++i) bold += "<b>x";
  EXPECT_THROW(page(bold), InputError);
  // Elements the parser closes by itself, and ones that cost nothing deep, are read.
  std::string paragraphs = "<main><h1>Paragraphs</h1>";
  for (int i = 0; i < 100000; ++i) paragraphs += "<p>x<li>y";
  EXPECT_EQ(page(paragraphs).body.size(), 100000u * 4 - 1);
  // A page ending with 100,000 open elements (no parse errors recorded for each).
  std::string spans = "<main><h1>Spans</h1>";
  for (int i = 0; i < 100000; ++i) spans += "<span>";
  spans += "inner words";
  EXPECT_EQ(page(spans).body, "inner words");
  EXPECT_THROW(page("<html><body><script>only()</script></body></html>"), InputError);
}

TEST(HtmlReaderTest, RecognisesHtmlByContent) {
  EXPECT_TRUE(looks_like_html("  <!DOCTYPE html><html>"));
  EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF<!-- saved --><HTML lang=en>"));
  EXPECT_TRUE(
      looks_like_html("<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>"));
  EXPECT_FALSE(looks_like_html("<?xml version='1.0'?><feed>"));
  EXPECT_FALSE(looks_like_html("Hull rated Good\n<html> in prose"));
  EXPECT_FALSE(looks_like_html("%PDF-1.4"));
}

}  // namespace
}  // namespace yjs::readers
