#include "indexer/readers/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_set>
#include <vector>

#include "common/errors.h"
#include "indexer/readers/charset.h"
#include "indexer/readers/furniture.h"

namespace yjs::readers {
namespace {

using Node = const GumboNode*;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_element(Node node) { return node->type == GUMBO_NODE_ELEMENT; }
GumboTag tag_of(Node node) { return is_element(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN; }

// An attribute's value, empty when absent.
std::string_view attribute(Node node, const char* name) {
  if (!is_element(node)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

const GumboVector& children_of(Node node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

bool has_children(Node node) {
  return node->type == GUMBO_NODE_DOCUMENT || node->type == GUMBO_NODE_ELEMENT ||
         node->type == GUMBO_NODE_TEMPLATE;
}

// Calls visit(node) for `root` and every node under it, in document order, without
// recursion (pages nest 100,000 deep). visit returns false to skip a node's children.
template <typename Visit>
void walk(Node root, Visit&& visit) {
  std::vector<Node> stack{root};
  while (!stack.empty()) {
    Node node = stack.back();
    stack.pop_back();
    if (!visit(node) || !has_children(node)) continue;
    const GumboVector& children = children_of(node);
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back(static_cast<Node>(children.data[i]));
    }
  }
}

// Lines of text with white space collapsed: blocks and <br> end lines.
class LineBuilder {
 public:
  void text(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      // U+00A0 (no-break space) is a space; U+00AD (soft hyphen) is nothing.
      if (c == 0xC2 && i + 1 < s.size() && (s[i + 1] == '\xA0' || s[i + 1] == '\xAD')) {
        if (s[i + 1] == '\xA0') space_ = true;
        ++i;
        continue;
      }
      if (std::isspace(c)) {
        space_ = true;
        continue;
      }
      if (space_ && !out_.empty() && out_.back() != '\n') out_.push_back(' ');
      space_ = false;
      out_.push_back(static_cast<char>(c));
    }
  }
  void end_line() {
    if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
    space_ = false;
  }
  void separate() { space_ = true; }
  std::string take() {
    end_line();
    return std::move(out_);
  }

 private:
  std::string out_;
  bool space_ = false;
};

// All the text under `node` on one line (a heading, a title).
std::string text_of(Node node) {
  LineBuilder line;
  walk(node, [&](Node n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      line.text(n->v.text.text);
    } else if (is_element(n)) {
      const GumboTag tag = tag_of(n);
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) return false;
      line.separate();
    }
    return true;
  });
  std::string text = line.take();
  return std::string(trim(text));
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

bool is_heading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

// Elements that never hold the article's prose.
bool never_content(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
      return true;
    default:
      return false;
  }
}

// ARIA roles of the site's own parts.
constexpr std::array<std::string_view, 7> kFurnitureRoles = {
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"};

// Words of class and id names that mark furniture: cookie banners, skip links,
// breadcrumbs, share buttons, sidebars, promotions.
constexpr std::array<std::string_view, 20> kFurnitureNameWords = {
    "cookie",   "cookies", "consent",       "gdpr",      "breadcrumb", "breadcrumbs", "skip",
    "skiplink", "related", "share",         "sharing",   "social",     "sidebar",     "newsletter",
    "promo",    "advert",  "advertisement", "subscribe", "navigation", "menu"};

// True when a word of `names` (class or id, split at anything but letters and digits) is
// one of kFurnitureNameWords.
bool furniture_name(std::string_view names) {
  std::string word;
  const auto check = [&] {
    const bool hit = std::find(kFurnitureNameWords.begin(), kFurnitureNameWords.end(), word) !=
                     kFurnitureNameWords.end();
    word.clear();
    return hit;
  };
  for (char c : names) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (check()) {
      return true;
    }
  }
  return check();
}

// Where a node stands: inside the article's <article> (whose <header> and <footer> are its
// own) or <main> (whose <header> is the page's headline).
struct Place {
  bool in_article = false;
  bool in_main = false;
};

// True for an element that is the site's, not the article's.
bool is_furniture(Node node, Place place) {
  const GumboTag tag = tag_of(node);
  if (never_content(tag)) return true;
  if (tag == GUMBO_TAG_HEADER && !place.in_article && !place.in_main) return true;
  if (tag == GUMBO_TAG_FOOTER && !place.in_article) return true;
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden")) return true;
  if (lower(attribute(node, "aria-hidden")) == "true") return true;
  const std::string role = lower(attribute(node, "role"));
  if (std::find(kFurnitureRoles.begin(), kFurnitureRoles.end(), role) != kFurnitureRoles.end()) {
    return true;
  }
  return furniture_name(attribute(node, "class")) || furniture_name(attribute(node, "id"));
}

// The page's metadata from <head> (and JSON-LD anywhere).
class MetadataReader {
 public:
  explicit MetadataReader(Node document) {
    walk(document, [&](Node node) {
      if (node->type == GUMBO_NODE_DOCUMENT) return true;
      if (!is_element(node)) return false;
      switch (tag_of(node)) {
        case GUMBO_TAG_META:
          meta(node);
          break;
        case GUMBO_TAG_LINK:
          if (lower(attribute(node, "rel")) == "canonical" && canonical_.empty()) {
            canonical_ = trim(attribute(node, "href"));
          }
          break;
        case GUMBO_TAG_TITLE:
          // Only the page's title: an inline SVG's <title> names a picture.
          if (node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML && data_.html_title.empty()) {
            data_.html_title = text_of(node);
          }
          break;
        case GUMBO_TAG_SCRIPT:
          if (lower(attribute(node, "type")) == "application/ld+json") json_ld(node);
          return false;
        default:
          break;
      }
      return true;
    });
    data_.url = !canonical_.empty() ? canonical_ : og_url_;
  }

