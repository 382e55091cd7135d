// The characters that join the parts of a compound ("re-offending") and of a number range
// ("10–17"). Indexing closes compounds up at them and queries give compounds and ranges
// their other written forms at them, so both sides must read the same characters.
#pragma once

#include <string_view>

namespace yjs::text {

// Between the words of a compound: "-", U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.
inline bool is_compound_hyphen(std::string_view piece) {
  return piece == "-" || piece == "\u2010" || piece == "\u2011";
}

// Between the numbers of a range: a compound hyphen or U+2013 EN DASH ("10–17"), which
// between words is a dash ("services – and courts"), not a hyphen.
inline bool is_range_dash(std::string_view piece) {
  return is_compound_hyphen(piece) || piece == "\u2013";
}

}  // namespace yjs::text
