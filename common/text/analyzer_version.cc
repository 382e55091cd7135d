#include "common/text/analyzer_version.h"

#include <xapian.h>

#include <cstdio>

#include "common/fnv1a.h"
#include "common/text/analyzer.h"

namespace yjs::text {
namespace {

// One line per rule family the analyzer has; the query side analyses with the same rules.
constexpr std::string_view kProbe =
    "Leicester\u2019s Youth Justice Service was rated \u2018Requires improvement\u2019.\n"
    "SOUTHEND-ON-SEA's re-offending, out-of-court disposals and well-being; reoffending.\n"
    "Children aged 10-17 (10\u201317, 10 to 17), 3.5%, 1,000 cases, v1.4 and \u00a3250,000.\n"
    "U.S.A. initials, media@hmiprobation.gov.uk, C++ & B&NES, __ and the \ufb01rst o\ufb03ce.\n"
    "Ynys M\u00f4n, Sir G\u00e2r, Caerdydd, caf\u00e9, \u00c6thelred, \u00f8re, na\u00efve, "
    "\u00dcBER, \u0130stanbul, \u00df.\n"
    "inspections inspected inspecting; exploitation exploited; CAMHS SEND YOT OOCD.\n"
    "\u4e2d\u6587\u6587\u672c \u0627\u0644\u0639\u0631\u0628\u064a\u0629 "
    "\u0415\u0441\u0442\u044c \u03b1\u03b2\u03b3 \U0001F600 emoji.\n";

}  // namespace

std::string analyzer_version(const std::string& language) {
  Analyzer analyzer(language);
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzer.index_text(kProbe, doc, pos);
  analyzer.index_text(kProbe, doc, pos, "S");
  Fnv1a hash;
  for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
    hash.add_field(*term);
    hash.add_field(std::to_string(term.get_wdf()));
    for (auto p = term.positionlist_begin(); p != term.positionlist_end(); ++p) {
      hash.add_field(std::to_string(*p));
    }
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash.value()));
  return hex;
}

}  // namespace yjs::text