  // The publication date by the first source that states one, in this order; the <time>
  // inside the article (found later) comes before JSON-LD.
  PageMetadata& data() { return data_; }
  void choose_date(const std::string& time_datetime, const std::string& time_evidence) {
    for (const auto& [date, evidence] :
         {std::pair{govuk_, govuk_evidence_}, std::pair{article_time_, article_time_evidence_},
          std::pair{time_datetime, time_evidence}, std::pair{json_ld_, json_ld_evidence_}}) {
      if (!date.empty()) {
        data_.published = date;
        data_.published_evidence = evidence;
        return;
      }
    }
  }

 private:
  void meta(Node node) {
    const std::string key = lower(!attribute(node, "property").empty() ? attribute(node, "property")
                                                                       : attribute(node, "name"));
    const std::string content(trim(attribute(node, "content")));
    if (content.empty()) return;
    const auto evidence = [&](const char* attr) {
      return std::string("<meta ") + attr + "=\"" + key + "\" content=\"" + content + "\">";
    };
    const char* attr = attribute(node, "property").empty() ? "name" : "property";
    if (key == "og:title" && data_.og_title.empty()) data_.og_title = content;
    if (key == "og:site_name" && data_.site_name.empty()) data_.site_name = content;
    if (key == "og:url" && og_url_.empty()) og_url_ = content;
    if (key == "govuk:first-published-at" && govuk_.empty()) {
      govuk_ = content;
      govuk_evidence_ = evidence(attr);
    }
    if (key == "article:published_time" && article_time_.empty()) {
      article_time_ = content;
      article_time_evidence_ = evidence(attr);
    }
  }

