// The boolean filter term for a facet value, however the value is written. Indexing and
// searching both go through these, so a filter matches exactly what indexing stored.
#pragma once

#include <string>
#include <string_view>

namespace yjs {

// "XAREA" + key of the gazetteer's canonical name ("Hull", "kingston-upon-hull" ->
// "XAREAkingston upon hull"); a name the gazetteer does not know keys as written.
std::string area_term(std::string_view value);

// "XRATING" + key of the rating label ("requires-improvement" -> "XRATINGrequires
// improvement"); a value that is not a rating keys as written (and matches nothing).
std::string rating_term(std::string_view value);

// "XINSPECTOR" + key of the name without honorifics ("Dame Glenys Stacey" ->
// "XINSPECTORglenys stacey").
std::string inspector_term(std::string_view value);

// "XKIND" + key of the kind label ("Annual-Report" -> "XKINDannual report"); a value that is
// not a kind keys as written (and matches nothing).
std::string kind_term(std::string_view value);

// "XNATION" + key of the nation ("WALES" -> "XNATIONwales").
std::string nation_term(std::string_view value);

// "Y2019".
std::string year_term(int year);

}  // namespace yjs
