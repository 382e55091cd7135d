// Where an article's own text ends and the list of other stories a page shows under it
// begins ("Related topics", "More on this story", "Latest news"): the dates, ratings and
// services named there belong to those stories.
#include <array>

#include "indexer/extract/extract.h"

namespace yjs::extract {
namespace {

// Headings of lists of other stories. "Related topics" is taken wherever it stands (BBC
// pages run it into the text); the others only as a line of their own.
constexpr std::string_view kRelatedTopics = "related topics";
constexpr std::array<std::string_view, 10> kListHeadings = {
    "related content",   "related stories", "related links", "related news", "more on this story",
    "you may also like", "latest news",     "top stories",   "most read",    "more news"};

std::size_t word_count(std::string_view phrase) {
  std::size_t words = 1;
  for (char c : phrase) words += c == ' ';
  return words;
}

// True when the words [i, i + n) are a line of their own.
bool whole_line(const WordView& w, std::size_t i, std::size_t n) {
  const bool starts = i == 0 || w.line_of(i - 1) != w.line_of(i);
  const bool ends = i + n == w.size() || w.line_of(i + n) != w.line_of(i + n - 1);
  return starts && ends;
}

}  // namespace

std::size_t other_stories_start(const WordView& w) {
  // The headline is the article's own, whatever it says.
  for (std::size_t i = w.sentence_end(0); i < w.size(); ++i) {
    if (!w.capitalised(i)) continue;
    if (w.matches(i, kRelatedTopics)) return i;
    for (std::string_view heading : kListHeadings) {
      if (w.matches(i, heading) && whole_line(w, i, word_count(heading))) return i;
    }
  }
  return w.size();
}

}  // namespace yjs::extract