  // datePublished anywhere in a JSON-LD block (objects, arrays, @graph).
  void json_ld(Node node) {
    if (!json_ld_.empty()) return;
    std::string text;  // the script's own text (text_of() skips scripts)
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto child = static_cast<Node>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
        text += child->v.text.text;
      }
    }
    if (text.size() > (1u << 20)) return;
    const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
    if (root.is_discarded()) return;
    std::vector<const nlohmann::json*> stack{&root};
    while (!stack.empty()) {
      const nlohmann::json* value = stack.back();
      stack.pop_back();
      if (value->is_object()) {
        const auto it = value->find("datePublished");
        if (it != value->end() && it->is_string()) {
          json_ld_ = it->get<std::string>();
          json_ld_evidence_ = "JSON-LD \"datePublished\": \"" + json_ld_ + "\"";
          return;
        }
      }
      if (value->is_structured()) {
        for (const auto& child : *value) stack.push_back(&child);
      }
    }
  }

  PageMetadata data_;
  std::string canonical_, og_url_;
  std::string govuk_, govuk_evidence_, article_time_, article_time_evidence_;
  std::string json_ld_, json_ld_evidence_;
};

// The element holding the article: the first <main> or role="main", else the <article>
// with the most text, else the element whose <p> children hold the most text, else <body>.
Node article_root(Node document, Node body) {
  Node main = nullptr;
  Node best_article = nullptr;
  std::size_t best_article_text = 0;
  walk(document, [&](Node node) {
    if (node->type == GUMBO_NODE_DOCUMENT) return true;
    if (!is_element(node) || main) return false;
    const GumboTag tag = tag_of(node);
    if (tag == GUMBO_TAG_HEAD || never_content(tag)) return false;
    if (tag == GUMBO_TAG_MAIN || lower(attribute(node, "role")) == "main") {
      main = node;
      return false;
    }
    if (tag == GUMBO_TAG_ARTICLE) {
      const std::size_t size = text_of(node).size();
      if (size > best_article_text) {
        best_article = node;
        best_article_text = size;
      }
      return false;
    }
    return true;
  });
  if (main) return main;
  if (best_article) return best_article;
  // The densest block: paragraph text summed per parent.
  Node densest = nullptr;
  std::size_t densest_text = 0;
  walk(body, [&](Node node) {
    if (!is_element(node) || never_content(tag_of(node))) return false;
    std::size_t text = 0;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto child = static_cast<Node>(children.data[i]);
      if (tag_of(child) == GUMBO_TAG_P) text += text_of(child).size();
    }
    if (text > densest_text) {
      densest = node;
      densest_text = text;
    }
    return true;
  });
  return densest ? densest : body;
}

// The elements under `root` that list other stories: the block a related-stories heading
// ("Related content", "More on this story") heads, or, when the heading stands directly in
// the article, the heading and everything after it.
std::unordered_set<Node> related_lists(Node root) {
  std::unordered_set<Node> lists;
  walk(root, [&](Node node) {
    if (!is_element(node)) return false;
    if (!is_heading(tag_of(node)) || !is_related_heading(text_of(node))) return true;
    Node heading = node;
    Node block = node->parent;
    const std::string heading_text = text_of(heading);
    // A wrapper around the heading alone is not the list: climb to the block holding both.
    while (block && block != root && text_of(block) == heading_text) {
      heading = block;
      block = block->parent;
    }
    const GumboTag tag = block ? tag_of(block) : GUMBO_TAG_UNKNOWN;
    if (block && block != root && tag != GUMBO_TAG_ARTICLE && tag != GUMBO_TAG_MAIN &&
        tag != GUMBO_TAG_BODY) {
      lists.insert(block);
    } else if (block) {
      const GumboVector& siblings = block->v.element.children;
      for (unsigned i = heading->index_within_parent; i < siblings.length; ++i) {
        lists.insert(static_cast<Node>(siblings.data[i]));
      }
    }
    return false;
  });
  return lists;
}

// The article's text, one line per block, and the first <h1> and <time datetime> in it.
struct ArticleText {
  std::string lines;
  std::string h1;
  std::string time_datetime, time_evidence;
};

