// Page furniture: the lines a news page carries around every article (social media
// prompts, "send us your story" footers, press-office contact lines) and the headings of
// sidebars that list other stories. One rule for the text and HTML readers, so that a
// page saved as text and as HTML index the same words.
#pragma once

#include <string>
#include <string_view>

namespace yjs::readers {

// Whether `line` starts with `prefix` (lower-case ASCII) but for the case of its letters.
// Compared in place: lines are mostly paragraphs, and only their first words matter.
bool starts_with_ignoring_case(std::string_view line, std::string_view prefix);

// True for a line that belongs to the site, not the article: "Follow BBC East Midlands on
// Facebook...", "Send your story ideas to ...", "Media enquiries: ..." (a list number
// before it allowed), cookie and skip-link prompts. Case is ignored.
bool is_furniture_line(std::string_view line);

// True for a heading after which a page lists other stories: "Related topics", "Related
// content", "More on this story", "Top stories", "Latest news" and the like. Their
// headlines, ratings and dates belong to other articles.
bool is_related_heading(std::string_view line);

// `text` without furniture lines, and without everything from a related-stories heading on
// (in a page saved as text such a list is the page's end).
std::string without_furniture(std::string_view text);

}  // namespace yjs::readers
