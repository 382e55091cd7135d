// A person's name as articles and users write it: honorifics before it ("Dame", "Dr") and
// post-nominal letters after it ("CBE") are not part of it. The extractor reads chief
// inspectors' names with these lists and the inspector facet keys names with them, so a
// name found in prose and the same name typed as a filter agree.
#pragma once

#include <string>
#include <string_view>

namespace yjs {

// `word` (folded to lower case) is a title written before a name: "dame", "sir", "mr",
// "mrs", "ms", "miss", "dr", "professor", "lord", "lady".
bool is_honorific(std::string_view word);

// `word` (folded to lower case) is a post-nominal: "cbe", "obe", "mbe", "dbe", "kbe", "qpm",
// "kc", "qc".
bool is_post_nominal(std::string_view word);

// The name without honorifics and post-nominal letters, from its first word to its last
// as written (words as extract::WordView reads them), runs of white space as one space:
// "Dame Glenys Stacey" -> "Glenys Stacey", "Martin Jones CBE." -> "Martin Jones",
// "Mr Russell" -> "Russell".
std::string strip_honorifics(std::string_view name);

}  // namespace yjs