ArticleText read_article(Node root) {
  const std::unordered_set<Node> related = related_lists(root);
  ArticleText out;
  LineBuilder lines;
  struct Step {
    Node node;
    Place place;
    bool leaving;
  };
  std::vector<Step> stack{
      {root, {tag_of(root) == GUMBO_TAG_ARTICLE, tag_of(root) == GUMBO_TAG_MAIN}, false}};
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    Node node = step.node;
    if (related.count(node)) continue;
    if (step.leaving) {
      if (is_block(tag_of(node))) lines.end_line();
      if (tag_of(node) == GUMBO_TAG_TD || tag_of(node) == GUMBO_TAG_TH) lines.separate();
      continue;
    }
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      lines.text(node->v.text.text);
      continue;
    }
    if (!is_element(node)) continue;
    if (node != root && is_furniture(node, step.place)) continue;
    const GumboTag tag = tag_of(node);
    if (tag == GUMBO_TAG_BR) {
      lines.end_line();
      continue;
    }
    if (tag == GUMBO_TAG_H1 && out.h1.empty()) out.h1 = text_of(node);
    if (tag == GUMBO_TAG_TIME && out.time_datetime.empty()) {
      const std::string_view datetime = trim(attribute(node, "datetime"));
      if (!datetime.empty()) {
        out.time_datetime = datetime;
        out.time_evidence =
            "<time datetime=\"" + std::string(datetime) + "\">" + text_of(node) + "</time>";
      }
    }
    if (is_block(tag)) lines.end_line();
    Place place = step.place;
    place.in_article = place.in_article || tag == GUMBO_TAG_ARTICLE;
    place.in_main = place.in_main || tag == GUMBO_TAG_MAIN;
    stack.push_back({node, place, true});
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back({static_cast<Node>(children.data[i]), place, false});
    }
  }
  out.lines = lines.take();
  return out;
}

// Elements whose start tags cost an HTML5 parser time in proportion to how deep they
// nest: blocks (each looks down the stack of open elements for a <p> to close) and
// formatting elements (reconstructed at every text). 100,000 nested <div>s take Gumbo most
// of a minute, 100,000 unclosed <b>s seconds.
constexpr std::array<std::string_view, 43> kDeepCostTags = {
    "address", "article", "aside",    "blockquote", "center",  "details", "dialog", "dir",
    "div",     "dl",      "fieldset", "figcaption", "figure",  "footer",  "header", "hgroup",
    "main",    "menu",    "nav",      "ol",         "section", "summary", "ul",     "h1",
    "h2",      "h3",      "h4",       "h5",         "h6",      "table",   "b",      "i",
    "em",      "strong",  "font",     "u",          "s",       "big",     "small",  "strike",
    "tt",      "code",    "nobr"};

// How deep the page nests those elements at most, counted from its tags (comments and
// script or style contents skipped): a cheap look before parsing.
std::size_t block_nesting(std::string_view html) {
  std::size_t depth = 0, deepest = 0;
  std::string name;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (html.substr(at, 4) == "<!--") {
      at = html.find("-->", at + 4);
      if (at == std::string_view::npos) break;
      continue;
    }
    const bool closing = at + 1 < html.size() && html[at + 1] == '/';
    std::size_t i = at + (closing ? 2 : 1);
    name.clear();
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i])) &&
           name.size() < 12) {
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++]))));
    }
    if (!closing && (name == "script" || name == "style")) {
      const std::size_t end = html.find(name == "script" ? "</script" : "</style", i);
      if (end == std::string_view::npos) break;
      at = end;
      continue;
    }
    if (std::find(kDeepCostTags.begin(), kDeepCostTags.end(), name) == kDeepCostTags.end()) {
      continue;
    }
    if (closing) {
      depth -= depth > 0 ? 1 : 0;
    } else {
      deepest = std::max(deepest, ++depth);
    }
  }
  return deepest;
}

// Gumbo's options: parse errors not recorded (each holds a copy of the stack of open
// elements, so a page ending with 100,000 open elements would take gigabytes).
GumboOptions parse_options() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  return options;
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

