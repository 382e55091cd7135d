// Kind: what an article is, read from its headline and first sentences. The wording that
// marks a report as something other than one youth justice inspection (a blog, an annual
// or thematic report, adult probation, another inspectorate's work, a place outside England
// and Wales) is looked for first; otherwise the article is an inspection when it names its
// service and talks about inspecting or rating it near the top, and `other` when not.
#include <algorithm>
#include <array>

#include "indexer/extract/extract.h"

namespace yjs::extract {
namespace {

// The headline and the first three body sentences say what an article is.
constexpr std::size_t kTopSentences = 4;
// An inspection says so in its headline or its first two body sentences.
constexpr std::size_t kInspectionCueSentences = 3;

constexpr std::array<std::string_view, 7> kOutside = {
    "scotland", "scottish",    "northern ireland", "jersey",
    "guernsey", "isle of man", "crown dependency"};
constexpr std::array<std::string_view, 5> kBlog = {"blog", "blog post", "posted by", "guest post",
                                                   "vlog"};
constexpr std::array<std::string_view, 2> kAnnual = {"annual report", "annual reports"};
constexpr std::array<std::string_view, 11> kAdult = {"probation delivery unit",
                                                     "probation delivery units",
                                                     "pdu",
                                                     "community rehabilitation company",
                                                     "national probation service",
                                                     "approved premises",
                                                     "people on probation",
                                                     "probation service in",
                                                     "probation region",
                                                     "adults on",
                                                     "adult probation"};
constexpr std::array<std::string_view, 2> kThematic = {"thematic", "thematic inspection"};
constexpr std::array<std::string_view, 3> kRoundUp = {"round up", "roundup", "round up of"};
// Another inspectorate, or a place another inspectorate inspects, as the subject.
// Joint inspections led by another inspectorate, named anywhere near the top.
constexpr std::array<std::string_view, 2> kJointTargeted = {"joint targeted area", "jtai"};
constexpr std::array<std::string_view, 18> kOtherInspectorate = {"ofsted",
                                                                 "inspectorate of prisons",
                                                                 "prisons inspectorate",
                                                                 "prison",
                                                                 "prisons",
                                                                 "young offender institution",
                                                                 "hmyoi",
                                                                 "secure training centre",
                                                                 "secure children s home",
                                                                 "children s services",
                                                                 "children s social care",
                                                                 "inspectorate of constabulary",
                                                                 "police force",
                                                                 "care inspectorate wales",
                                                                 "estyn",
                                                                 "care quality commission",
                                                                 "joint targeted area",
                                                                 "jtai"};
// Words showing a youth justice article reports an inspection (or its rating).
constexpr std::array<std::string_view, 14> kInspectionCue = {
    "rated",   "rating",  "graded",    "judged",      "verdict",    "requires improvement",
    "improve", "report",  "core case", "outstanding", "inadequate", "monitoring visit",
    "praised", "findings"};

// An inspection still to come, in the headline or first sentence ("Probation inspectors to
// visit Lincolnshire youth justice service", "will be inspected later this month")...
constexpr std::array<std::string_view, 8> kAnnounced = {
    "inspectors to visit", "to be inspected", "will be inspected", "will inspect",
    "are to inspect",      "is to inspect",   "inspection is due", "inspection will"};
// ...with no verdict near the top (a reinspection "after being rated 'Inadequate'" has one).
constexpr std::array<std::string_view, 6> kVerdict = {
    "rated", "rating", "judged", "graded", "requires improvement", "inadequate"};

bool starts_with(std::string_view word, std::string_view prefix) {
  return word.substr(0, prefix.size()) == prefix;
}

// "probation" as the subject of the headline, not the inspectorate's name ("HM
// Inspectorate of Probation", "Chief Inspector of Probation"), with nothing about youth.
bool adult_probation_headline(const WordView& w) {
  bool probation = false;
  bool youth = false;
  for (std::size_t i = 0; i < w.sentence_end(0); ++i) {
    probation = probation || (w.is(i, "probation") && !(i > 0 && w.is(i - 1, "of")));
    youth = youth || w.is(i, "youth") || w.is(i, "yot") || w.is(i, "yos") || w.is(i, "yjs") ||
            w.is(i, "young") || w.is(i, "child") || (w.is(i, "children") && !w.is(i + 1, "s"));
  }
  return probation && !youth;
}

std::size_t end_of_sentences(const WordView& w, std::size_t count) {
  return w.sentence_count() > count ? w.sentence_end(count - 1) : w.size();
}

}  // namespace

std::optional<Kind> kind_from_wording(const WordView& w, const std::vector<AreaMention>& mentions) {
  const std::size_t title_end = w.sentence_end(0);
  const std::size_t top = end_of_sentences(w, kTopSentences);
  // Another inspectorate is the subject when it is named in the headline or first sentence.
  const std::size_t lead = end_of_sentences(w, 2);
  // A place outside England and Wales in the headline, or near the top of an article whose
  // headline names no service of England and Wales ("a team from the Isle of Man visited").
  const bool service_in_title = std::any_of(
      mentions.begin(), mentions.end(), [&](const AreaMention& m) { return w.in_title(m.word); });
  const std::size_t outside_end = service_in_title ? title_end : top;
  if (w.any_in(0, outside_end, kOutside)) return Kind::kOutsideEnglandWales;
  // "Care Inspectorate Wales" is Welsh; Scotland's inspectorate is plain "Care Inspectorate".
  for (std::size_t i = 0; i < outside_end; ++i) {
    if (w.matches(i, "care inspectorate") && !w.is(i + 2, "wales")) {
      return Kind::kOutsideEnglandWales;
    }
  }
  if (w.any_in(0, title_end, kBlog) ||
      w.any_in(0, top, std::array<std::string_view, 3>{"posted by", "blog post", "guest blog"})) {
    return Kind::kBlog;
  }
  if (w.any_in(0, top, kAnnual)) return Kind::kAnnualReport;
  if (adult_probation_headline(w) || w.any_in(0, top, kAdult)) return Kind::kAdultProbation;
  if (w.any_in(0, top, kThematic)) return Kind::kThematic;
  if (w.any_in(0, top, kRoundUp)) return Kind::kOther;
  if (w.any_in(0, lead, kOtherInspectorate) || w.any_in(0, top, kJointTargeted)) {
    return Kind::kOtherInspectorate;
  }
  return std::nullopt;
}

bool announces_inspection(const WordView& w) {
  const std::size_t lead = end_of_sentences(w, 2);
  const std::size_t top = end_of_sentences(w, kInspectionCueSentences);
  return w.any_in(0, lead, kAnnounced) && !w.any_in(0, top, kVerdict);
}

bool reports_inspection(const WordView& w) {
  const std::size_t end = end_of_sentences(w, kInspectionCueSentences);
  for (std::size_t i = 0; i < end; ++i) {
    if (starts_with(w.word(i), "inspect")) return true;
  }
  return w.any_in(0, end, kInspectionCue);
}

}  // namespace yjs::extract
