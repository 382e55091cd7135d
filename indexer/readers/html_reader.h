// HTML reader: a saved web page (a GOV.UK press release, a news story, a council newsroom
// item) as an Article holding the page's own article only.
//
// The page is decoded to UTF-8 (charset.h) and parsed by Gumbo, an HTML5 parser, so
// unclosed tags and stray markup read as a browser reads them. The article is the page's
// <main> (or role="main"), else its largest <article>, else its densest block of
// paragraphs; inside it scripts, styles, navigation, site headers and footers (not the
// <header> of the article), cookie banners, skip links, breadcrumbs, share buttons and
// sidebars of other stories are dropped, and so are furniture lines (furniture.h). Each
// block element ends a line (so a sentence), <br> breaks one.
#pragma once

#include <string>
#include <string_view>

#include "common/article.h"

namespace yjs::readers {

// The metadata a page states about itself.
struct PageMetadata {
  std::string url;                 // <link rel="canonical">, else og:url
  std::string published;           // ISO 8601 as stated
  std::string published_evidence;  // where `published` was read: the tag or JSON-LD key
  std::string site_name;           // og:site_name
  std::string og_title;
  std::string html_title;  // the <title> in the HTML namespace (not an SVG's)
};

// Pages nesting elements (blocks, bold and the like) deeper than this are refused (an error, not a
// slow parse).
inline constexpr std::size_t kMaxHtmlNesting = 5000;

// True when `bytes` look like HTML whatever the file is called: after white space, a byte
// order mark and comments, "<!doctype html", "<html", "<head" or "<body" (any case).
bool looks_like_html(std::string_view bytes);

// The page's title without a site's suffix (" - GOV.UK", " | BBC News", " - " + og:site_name).
std::string without_site_suffix(std::string_view title, std::string_view site_name);

// Reads one page. The title is the article's <h1>, else og:title, else <title>, without
// the site's suffix; the body is the article's text below the title; the URL and the
// publication date (with its evidence) come from the metadata (govuk:first-published-at,
// article:published_time, a <time datetime> in the article, JSON-LD datePublished).
// Throws InputError naming `path` when the page holds no text or nests deeper than
// kMaxHtmlNesting.
Article parse_html_article(std::string_view bytes, const std::string& id, const std::string& path);

}  // namespace yjs::readers