// The body: `lines` without furniture and without the title's own line when it stands
// near the top (lines above it, such as a date, open the body).
std::string body_below_title(const std::string& lines, const std::string& title) {
  const std::string text = without_furniture(lines);
  std::size_t pos = 0;
  for (int line = 0; line < 8 && pos < text.size(); ++line) {
    const std::size_t eol = std::min(text.find('\n', pos), text.size());
    if (trim(std::string_view(text).substr(pos, eol - pos)) == title) {
      std::string body = text.substr(0, pos);
      if (eol < text.size()) body += text.substr(eol + 1);
      return std::string(trim(body));
    }
    pos = eol + 1;
  }
  return std::string(trim(text));
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  for (;;) {
    bytes = trim(bytes.substr(0, 4096));
    if (bytes.substr(0, 4) != "<!--") break;
    const std::size_t end = bytes.find("-->");
    if (end == std::string_view::npos) return false;
    bytes.remove_prefix(end + 3);
  }
  const std::string head = lower(bytes.substr(0, 16));
  for (std::string_view opening : {"<!doctype html", "<html", "<head", "<body", "<?xml"}) {
    if (head.rfind(opening, 0) == 0) {
      // An XML file is HTML only when it is XHTML.
      return opening != "<?xml" || lower(bytes.substr(0, 1024)).find("<html") != std::string::npos;
    }
  }
  return false;
}

std::string without_site_suffix(std::string_view title, std::string_view site_name) {
  title = trim(title);
  static constexpr std::array<std::string_view, 4> kSites = {"gov.uk", "bbc news", "bbc sport",
                                                             "bbc"};
  const std::string site = lower(trim(site_name));
  for (std::string_view separator : {" - ", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const std::size_t at = title.rfind(separator);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string last = lower(trim(title.substr(at + separator.size())));
    if ((!site.empty() && last == site) ||
        std::find(kSites.begin(), kSites.end(), last) != kSites.end()) {
      return without_site_suffix(title.substr(0, at), site_name);
    }
  }
  return std::string(title);
}

Article parse_html_article(std::string_view bytes, const std::string& id, const std::string& path) {
  const DecodedText decoded = decode_to_utf8(bytes);
  if (const std::size_t depth = block_nesting(decoded.utf8); depth > kMaxHtmlNesting) {
    throw InputError(path, 0,
                     "HTML nests elements " + std::to_string(depth) + " deep (more than " +
                         std::to_string(kMaxHtmlNesting) + "); not read");
  }
  const GumboOptions options = parse_options();
  const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&options, decoded.utf8.data(), decoded.utf8.size()));
  if (!output) throw InputError(path, 0, "HTML could not be parsed");
  Node document = output->document;
  Node body = output->root;
  walk(output->root, [&](Node node) {
    if (tag_of(node) == GUMBO_TAG_BODY) body = node;
    return tag_of(node) == GUMBO_TAG_HTML;
  });

  MetadataReader metadata(document);
  const ArticleText text = read_article(article_root(document, body));
  metadata.choose_date(text.time_datetime, text.time_evidence);
  const PageMetadata& page = metadata.data();

  Article article;
  article.id = id;
  article.path = path;
  article.url = page.url;
  article.published = page.published;
  article.published_evidence = page.published_evidence;
  for (const std::string& candidate : {text.h1, page.og_title, page.html_title}) {
    article.title = without_site_suffix(candidate, page.site_name);
    if (!article.title.empty()) break;
  }
  if (article.title.empty()) {
    // No headline anywhere: the first line, as a text file would have it.
    const std::string lines = without_furniture(text.lines);
    const std::size_t eol = std::min(lines.find('\n'), lines.size());
    article.title = trim(std::string_view(lines).substr(0, eol));
  }
  if (article.title.empty()) throw InputError(path, 0, "empty article (no text in the page)");
  article.body = body_below_title(text.lines, article.title);
  return article;
}

}  // namespace yjs::readers
